/**
 * The progress of a Workspace's goals as this extension saw it over time: one
 * instance per Workspace, a short list of (time, percent) points per goal.
 *
 * Recording rules (they keep the history small and honest):
 * - Only changes are recorded: a value equal to the goal's last point is skipped
 *   (a flat stretch is implied between two points).
 * - At most one point an hour per goal: a new value within an hour of the goal's
 *   last point REPLACES that point's value and keeps its time, so each point holds
 *   the latest value seen in its hour. If that makes it equal to the point before,
 *   the last point is dropped (a change that was undone within the hour).
 * - A value from before the last point (a clock that went back) counts as within the hour.
 * - Capped: the oldest points of a goal go first; past the number of goals, the goals
 *   seen least recently go first.
 *
 * Holds goal ids, times and percents only: nothing secret. toJSON/fromJSON give a
 * compact JSON form; fromJSON accepts anything and keeps only what it can read.
 */

export interface ProgressPoint {
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** 0..100. */
  readonly percent: number;
}

export interface ProgressHistoryLimits {
  readonly maxPointsPerGoal: number;
  readonly maxGoals: number;
  /** Points of one goal are at least this far apart (ms). */
  readonly intervalMs: number;
}

export const HOUR_MS = 60 * 60 * 1000;

export const DEFAULT_HISTORY_LIMITS: ProgressHistoryLimits = { maxPointsPerGoal: 200, maxGoals: 500, intervalMs: HOUR_MS };

export const PROGRESS_HISTORY_VERSION = 1;

/** The stored form: per goal id, [at, percent] pairs, oldest first. */
export interface ProgressHistoryJson {
  readonly version: number;
  readonly goals: Record<string, Array<[number, number]>>;
}

/** Goal ids longer than this are not ClickUp's (they are UUIDs); refusing them bounds the storage. */
const MAX_GOAL_ID_LENGTH = 100;

function isGoalId(value: string): boolean {
  return value.length > 0 && value.length <= MAX_GOAL_ID_LENGTH;
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

export class ProgressHistory {
  /** Map order is "least recently recorded first", which is the eviction order. */
  private readonly goals = new Map<string, ProgressPoint[]>();

  constructor(private readonly limits: ProgressHistoryLimits = DEFAULT_HISTORY_LIMITS) {}

  /** Reads a stored history; anything unreadable (wrong types, bad points, other versions) is left out. */
  static fromJSON(value: unknown, limits: ProgressHistoryLimits = DEFAULT_HISTORY_LIMITS): ProgressHistory {
    const history = new ProgressHistory(limits);
    if (typeof value !== 'object' || value === null) {
      return history;
    }
    const candidate = value as { version?: unknown; goals?: unknown };
    if (candidate.version !== PROGRESS_HISTORY_VERSION || typeof candidate.goals !== 'object' || candidate.goals === null) {
      return history;
    }
    const entries: Array<[string, ProgressPoint[]]> = [];
    for (const [goalId, raw] of Object.entries(candidate.goals as Record<string, unknown>)) {
      const points = isGoalId(goalId) ? readPoints(raw) : [];
      if (points.length > 0) {
        entries.push([goalId, points]);
      }
    }
    // Least recently recorded first, so the caps below drop the stalest goals.
    entries.sort((a, b) => a[1][a[1].length - 1].at - b[1][b[1].length - 1].at);
    for (const [goalId, points] of entries) {
      history.goals.set(goalId, points.slice(-limits.maxPointsPerGoal));
    }
    history.evictGoals();
    return history;
  }

  /**
   * Records a goal's percent seen at `at` (ms since the epoch). Returns true when the
   * history changed. Non-finite values and unusable goal ids are ignored.
   */
  record(goalId: string, percent: number, at: number): boolean {
    if (!isGoalId(goalId) || !Number.isFinite(percent) || !Number.isFinite(at)) {
      return false;
    }
    const value = clampPercent(percent);
    const points = this.goals.get(goalId) ?? [];
    const last = points[points.length - 1];
    if (last !== undefined && last.percent === value) {
      return false;
    }
    if (last !== undefined && at - last.at < this.limits.intervalMs) {
      const before = points[points.length - 2];
      points.pop();
      if (before === undefined || before.percent !== value) {
        points.push({ at: last.at, percent: value });
      }
    } else {
      points.push({ at, percent: value });
    }
    if (points.length > this.limits.maxPointsPerGoal) {
      points.splice(0, points.length - this.limits.maxPointsPerGoal);
    }
    // Re-insert so this goal becomes the most recently recorded.
    this.goals.delete(goalId);
    if (points.length > 0) {
      this.goals.set(goalId, points);
    }
    this.evictGoals();
    return true;
  }

  /** The goal's points, oldest first; empty when none were recorded. */
  pointsOf(goalId: string): readonly ProgressPoint[] {
    return [...(this.goals.get(goalId) ?? [])];
  }

  /** The ids of the goals that have points. */
  goalIds(): readonly string[] {
    return [...this.goals.keys()];
  }

  /** Forgets one goal (it was deleted). Returns true when it had points. */
  forget(goalId: string): boolean {
    return this.goals.delete(goalId);
  }

  get isEmpty(): boolean {
    return this.goals.size === 0;
  }

  toJSON(): ProgressHistoryJson {
    // fromEntries defines own properties, so even a goal id such as "__proto__" stays data.
    const goals = Object.fromEntries(
      [...this.goals].map(([goalId, points]) => [goalId, points.map((point): [number, number] => [point.at, point.percent])]),
    );
    return { version: PROGRESS_HISTORY_VERSION, goals };
  }

  private evictGoals(): void {
    for (const goalId of this.goals.keys()) {
      if (this.goals.size <= this.limits.maxGoals) {
        return;
      }
      this.goals.delete(goalId);
    }
  }
}

/** Readable [at, percent] pairs, sorted by time, one per time (the later one wins), percents clamped. */
function readPoints(raw: unknown): ProgressPoint[] {
  if (!Array.isArray(raw)) {
    return [];
  }
  const byTime = new Map<number, number>();
  for (const entry of raw as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) {
      continue;
    }
    const [at, percent] = entry as unknown[];
    if (typeof at === 'number' && Number.isFinite(at) && typeof percent === 'number' && Number.isFinite(percent)) {
      byTime.set(at, clampPercent(percent));
    }
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([at, percent]) => ({ at, percent }));
}
