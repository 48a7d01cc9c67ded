/**
 * Wire key results -> KeyResult. After an edit the service may report
 * `percent_completed: null` and `last_action.steps_current: null` with the real
 * numbers in `steps_before_float`/`steps_taken_float`, so progress is rebuilt
 * from whatever figures are present.
 */
import type { KeyResult, KeyResultType, ProgressAction } from '../../domain/types';
import {
  invalidShape,
  isObject,
  readArray,
  readBoolean,
  readDate,
  readIdList,
  readNumber,
  readNumberOr,
  readString,
  uniqueById,
  type WireObject,
} from './read';
import { parseUsers } from './user';

const KNOWN_TYPES: readonly KeyResultType[] = ['number', 'currency', 'boolean', 'percentage', 'automatic'];

function readType(raw: string): KeyResultType {
  return (KNOWN_TYPES as readonly string[]).includes(raw) ? (raw as KeyResultType) : 'unknown';
}

/** The float fields are exact; the plain ones may be rounded or null. */
function preferFloat(wire: WireObject, name: string): number | null {
  return readNumber(wire[`${name}_float`]) ?? readNumber(wire[name]);
}

export function parseProgressAction(value: unknown): ProgressAction | null {
  if (!isObject(value)) {
    return null;
  }
  const stepsBefore = preferFloat(value, 'steps_before');
  const stepsTaken = preferFloat(value, 'steps_taken');
  const summed = stepsBefore !== null && stepsTaken !== null ? stepsBefore + stepsTaken : null;
  return {
    id: readString(value.id),
    userId: readNumber(value.userid ?? value.user_id),
    note: readString(value.note),
    dateModified: readDate(value.date_modified),
    stepsBefore,
    stepsTaken,
    stepsCurrent: preferFloat(value, 'steps_current') ?? summed,
  };
}

/** A key result, or null when the entry has no id (skipped rather than fatal). */
export function parseKeyResult(value: unknown, goalId = ''): KeyResult | null {
  if (!isObject(value)) {
    return null;
  }
  const id = readString(value.id);
  if (id === '') {
    return null;
  }
  const rawType = readString(value.type);
  const type = readType(rawType);
  const lastAction = parseProgressAction(value.last_action);
  const stepsStart = readNumberOr(value.steps_start, 0);
  const stepsEnd = readNumberOr(value.steps_end, type === 'boolean' ? 1 : 0);
  return {
    id,
    goalId: readString(value.goal_id, goalId),
    name: readString(value.name),
    type,
    rawType,
    creator: readNumber(value.creator),
    dateCreated: readDate(value.date_created),
    stepsStart,
    stepsEnd,
    stepsCurrent: readNumber(value.steps_current) ?? lastAction?.stepsCurrent ?? stepsStart,
    unit: readString(value.unit),
    reportedPercent: readNumber(value.percent_completed),
    completed: readBoolean(value.completed),
    taskIds: readIdList(value.task_ids),
    // The service answers with `subcategory_ids` where the contract says `list_ids`.
    listIds: readIdList(value.list_ids ?? value.subcategory_ids),
    owners: parseUsers(value.owners),
    lastAction,
  };
}

export function parseKeyResults(value: unknown, goalId: string): KeyResult[] {
  return uniqueById(
    readArray(value)
      .map((item) => parseKeyResult(item, goalId))
      .filter((kr): kr is KeyResult => kr !== null),
  );
}

/** `{key_result: {...}}` from POST /goal/{id}/key_result and PUT /key_result/{id}. */
export function parseKeyResultResponse(body: unknown, goalId = ''): KeyResult {
  const keyResult = isObject(body) ? parseKeyResult(body.key_result, goalId) : null;
  if (keyResult === null) {
    throw invalidShape('no key_result with an id');
  }
  return keyResult;
}
