// The wire shapes the tests read, as ClickUp sends them (see docs/clickup-api-facts.md).
// Fields are typed as the emulator should send them; the assertions check it does.

export interface WireError {
  err: string;
  ECODE: string;
}

export interface WireUser {
  id: number;
  username: string;
  email: string;
  color: string;
  initials: string;
  profilePicture: string | null;
}

export interface WireAction {
  id: string;
  key_result_id: string;
  userid: number;
  note: string;
  date_modified: string;
  steps_before: number | null;
  steps_taken: number | null;
  steps_current: number | null;
  steps_before_float: number | null;
  steps_taken_float: number | null;
}

export interface WireKeyResult {
  id: string;
  goal_id: string;
  name: string;
  type: string;
  creator: number;
  date_created: string;
  goal_pretty_id: string;
  percent_completed: number | null;
  completed: boolean;
  task_ids: string[];
  subcategory_ids: string[];
  owners: WireUser[];
  steps_start: number;
  steps_end: number;
  steps_current: number;
  unit: string;
  workspace_id: string;
  last_action: WireAction;
}

export interface WireGoal {
  id: string;
  pretty_id: string;
  name: string;
  team_id: string;
  creator: number;
  owner: WireUser | null;
  color: string;
  date_created: string;
  start_date: string | null;
  due_date: string;
  description: string;
  private: boolean;
  archived: boolean;
  multiple_owners: boolean;
  editor_token: string;
  date_updated: string;
  last_update: string;
  folder_id: string | null;
  pinned: boolean;
  owners: WireUser[];
  members: WireUser[];
  group_members: unknown[];
  key_result_count: number;
  percent_completed: number;
  /** Only from GET /goal/{id} and write answers. */
  key_results?: WireKeyResult[];
  folder_name?: string | null;
  pretty_url?: string;
  history?: unknown[];
}

export interface WireFolder {
  id: string;
  name: string;
  team_id: string;
  goal_count: number;
  goals: WireGoal[];
}

export interface WireGoalList {
  goals: WireGoal[];
  folders: WireFolder[];
}

export interface WireWorkspace {
  id: string;
  name: string;
  color: string;
  members: Array<{ user: WireUser }>;
}
