/**
 * Progress maths for key results, goals and a whole Workspace, as fractions 0..1.
 * Computed on the client from steps_start/steps_end/steps_current because the
 * service often reports percent_completed as null (see docs/clickup-api-facts.md).
 * Every function here returns a finite number, whatever odd data it is given.
 */
import type { Goal, KeyResult } from './types';

/** Clamps to 0..1; anything not finite counts as 0. */
export function clampFraction(value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    return 0;
  }
  // Rounding away float noise lets (0.3 - 0.1) / 0.2 count as reached.
  return Math.min(1, Math.round(value * 1e9) / 1e9);
}

function finiteOr(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Share of the way from start to target; works for decreasing targets (start > end) too. */
function stepsProgress(kr: KeyResult): number {
  const start = finiteOr(kr.stepsStart, 0);
  const end = finiteOr(kr.stepsEnd, 0);
  const current = finiteOr(kr.stepsCurrent, start);
  if (end === start) {
    // No distance to travel: only the service can say how far along it is.
    return clampFraction(finiteOr(kr.reportedPercent, 0) / 100);
  }
  return clampFraction((current - start) / (end - start));
}

export function keyResultProgress(kr: KeyResult): number {
  switch (kr.type) {
    case 'boolean':
      return finiteOr(kr.stepsCurrent, 0) >= 1 ? 1 : 0;
    case 'automatic': {
      // steps_end is the number of linked tasks, steps_current the number done.
      const total = finiteOr(kr.stepsEnd, 0);
      return total > 0 ? clampFraction(finiteOr(kr.stepsCurrent, 0) / total) : 0;
    }
    case 'unknown':
      return typeof kr.reportedPercent === 'number' && Number.isFinite(kr.reportedPercent)
        ? clampFraction(kr.reportedPercent / 100)
        : stepsProgress(kr);
    default:
      return stepsProgress(kr);
  }
}

/**
 * Done when the computed progress reaches the target. The service's `completed`
 * flag is trusted only for types we cannot compute, because it lags behind
 * optimistic edits of steps_current.
 */
export function isKeyResultDone(kr: KeyResult): boolean {
  return keyResultProgress(kr) >= 1 || (kr.type === 'unknown' && kr.completed === true);
}

function mean(values: readonly number[]): number {
  if (values.length === 0) {
    return 0;
  }
  return clampFraction(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** Mean of the key results when they are loaded, else the service's percent_completed. */
export function goalProgress(goal: Goal): number {
  if (Array.isArray(goal.keyResults) && goal.keyResults.length > 0) {
    return mean(goal.keyResults.map(keyResultProgress));
  }
  return clampFraction(finiteOr(goal.percentCompleted, 0) / 100);
}

/** Mean progress of the given goals; 0 when there are none. */
export function workspaceProgress(goals: readonly Goal[]): number {
  return mean(goals.map(goalProgress));
}
