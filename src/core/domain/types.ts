/**
 * The project's own picture of ClickUp Goals, independent of the wire format.
 * The client parses every response into these types (see core/clickup/parse*.ts);
 * everything above the client works with these only.
 */

/** The key-result types ClickUp knows, plus "unknown" for anything new or odd from the service. */
export type KeyResultType = 'number' | 'currency' | 'boolean' | 'percentage' | 'automatic' | 'unknown';

export interface User {
  id: number;
  username: string;
  email: string;
  color: string;
  initials: string;
  profilePicture: string | null;
}

export interface Workspace {
  /** Always a string, as ClickUp sends it (the path parameter is numeric). */
  id: string;
  name: string;
  color: string;
  members: User[];
}

/** The latest progress entry of a key result: who changed it, when, and the note. */
export interface ProgressAction {
  id: string;
  userId: number | null;
  note: string;
  /** Milliseconds since the epoch, or null when the service did not say. */
  dateModified: number | null;
  stepsBefore: number | null;
  stepsTaken: number | null;
  stepsCurrent: number | null;
}

export interface KeyResult {
  id: string;
  goalId: string;
  name: string;
  type: KeyResultType;
  /** The raw type string as the service sent it (useful when type is "unknown"). */
  rawType: string;
  creator: number | null;
  dateCreated: number | null;
  stepsStart: number;
  stepsEnd: number;
  stepsCurrent: number;
  /** Currency code/symbol for currency key results, free unit otherwise; "" when none. */
  unit: string;
  /** As reported by the service; may be null. Prefer core/domain/progress.ts. */
  reportedPercent: number | null;
  completed: boolean;
  taskIds: string[];
  listIds: string[];
  owners: User[];
  lastAction: ProgressAction | null;
}

export interface Goal {
  id: string;
  prettyId: string;
  name: string;
  teamId: string;
  /** Milliseconds since the epoch; null when absent, "0" or unparsable. */
  dateCreated: number | null;
  startDate: number | null;
  dueDate: number | null;
  /** "" when none (the service sends "\n" for an empty description; parsing trims it). */
  description: string;
  private: boolean;
  archived: boolean;
  pinned: boolean;
  creator: number | null;
  /** Hex colour such as "#32a852", or "" when none. */
  color: string;
  multipleOwners: boolean;
  folderId: string | null;
  owners: User[];
  members: User[];
  /** 0..100 as reported by the service. */
  percentCompleted: number;
  keyResultCount: number;
  /** Present only when the goal was fetched with GET /goal/{id}; null from the goal list. */
  keyResults: KeyResult[] | null;
  prettyUrl: string | null;
  dateUpdated: number | null;
  /* editor_token is deliberately not part of the model: it is a secret and is dropped while parsing. */
}

export interface GoalFolder {
  id: string;
  name: string;
  teamId: string;
  private: boolean;
  creator: number | null;
  dateCreated: number | null;
  goalCount: number;
  goals: Goal[];
}

export interface GoalList {
  /** Goals in no folder. */
  goals: Goal[];
  folders: GoalFolder[];
}

/** Body of POST /team/{team_id}/goal. */
export interface CreateGoalInput {
  name: string;
  /** Milliseconds since the epoch. */
  dueDate: number;
  startDate?: number;
  description: string;
  multipleOwners: boolean;
  owners: number[];
  color: string;
}

/**
 * Body of PUT /goal/{goal_id}. The real service overwrites fields sent empty,
 * so callers must send every field, with current values for the untouched ones
 * (see core/domain/goalUpdate.ts).
 */
export interface UpdateGoalInput {
  name: string;
  dueDate: number;
  description: string;
  color: string;
  addOwners: number[];
  removeOwners: number[];
}

/** Body of POST /goal/{goal_id}/key_result. */
export interface CreateKeyResultInput {
  name: string;
  type: Exclude<KeyResultType, 'unknown'>;
  owners: number[];
  stepsStart: number;
  stepsEnd: number;
  unit: string;
  taskIds: string[];
  listIds: string[];
}

/** Body of PUT /key_result/{key_result_id}. */
export interface EditKeyResultInput {
  stepsCurrent?: number;
  note?: string;
  /** Not in the contract; the real service may refuse or ignore them. */
  name?: string;
  stepsEnd?: number;
}

/** What the client last learnt from the x-ratelimit-* headers. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Milliseconds since the epoch at which the budget resets. */
  resetAt: number;
  /** When these figures were read (ms since the epoch). */
  observedAt: number;
}
