/**
 * Builders for raw ClickUp wire payloads (snake_case, as the service sends them),
 * independent of the emulator, so hostile and odd data can be shaped freely.
 * A plausible default for every field; tests override only what they poison.
 */
export type WireObject = Record<string, unknown>;

export const TEAM_ID = '9001';
const DAY = 86_400_000;
let sequence = 0;

function next(): number {
  sequence += 1;
  return sequence;
}

export function wireUser(overrides: WireObject = {}): WireObject {
  const id = 500 + next();
  return { id, username: `Person ${id}`, email: `p${id}@example.com`, color: '#7b68ee', initials: 'PP', profilePicture: null, ...overrides };
}

export function wireAction(overrides: WireObject = {}): WireObject {
  return {
    id: `action-${next()}`,
    key_result_id: 'kr',
    userid: 501,
    note: 'Progress',
    date_modified: String(Date.now() - DAY),
    steps_before: '1',
    steps_taken: '1',
    steps_current: '2',
    steps_before_float: 1,
    steps_taken_float: 1,
    ...overrides,
  };
}

export function wireKeyResult(overrides: WireObject = {}): WireObject {
  const id = `kr-${next()}`;
  return {
    id,
    goal_id: 'goal',
    name: `Key result ${id}`,
    type: 'number',
    creator: 501,
    date_created: String(Date.now() - 10 * DAY),
    goal_pretty_id: '1',
    percent_completed: null,
    completed: false,
    task_ids: [],
    subcategory_ids: [],
    owners: [wireUser()],
    last_action: wireAction({ key_result_id: id }),
    steps_start: 0,
    steps_end: 10,
    steps_current: 2,
    unit: '',
    ...overrides,
  };
}

export function wireGoal(overrides: WireObject = {}): WireObject {
  const n = next();
  return {
    id: `goal-${n}`,
    pretty_id: String(n),
    name: `Goal ${n}`,
    team_id: TEAM_ID,
    creator: 501,
    owner: null,
    color: '#32a852',
    date_created: String(Date.now() - 20 * DAY),
    start_date: null,
    due_date: String(Date.now() + 20 * DAY),
    description: 'A goal.',
    private: false,
    archived: false,
    multiple_owners: false,
    editor_token: `editor-token-${n}-SECRET-f00dfeed`,
    date_updated: String(Date.now() - DAY),
    last_update: String(Date.now() - DAY),
    folder_id: null,
    pinned: false,
    owners: [wireUser()],
    key_result_count: 1,
    members: [],
    group_members: [],
    role_subtype: 0,
    percent_completed: 20,
    ...overrides,
  };
}

export function wireFolder(overrides: WireObject = {}): WireObject {
  const id = `folder-${next()}`;
  return { id, name: `Folder ${id}`, team_id: TEAM_ID, private: false, creator: 501, date_created: String(Date.now()), goal_count: 0, goals: [], ...overrides };
}

/** GET /team/{id}/goal: the list never carries key results. */
export function wireList(goals: unknown[], folders: unknown[] = []): WireObject {
  return { goals, folders };
}
