/**
 * The goal page's "progress over time": the points known about a goal's progress
 * and the line where it should be (straight from 0% at the start to 100% at the
 * due date). Built only from what is known, never interpolated:
 * - `recorded`: what this extension saw (ProgressHistory);
 * - `keyResult`: the latest key-result last_action, giving the goal's progress
 *   right after it (exact: every other key result had reached its current value);
 * - `now`: the goal's progress now.
 * When fewer than MIN_POINTS points at least an hour apart are known, `short` is set and the
 * page says so (three points within a minute show no trend either).
 */
import { elapsedShare } from '../domain/goalQuery';
import { goalProgress } from '../domain/progress';
import type { Goal, KeyResult } from '../domain/types';
import type { ProgressPoint } from '../history/progressHistory';

export type SeriesSource = 'recorded' | 'keyResult' | 'now';

export interface SeriesPoint {
  readonly at: number;
  /** 0..100. */
  readonly percent: number;
  readonly source: SeriesSource;
}

export interface ChartSeries {
  /** Oldest first, one point per time. */
  readonly points: readonly SeriesPoint[];
  /** The time axis: the goal's start (or creation, or first point) to its due date (or now). */
  readonly from: number;
  readonly to: number;
  /** Where progress should be: 0% at `start`, 100% at `due`; null without both dates. */
  readonly expected: { readonly start: number; readonly due: number } | null;
  /** Fewer than MIN_POINTS points an hour apart: too few to show a trend. */
  readonly short: boolean;
}

export const MIN_POINTS = 3;
const HOUR_MS = 60 * 60 * 1000;

/** How many of the points (oldest first) are at least an hour after the last one counted. */
export function spreadCount(points: readonly { at: number }[]): number {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const point of points) {
    if (point.at - last >= HOUR_MS) {
      count += 1;
      last = point.at;
    }
  }
  return count;
}

/** Where progress should be today (0..100), by the same share of time as the at-risk rule; null without dates. */
export function expectedPercent(goal: Goal, nowMs: number): number | null {
  const share = elapsedShare(goal, nowMs);
  return share === null ? null : Math.round(share * 1000) / 10;
}

function usable(ms: number | null): number | null {
  return ms !== null && Number.isFinite(ms) && ms > 0 ? ms : null;
}

function round(percent: number): number {
  return Math.round(percent * 10) / 10;
}

/** The goal's progress right after each key result's last action (see the file comment). */
export function keyResultPoints(goal: Goal, keyResults: readonly KeyResult[]): SeriesPoint[] {
  const actions = keyResults
    .map((kr, index) => ({ index, at: usable(kr.lastAction?.dateModified ?? null), before: kr.lastAction?.stepsBefore ?? null }))
    .filter((entry): entry is { index: number; at: number; before: number | null } => entry.at !== null);
  // Only the latest action gives an exact point: before it, the key results changed later held
  // values we do not know (stepsBefore is only their value just before their own last action).
  const latest = Math.max(...actions.map((action) => action.at));
  return actions.filter((action) => action.at === latest).map((action) => {
    const state = keyResults.map((kr, index) => {
      const own = actions.find((candidate) => candidate.index === index);
      if (own === undefined || own.at <= action.at) {
        return kr;
      }
      // Changed after this moment: take the value it had just before its last action.
      return own.before === null || !Number.isFinite(own.before) ? kr : { ...kr, stepsCurrent: own.before };
    });
    return { at: action.at, percent: round(goalProgress({ ...goal, keyResults: state }) * 100), source: 'keyResult' as const };
  });
}

export function buildChartSeries(input: {
  goal: Goal;
  keyResults: readonly KeyResult[] | undefined;
  recorded: readonly ProgressPoint[];
  nowMs: number;
}): ChartSeries {
  const { goal, keyResults, recorded, nowMs } = input;
  const current = keyResults === undefined ? goal : { ...goal, keyResults: [...keyResults] };
  const candidates: SeriesPoint[] = [
    ...recorded.filter((point) => Number.isFinite(point.at) && Number.isFinite(point.percent)).map((point) => ({ at: point.at, percent: round(point.percent), source: 'recorded' as const })),
    ...(keyResults === undefined ? [] : keyResultPoints(goal, keyResults)),
  ].filter((point) => point.at <= nowMs);
  candidates.push({ at: nowMs, percent: round(goalProgress(current) * 100), source: 'now' });
  // One point per time; at equal times the later source in the list above wins.
  const byTime = new Map<number, SeriesPoint>();
  for (const point of candidates) {
    byTime.set(point.at, point);
  }
  const points = [...byTime.values()].sort((a, b) => a.at - b.at);
  const start = usable(goal.startDate) ?? usable(goal.dateCreated);
  const due = usable(goal.dueDate);
  const expected = start !== null && due !== null && due > start ? { start, due } : null;
  const from = Math.min(start ?? points[0].at, points[0].at);
  const to = Math.max(due ?? nowMs, nowMs);
  return { points, from, to: to > from ? to : from + 1, expected, short: spreadCount(points) < MIN_POINTS };
}
