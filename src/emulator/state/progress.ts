/**
 * Progress as the service computes it: per key result from start/end/current
 * (works for decreasing targets too), per goal the rounded mean, 0..100.
 */
import type { KeyResultRecord } from './model';

export function keyResultPercent(keyResult: KeyResultRecord): number {
  const { stepsStart, stepsEnd, stepsCurrent } = keyResult;
  if (stepsEnd === stepsStart) return stepsCurrent >= stepsEnd && stepsEnd !== 0 ? 100 : 0;
  const ratio = (stepsCurrent - stepsStart) / (stepsEnd - stepsStart);
  return Math.round(Math.min(1, Math.max(0, ratio)) * 100);
}

export function goalPercent(keyResults: readonly KeyResultRecord[]): number {
  if (keyResults.length === 0) return 0;
  const total = keyResults.reduce((sum, keyResult) => sum + keyResultPercent(keyResult), 0);
  return Math.round(total / keyResults.length);
}
