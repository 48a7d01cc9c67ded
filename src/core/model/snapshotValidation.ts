/**
 * Checks a cached snapshot read back from storage before anything trusts it.
 * Storage outlives code: an entry may be from an older version, cut short or
 * edited by hand, so anything that does not look exactly right is ignored.
 */
import type { CachedSnapshot } from './snapshotCache';

/** Bump when CachedSnapshot changes shape: older entries are then ignored, not misread. */
export const SNAPSHOT_VERSION = 1;

type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isBoolean: Check = (value) => typeof value === 'boolean';
const orNull = (check: Check): Check => (value) => value === null || check(value);
const arrayOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);

function hasFields(value: unknown, fields: Record<string, Check>): boolean {
  return isRecord(value) && Object.entries(fields).every(([name, check]) => check(value[name]));
}

const userFields: Record<string, Check> = {
  id: isNumber,
  username: isString,
  email: isString,
  color: isString,
  initials: isString,
  profilePicture: orNull(isString),
};
const isUser: Check = (value) => hasFields(value, userFields);

const isAction: Check = (value) =>
  hasFields(value, {
    id: isString,
    userId: orNull(isNumber),
    note: isString,
    dateModified: orNull(isNumber),
    stepsBefore: orNull(isNumber),
    stepsTaken: orNull(isNumber),
    stepsCurrent: orNull(isNumber),
  });

const isKeyResult: Check = (value) =>
  hasFields(value, {
    id: isString,
    goalId: isString,
    name: isString,
    type: (type) => ['number', 'currency', 'boolean', 'percentage', 'automatic', 'unknown'].includes(type as string),
    rawType: isString,
    creator: orNull(isNumber),
    dateCreated: orNull(isNumber),
    stepsStart: isNumber,
    stepsEnd: isNumber,
    stepsCurrent: isNumber,
    unit: isString,
    reportedPercent: orNull(isNumber),
    completed: isBoolean,
    taskIds: arrayOf(isString),
    listIds: arrayOf(isString),
    owners: arrayOf(isUser),
    lastAction: orNull(isAction),
  });

const isGoal: Check = (value) =>
  hasFields(value, {
    id: isString,
    prettyId: isString,
    name: isString,
    teamId: isString,
    dateCreated: orNull(isNumber),
    startDate: orNull(isNumber),
    dueDate: orNull(isNumber),
    description: isString,
    private: isBoolean,
    archived: isBoolean,
    pinned: isBoolean,
    creator: orNull(isNumber),
    color: isString,
    multipleOwners: isBoolean,
    folderId: orNull(isString),
    owners: arrayOf(isUser),
    members: arrayOf(isUser),
    percentCompleted: isNumber,
    keyResultCount: isNumber,
    keyResults: (list) => list === null,
    prettyUrl: orNull(isString),
    dateUpdated: orNull(isNumber),
  });

const isFolder: Check = (value) =>
  hasFields(value, {
    id: isString,
    name: isString,
    teamId: isString,
    private: isBoolean,
    creator: orNull(isNumber),
    dateCreated: orNull(isNumber),
    goalCount: isNumber,
    goals: arrayOf(isGoal),
  });

/** The snapshot when it is current, for this team and well formed; otherwise undefined. */
export function parseSnapshot(value: unknown, teamId: string): CachedSnapshot | undefined {
  if (!isRecord(value) || value.version !== SNAPSHOT_VERSION || value.teamId !== teamId) {
    return undefined;
  }
  const keyResults = value.keyResults;
  const valid =
    isNumber(value.savedAt) &&
    isBoolean(value.includeCompleted) &&
    arrayOf(isGoal)(value.goals) &&
    arrayOf(isFolder)(value.folders) &&
    isRecord(keyResults) &&
    Object.values(keyResults).every(arrayOf(isKeyResult));
  return valid ? (value as unknown as CachedSnapshot) : undefined;
}

