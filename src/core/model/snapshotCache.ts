/**
 * The last good picture of a Workspace, kept between sessions so the tree paints
 * at once on start (then revalidates). Holds domain data only: no token, and the
 * goal's editor_token is dropped by the parser and again here, defensively.
 * The VS Code layer backs SnapshotCache with globalState or the storage folder.
 */
import type { Goal, GoalFolder, KeyResult } from '../domain/types';
import { parseSnapshot, SNAPSHOT_VERSION } from './snapshotValidation';

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
  const withoutDetails = (goal: Goal): Goal => ({ ...goal, keyResults: null });
  const goals = source.goals.map(withoutDetails);
  const folders = source.folders.map((folder) => ({ ...folder, goals: folder.goals.map(withoutDetails) }));
  const goalIds = [...goals, ...folders.flatMap((folder) => folder.goals)].map((goal) => goal.id);
  if (goalIds.length > limits.maxGoals) {
    return undefined;
  }
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

/**
 * Keeps serialised snapshots in memory. Storing text (not objects) proves the
 * snapshot survives JSON and that callers cannot mutate the cached copy.
 */
export class MemorySnapshotCache implements SnapshotCache {
  private readonly entries = new Map<string, string>();

  load(teamId: string): CachedSnapshot | undefined {
    const text = this.entries.get(teamId);
    return text === undefined ? undefined : deserializeSnapshot(text, teamId);
  }

  save(teamId: string, snapshot: CachedSnapshot): void {
    this.entries.set(teamId, serializeSnapshot(snapshot));
  }

  /** The stored text, for tests and for backing stores that persist strings. */
  raw(teamId: string): string | undefined {
    return this.entries.get(teamId);
  }

  /** Stores text as if read from disk (lets tests feed corrupt or old entries). */
  setRaw(teamId: string, text: string): void {
    this.entries.set(teamId, text);
  }
}
