/**
 * POST /team/{team_id}/goal, PUT /goal/{goal_id}, DELETE /goal/{goal_id}.
 * The update follows the real trap: a field sent empty overwrites the goal
 * (name "", color "", due_date "0"); a field left out is left alone (unverified
 * on the real service, the gentler reading).
 */
import { requireGoal, requireTeam } from '../access';
import { goalDetailToWire } from '../serialize';
import type { GoalRecord } from '../state/model';
import { has, readBoolean, readName, readString, readTimestamp, readUserIds, requireBody } from '../validate';
import { ok, type RouteContext, type RouteResult } from './context';

/** The service stores an empty description as a single newline. */
function storedDescription(value: string): string {
  return value === '' ? '\n' : value;
}

export function createGoal(context: RouteContext): RouteResult {
  const workspace = requireTeam(context, context.params.team_id);
  const body = requireBody(context.body);
  const name = readName(body, 'Goal');
  const dueDate = readTimestamp(body.due_date, 'due_date');
  const startDate = has(body, 'start_date') && body.start_date !== null ? readTimestamp(body.start_date, 'start_date') : null;
  const owners = has(body, 'owners') ? readUserIds(body.owners, 'owners', workspace.memberIds) : [];
  const goal: GoalRecord = {
    id: context.random.uuid(),
    prettyId: context.store.mintPrettyId(workspace.id),
    name,
    teamId: workspace.id,
    creator: context.user.id,
    color: has(body, 'color') ? readString(body, 'color') : '#7b68ee',
    dateCreated: context.now,
    dateUpdated: context.now,
    lastUpdate: context.now,
    startDate,
    dueDate,
    description: storedDescription(has(body, 'description') ? readString(body, 'description') : ''),
    private: false,
    archived: false,
    pinned: false,
    multipleOwners: has(body, 'multiple_owners') ? readBoolean(body, 'multiple_owners') : false,
    folderId: null,
    ownerIds: owners.length > 0 ? owners : [context.user.id],
    memberIds: [],
    editorToken: context.random.alphanumeric(40).toLowerCase(),
    keyResultIds: [],
    history: [],
  };
  addHistory(context, goal, 'goal_created', 'Created Goal');
  context.store.addGoal(goal);
  return ok({ goal: goalDetailToWire(context.store, goal) });
}

export function updateGoal(context: RouteContext): RouteResult {
  const goal = requireGoal(context, context.params.goal_id);
  const workspace = requireTeam(context, goal.teamId);
  const body = requireBody(context.body);
  // Validate everything before touching the goal, so a 400 changes nothing.
  const next: Partial<GoalRecord> = {};
  if (present(body, 'name')) next.name = readString(body, 'name');
  if (present(body, 'color')) next.color = readString(body, 'color');
  if (present(body, 'description')) next.description = storedDescription(readString(body, 'description'));
  if (present(body, 'due_date')) next.dueDate = isBlank(body.due_date) ? 0 : readTimestamp(body.due_date, 'due_date');
  if (present(body, 'start_date')) next.startDate = isBlank(body.start_date) ? null : readTimestamp(body.start_date, 'start_date');
  if (present(body, 'multiple_owners')) next.multipleOwners = readBoolean(body, 'multiple_owners');
  const add = present(body, 'add_owners') ? readUserIds(body.add_owners, 'add_owners', workspace.memberIds) : [];
  const remove = present(body, 'rem_owners') ? readUserIds(body.rem_owners, 'rem_owners', workspace.memberIds) : [];
  Object.assign(goal, next);
  goal.ownerIds = [...goal.ownerIds.filter((id) => !remove.includes(id)), ...add.filter((id) => !goal.ownerIds.includes(id))];
  goal.dateUpdated = context.now;
  goal.lastUpdate = context.now;
  addHistory(context, goal, 'goal_updated', 'Updated Goal');
  return ok({ goal: goalDetailToWire(context.store, goal) });
}

export function deleteGoal(context: RouteContext): RouteResult {
  const goal = requireGoal(context, context.params.goal_id);
  context.store.deleteGoal(goal);
  return ok({});
}

export function addHistory(context: RouteContext, goal: GoalRecord, action: string, note: string, keyResultId: string | null = null): void {
  goal.history.push({ id: context.random.uuid(), userId: context.user.id, date: context.now, action, keyResultId, note });
}

/** Present in the body, even as null or "" (those overwrite). */
function present(body: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, key);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
