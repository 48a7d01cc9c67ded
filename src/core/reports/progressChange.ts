/**
 * A goal's change in progress for the report: since the previous report when
 * that report showed the goal, else over the last 7 days from the recorded
 * history (from the newest point at least 7 days old, or the oldest point when
 * the history is younger than that, as long as it is a day old). None without
 * either: a change since a moment ago says nothing.
 */
import type { PreviousReport, ProgressChange, ProgressPoint } from './reportTypes';

const DAY_MS = 24 * 60 * 60 * 1000;
export const CHANGE_WINDOW_MS = 7 * DAY_MS;

function finitePercent(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : undefined;
}

function roundPoints(value: number): number {
  const rounded = Math.round(value);
  return rounded === 0 ? 0 : rounded;
}

function historyBaseline(points: readonly ProgressPoint[], now: number): ProgressPoint | undefined {
  const usable = points.filter((p) => Number.isFinite(p.at) && p.at <= now - DAY_MS && finitePercent(p.percent) !== undefined);
  if (usable.length === 0) {
    return undefined;
  }
  const sorted = [...usable].sort((a, b) => a.at - b.at);
  const cutoff = now - CHANGE_WINDOW_MS;
  const old = sorted.filter((p) => p.at <= cutoff);
  return old.length > 0 ? old[old.length - 1] : sorted[0];
}

/** `percent` is the goal's progress now, 0..100. */
export function progressChange(
  goalId: string,
  percent: number,
  now: number,
  previous: PreviousReport | undefined,
  points: readonly ProgressPoint[],
): ProgressChange | null {
  const before = previous === undefined ? undefined : finitePercent(previous.percents[goalId]);
  if (previous !== undefined && before !== undefined && Number.isFinite(previous.at)) {
    return { points: roundPoints(percent - before), since: previous.at, basis: 'previousReport' };
  }
  const baseline = historyBaseline(points, now);
  if (baseline === undefined) {
    return null;
  }
  return { points: roundPoints(percent - (finitePercent(baseline.percent) ?? 0)), since: baseline.at, basis: 'history' };
}
