/**
 * The emulator's internal records. Kept close to ClickUp's concepts but with
 * plain numbers for dates and steps; serialize.ts turns them into the wire
 * shapes (strings of Unix ms, quirky last_action, and so on).
 */

export type KeyResultTypeName = 'number' | 'currency' | 'boolean' | 'percentage' | 'automatic';

export const KEY_RESULT_TYPES: readonly KeyResultTypeName[] = ['number', 'currency', 'boolean', 'percentage', 'automatic'];

export interface UserRecord {
  id: number;
  username: string;
  email: string;
  color: string;
  initials: string;
  profilePicture: string | null;
  timezone: string;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  color: string;
  avatar: string | null;
  memberIds: number[];
}

export interface TokenRecord {
  token: string;
  userId: number;
  kind: 'personal' | 'oauth';
  /** Workspaces the token may use (OAuth tokens are granted a subset). */
  teamIds: string[];
  revoked: boolean;
}

export interface FolderRecord {
  id: string;
  name: string;
  teamId: string;
  private: boolean;
  creator: number;
  dateCreated: number;
}

/**
 * One progress entry. "created" is the first action of a key result; "progress"
 * entries are reported with the real service's quirk (steps_* null, numbers in *_float).
 */
export interface ActionRecord {
  id: string;
  keyResultId: string;
  userId: number;
  kind: 'created' | 'progress';
  note: string;
  dateModified: number;
  stepsBefore: number;
  stepsCurrent: number;
}

export interface KeyResultRecord {
  id: string;
  goalId: string;
  name: string;
  type: KeyResultTypeName;
  creator: number;
  dateCreated: number;
  stepsStart: number;
  stepsEnd: number;
  stepsCurrent: number;
  unit: string;
  taskIds: string[];
  listIds: string[];
  ownerIds: number[];
  lastAction: ActionRecord;
}

export interface HistoryRecord {
  id: string;
  userId: number;
  date: number;
  action: string;
  keyResultId: string | null;
  note: string;
}

export interface GoalRecord {
  id: string;
  prettyId: string;
  name: string;
  teamId: string;
  creator: number;
  color: string;
  dateCreated: number;
  dateUpdated: number;
  lastUpdate: number;
  startDate: number | null;
  /** 0 after an update that sent an empty due date (the real service does that). */
  dueDate: number;
  /** As stored by the service: "\n" when created or updated empty. */
  description: string;
  private: boolean;
  archived: boolean;
  pinned: boolean;
  multipleOwners: boolean;
  folderId: string | null;
  ownerIds: number[];
  memberIds: number[];
  /** A per-goal secret the real service leaks in responses; never logged. */
  editorToken: string;
  keyResultIds: string[];
  history: HistoryRecord[];
}

/** Everything the emulator persists. */
export interface EmulatorState {
  version: 1;
  users: UserRecord[];
  workspaces: WorkspaceRecord[];
  tokens: TokenRecord[];
  folders: FolderRecord[];
  goals: GoalRecord[];
  keyResults: KeyResultRecord[];
  /** Next pretty_id per Workspace. */
  nextPrettyId: Record<string, number>;
  /** The tokens handed out by startEmulator (primary personal token and the OAuth token). */
  primaryToken: string;
  oauthToken: string;
  primaryTeamId: string;
}
