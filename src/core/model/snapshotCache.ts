/**
 * The last good picture of a Workspace, kept between sessions so the tree paints
 * at once on start (then revalidates). Holds domain data only: no token, and the
 * goal's editor_token is dropped by the parser and again here, defensively.
 * The VS Code layer backs SnapshotCache with globalState or the storage folder.
 * A snapshot read back is checked field by field before anything trusts it:
 * storage outlives code, so an entry may be from an older version, cut short or
 * edited by hand, and anything that does not look exactly right is ignored.
 */
import { allGoals } from '../domain/goalQuery';
import type { Goal, GoalFolder, KeyResult } from '../domain/types';

/** JSON-serialisable; goals carry keyResults: null, the key results live in `keyResults`. */
export interface CachedSnapshot {
  version: number;
  teamId: string;
  /** When the data was fetched from the service (ms since the epoch). */
  savedAt: number;
  includeCompleted: boolean;
  /** Goals in no folder. */
  goals: Goal[];
  folders: GoalFolder[];
  keyResults: Record<string, KeyResult[]>;
}

export interface SnapshotCache {
  /** A valid snapshot for the team, or undefined (missing, corrupt or from an older version). */
  load(teamId: string): CachedSnapshot | undefined;
  save(teamId: string, snapshot: CachedSnapshot): void;
}

export interface SnapshotLimits {
  /** More goals than this and nothing is saved (a cache that large is no longer cheap). */
  maxGoals: number;
  /** Key results are kept for at most this many goals (the first ones in tree order). */
  maxKeyResultGoals: number;
}

export const DEFAULT_SNAPSHOT_LIMITS: SnapshotLimits = { maxGoals: 2000, maxKeyResultGoals: 200 };

export interface SnapshotSource {
  teamId: string;
  fetchedAt: number;
  includeCompleted: boolean;
  goals: readonly Goal[];
  folders: readonly GoalFolder[];
  keyResults: ReadonlyMap<string, readonly KeyResult[]>;
}

const SECRET_KEYS = new Set(['editor_token', 'editorToken', 'token']);

/** Builds a bounded snapshot, or undefined when the Workspace is too large to cache. */
export function buildSnapshot(source: SnapshotSource, limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS): CachedSnapshot | undefined {
  // Counted before anything is copied: a Workspace over the limit costs no copy of its goals.
  const count = source.folders.reduce((sum, folder) => sum + folder.goals.length, source.goals.length);
  if (count > limits.maxGoals) {
    return undefined;
  }
  const withoutDetails = (goal: Goal): Goal => ({ ...goal, keyResults: null });
  const goals = source.goals.map(withoutDetails);
  const folders = source.folders.map((folder) => ({ ...folder, goals: folder.goals.map(withoutDetails) }));
  const goalIds = allGoals({ goals, folders }).map((goal) => goal.id);
  const keyResults: Record<string, KeyResult[]> = {};
  let kept = 0;
  for (const goalId of goalIds) {
    const list = source.keyResults.get(goalId);
    if (list && kept < limits.maxKeyResultGoals) {
      keyResults[goalId] = [...list];
      kept += 1;
    }
  }
  return {
    version: SNAPSHOT_VERSION,
    teamId: source.teamId,
    savedAt: source.fetchedAt,
    includeCompleted: source.includeCompleted,
    goals,
    folders,
    keyResults,
  };
}

/** JSON text of a snapshot with any secret-looking key removed at every depth. */
export function serializeSnapshot(snapshot: CachedSnapshot): string {
  return JSON.stringify(snapshot, (key, value: unknown) => (SECRET_KEYS.has(key) ? undefined : value));
}

/** Reads JSON text (or an already parsed value) back into a snapshot; undefined when unusable. */
export function deserializeSnapshot(raw: unknown, teamId: string): CachedSnapshot | undefined {
  if (typeof raw === 'string') {
    try {
      return parseSnapshot(JSON.parse(raw) as unknown, teamId);
    } catch {
      return undefined;
    }
  }
  return parseSnapshot(raw, teamId);
}

// ---- checking a snapshot read back ------------------------------------------

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

