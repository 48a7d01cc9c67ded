/**
 * POST /goal/{goal_id}/key_result, PUT and DELETE /key_result/{key_result_id}.
 * Answers carry the service's quirks: percent_completed null, and after an edit
 * last_action.steps_current null with the numbers in *_float. The unit comes back
 * as sent for currency key results and "" for every other type (the facts only
 * saw "" and did not say for which types).
 */
import { requireGoal, requireKeyResult, requireTeam } from '../access';
import { badInput } from '../apiError';
import { keyResultToWire } from '../serialize';
import { KEY_RESULT_TYPES, type KeyResultRecord, type KeyResultTypeName } from '../state/model';
import { has, readName, readNumber, readString, readStringIds, readUserIds, requireBody, type Body } from '../validate';
import { ok, type RouteContext, type RouteResult } from './context';
import { addHistory } from './goalsWrite';

function readType(value: unknown): KeyResultTypeName {
  const type = KEY_RESULT_TYPES.find((candidate) => candidate === value);
  if (!type) throw badInput(5, `Key result type must be one of ${KEY_RESULT_TYPES.join(', ')}`);
  return type;
}

function readSteps(body: Body, type: KeyResultTypeName, taskCount: number): { start: number; end: number } {
  if (type === 'boolean') return { start: 0, end: 1 };
  if (type === 'automatic') return { start: 0, end: taskCount };
  const start = has(body, 'steps_start') ? readNumber(body.steps_start, 'steps_start') : 0;
  if (!has(body, 'steps_end') && type !== 'percentage') throw badInput(6, 'steps_end must be a number');
  const end = has(body, 'steps_end') ? readNumber(body.steps_end, 'steps_end') : 100;
  if (start === end) throw badInput(7, 'steps_start and steps_end must differ');
  return { start, end };
}

export function createKeyResult(context: RouteContext): RouteResult {
  const goal = requireGoal(context, context.params.goal_id);
  const workspace = requireTeam(context, goal.teamId);
  const body = requireBody(context.body);
  const name = readName(body, 'Key result');
  const type = readType(body.type);
  const taskIds = has(body, 'task_ids') ? readStringIds(body.task_ids, 'task_ids') : [];
  const listIds = has(body, 'list_ids') ? readStringIds(body.list_ids, 'list_ids') : [];
  const steps = readSteps(body, type, taskIds.length);
  const ownerIds = has(body, 'owners') ? readUserIds(body.owners, 'owners', workspace.memberIds) : [];
  const unit = type === 'currency' && has(body, 'unit') ? readString(body, 'unit') : '';
  const id = context.random.uuid();
  const keyResult: KeyResultRecord = {
    id,
    goalId: goal.id,
    name,
    type,
    creator: context.user.id,
    dateCreated: context.now,
    stepsStart: steps.start,
    stepsEnd: steps.end,
    stepsCurrent: steps.start,
    unit,
    taskIds,
    listIds,
    ownerIds,
    lastAction: {
      id: context.random.uuid(),
      keyResultId: id,
      userId: context.user.id,
      kind: 'created',
      note: 'Created Key Result',
      dateModified: context.now,
      stepsBefore: steps.start,
      stepsCurrent: steps.start,
    },
  };
  context.store.addKeyResult(goal, keyResult);
  goal.dateUpdated = context.now;
  addHistory(context, goal, 'key_result_created', 'Created Key Result', id);
  return ok({ key_result: keyResultToWire(context.store, keyResult, 'written') });
}

function readCurrent(value: unknown, keyResult: KeyResultRecord): number {
  if (keyResult.type === 'automatic') throw badInput(9, 'Progress of an automatic key result follows its tasks');
  if (keyResult.type === 'boolean') {
    if (value === true || value === 'true') return 1;
    if (value === false || value === 'false') return 0;
    const number = readNumber(value, 'steps_current');
    if (number !== 0 && number !== 1) throw badInput(6, 'steps_current of a true/false key result is 0 or 1');
    return number;
  }
  return readNumber(value, 'steps_current');
}

export function editKeyResult(context: RouteContext): RouteResult {
  const { keyResult, goal } = requireKeyResult(context, context.params.key_result_id);
  const body = requireBody(context.body);
  const current = has(body, 'steps_current') ? readCurrent(body.steps_current, keyResult) : undefined;
  const note = has(body, 'note') ? readString(body, 'note') : undefined;
  const name = has(body, 'name') ? readName(body, 'Key result') : undefined;
  let end: number | undefined;
  if (has(body, 'steps_end')) {
    if (keyResult.type === 'boolean' || keyResult.type === 'automatic') throw badInput(8, `steps_end of a ${keyResult.type} key result is fixed`);
    end = readNumber(body.steps_end, 'steps_end');
    if (end === keyResult.stepsStart) throw badInput(7, 'steps_start and steps_end must differ');
  }
  if (name !== undefined) keyResult.name = name;
  if (end !== undefined) keyResult.stepsEnd = end;
  if (current !== undefined || note !== undefined) {
    const before = keyResult.stepsCurrent;
    keyResult.stepsCurrent = current ?? before;
    keyResult.lastAction = {
      id: context.random.uuid(),
      keyResultId: keyResult.id,
      userId: context.user.id,
      kind: 'progress',
      note: note ?? '',
      dateModified: context.now,
      stepsBefore: before,
      stepsCurrent: keyResult.stepsCurrent,
    };
  }
  goal.dateUpdated = context.now;
  goal.lastUpdate = context.now;
  addHistory(context, goal, 'key_result_updated', note ?? '', keyResult.id);
  return ok({ key_result: keyResultToWire(context.store, keyResult, 'written') });
}

export function deleteKeyResult(context: RouteContext): RouteResult {
  const { keyResult, goal } = requireKeyResult(context, context.params.key_result_id);
  context.store.deleteKeyResult(keyResult);
  goal.dateUpdated = context.now;
  return ok({});
}
