/**
 * Records to ClickUp's wire JSON, quirks included: dates as strings of Unix ms,
 * ids of Workspaces as strings, list items without key results, and
 * last_action reporting progress only in *_float fields.
 */
import type { ActionRecord, FolderRecord, GoalRecord, KeyResultRecord, UserRecord, WorkspaceRecord } from './state/model';
import { goalPercent, keyResultPercent } from './state/progress';
import type { Store } from './state/store';

type Json = Record<string, unknown>;

export function userToWire(user: UserRecord): Json {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    color: user.color,
    profilePicture: user.profilePicture,
    initials: user.initials,
  };
}

/** GET /user adds a few account fields. */
export function authorizedUserToWire(user: UserRecord): Json {
  return { ...userToWire(user), week_start_day: 1, global_font_support: true, timezone: user.timezone };
}

export function workspaceToWire(store: Store, workspace: WorkspaceRecord): Json {
  return {
    id: workspace.id,
    name: workspace.name,
    color: workspace.color,
    avatar: workspace.avatar,
    members: store.usersById(workspace.memberIds).map((user, index) => ({
      user: { ...userToWire(user), role: index === 0 ? 1 : 3, custom_role: null },
      invited_by: null,
    })),
  };
}

function memberToWire(user: UserRecord, goal: GoalRecord): Json {
  return { ...userToWire(user), permission_level: 'edit', isCreator: user.id === goal.creator };
}

function goalBase(store: Store, goal: GoalRecord, keyResults: readonly KeyResultRecord[]): Json {
  const owners = store.usersById(goal.ownerIds);
  const soleOwner = !goal.multipleOwners && owners.length > 0 ? userToWire(owners[0]) : null;
  return {
    id: goal.id,
    pretty_id: goal.prettyId,
    name: goal.name,
    team_id: goal.teamId,
    creator: goal.creator,
    owner: soleOwner,
    color: goal.color,
    date_created: String(goal.dateCreated),
    start_date: goal.startDate === null ? null : String(goal.startDate),
    due_date: String(goal.dueDate),
    description: goal.description,
    private: goal.private,
    archived: goal.archived,
    multiple_owners: goal.multipleOwners,
    editor_token: goal.editorToken,
    date_updated: String(goal.dateUpdated),
    last_update: String(goal.lastUpdate),
    folder_id: goal.folderId,
    pinned: goal.pinned,
    owners: owners.map(userToWire),
    key_result_count: keyResults.length,
    members: store.usersById(goal.memberIds).map((user) => memberToWire(user, goal)),
    group_members: [],
    role_subtype: 0,
    percent_completed: goalPercent(keyResults),
  };
}

/** A goal as it appears in GET /team/{id}/goal: no key_results, only key_result_count. */
export function goalListItemToWire(store: Store, goal: GoalRecord, keyResults = store.keyResultsOf(goal)): Json {
  return goalBase(store, goal, keyResults);
}

/** A goal as GET /goal/{id}, POST and PUT return it. */
export function goalDetailToWire(store: Store, goal: GoalRecord): Json {
  const folder = goal.folderId === null ? undefined : store.folders.get(goal.folderId);
  const keyResults = store.keyResultsOf(goal);
  return {
    ...goalBase(store, goal, keyResults),
    folder_name: folder ? folder.name : null,
    pretty_url: `https://app.clickup.com/${goal.teamId}/goals/${goal.prettyId}`,
    history: goal.history.map((entry) => ({
      id: entry.id,
      userid: entry.userId,
      date: String(entry.date),
      action: entry.action,
      key_result_id: entry.keyResultId,
      note: entry.note,
    })),
    key_results: keyResults.map((keyResult) => keyResultToWire(store, keyResult, 'read')),
  };
}

export function folderToWire(folder: FolderRecord, goals: readonly unknown[]): Json {
  return {
    id: folder.id,
    name: folder.name,
    team_id: folder.teamId,
    private: folder.private,
    date_created: String(folder.dateCreated),
    creator: folder.creator,
    goal_count: goals.length,
    members: [],
    goals,
  };
}

/** The first action reads plainly; later ones carry the service's quirk (numbers only in *_float). */
export function actionToWire(action: ActionRecord): Json {
  const created = action.kind === 'created';
  return {
    id: action.id,
    key_result_id: action.keyResultId,
    userid: action.userId,
    note: action.note,
    date_modified: String(action.dateModified),
    steps_before: null,
    steps_taken: null,
    steps_current: created ? action.stepsCurrent : null,
    steps_before_float: created ? null : action.stepsBefore,
    steps_taken_float: created ? null : action.stepsCurrent - action.stepsBefore,
  };
}

/**
 * 'read': inside GET /goal, with percent_completed computed.
 * 'written': the answer to a create or edit, where the service reports percent_completed: null.
 */
export function keyResultToWire(store: Store, keyResult: KeyResultRecord, mode: 'read' | 'written'): Json {
  const goal = store.goals.get(keyResult.goalId);
  const percent = keyResultPercent(keyResult);
  return {
    id: keyResult.id,
    goal_id: keyResult.goalId,
    name: keyResult.name,
    creator: keyResult.creator,
    type: keyResult.type,
    date_created: String(keyResult.dateCreated),
    goal_pretty_id: goal ? goal.prettyId : null,
    percent_completed: mode === 'read' ? percent : null,
    completed: percent >= 100,
    task_ids: [...keyResult.taskIds],
    subcategory_ids: [...keyResult.listIds],
    owners: store.usersById(keyResult.ownerIds).map(userToWire),
    steps_start: keyResult.stepsStart,
    steps_end: keyResult.stepsEnd,
    steps_current: keyResult.stepsCurrent,
    unit: keyResult.unit,
    workspace_id: goal ? goal.teamId : null,
    last_action: actionToWire(keyResult.lastAction),
  };
}
