/**
 * The one set of builders for ClickUp wire payloads as the real service sends them
 * (snake_case, numbers as strings, dates as millisecond strings, extra fields,
 * editor_token), independent of the emulator so odd and hostile data can be shaped
 * freely. Fixed, plausible defaults; tests override only the fields they are about
 * (the hardening matrices number ids to keep thousands of goals apart).
 */
export type WireObject = Record<string, unknown>;
type Wire = WireObject;

export const TEAM_ID = '9001';

export function wireUser(overrides: Wire = {}): Wire {
  return {
    id: 183,
    username: 'Ada Lovelace',
    email: 'ada@example.com',
    color: '#7b68ee',
    initials: 'AL',
    profilePicture: null,
    timezone: 'Europe/London',
    ...overrides,
  };
}

export function wireLastAction(overrides: Wire = {}): Wire {
  return {
    id: 'a1b2c3',
    key_result_id: 'kr-1',
    userid: 183,
    note: 'Created Key Result',
    date_modified: '1738368000000',
    steps_before: null,
    steps_taken: null,
    steps_current: null,
    steps_before_float: null,
    steps_taken_float: null,
    ...overrides,
  };
}

export function wireKeyResult(overrides: Wire = {}): Wire {
  return {
    id: 'kr-1',
    goal_id: 'goal-1',
    name: 'Close 10 deals',
    creator: 183,
    type: 'number',
    date_created: '1738368000000',
    goal_pretty_id: '7',
    percent_completed: null,
    completed: false,
    task_ids: [],
    subcategory_ids: [],
    owners: [wireUser()],
    last_action: wireLastAction(),
    steps_start: 0,
    steps_end: 10,
    steps_current: 0,
    unit: '',
    workspace_id: '9001',
    ...overrides,
  };
}

export function wireGoal(overrides: Wire = {}): Wire {
  return {
    id: 'goal-1',
    pretty_id: '7',
    name: 'Grow revenue',
    team_id: '9001',
    creator: 183,
    owner: null,
    color: '#32a852',
    date_created: '1738368000000',
    start_date: null,
    due_date: '1748736000000',
    description: 'Quarterly target',
    private: false,
    archived: false,
    multiple_owners: true,
    editor_token: 'editor_secret_123',
    date_updated: '1738454400000',
    last_update: '1738454400000',
    folder_id: null,
    pinned: false,
    owners: [wireUser()],
    key_result_count: 2,
    members: [],
    group_members: [],
    percent_completed: 40,
    role_subtype: 0,
    ...overrides,
  };
}

export function wireFolder(overrides: Wire = {}): Wire {
  return {
    id: 'folder-1',
    name: 'Sales',
    team_id: '9001',
    private: false,
    date_created: '1738368000000',
    creator: 183,
    goal_count: 1,
    members: [],
    goals: [wireGoal({ id: 'goal-in-folder', folder_id: 'folder-1' })],
    ...overrides,
  };
}

export function wireGoalList(overrides: Wire = {}): Wire {
  return { goals: [wireGoal()], folders: [wireFolder()], ...overrides };
}

export function wireTeam(overrides: Wire = {}): Wire {
  return {
    id: '9001',
    name: 'Acme',
    color: '#536cfe',
    avatar: null,
    members: [{ user: wireUser() }],
    ...overrides,
  };
}

/** GET /team/{id}/goal: the list never carries key results. */
export function wireList(goals: unknown[], folders: unknown[] = []): WireObject {
  return { goals, folders };
}
