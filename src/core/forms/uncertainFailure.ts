/**
 * After some failures a create may have happened anyway (the request reached
 * ClickUp but the answer was lost). Retrying such a create blindly could make a
 * duplicate, so the caller looks for the item first.
 */
import { isClickUpError } from '../clickup/errors';
import type { ClickUpErrorReason } from '../clickup/errors';

const uncertain: ReadonlySet<ClickUpErrorReason> = new Set(['network', 'timeout', 'server', 'invalidResponse']);

/** True when the service may have carried out the request although the answer was lost. */
export function mayHaveHappened(error: unknown): boolean {
  return isClickUpError(error) && uncertain.has(error.reason);
}

/** Finds an item the lost create may have made: same name, not among those that existed before. */
export function findLikelyCreated<T extends { id: string; name: string }>(
  now: readonly T[],
  before: ReadonlySet<string>,
  name: string,
): T | undefined {
  const wanted = name.trim();
  return now.find((item) => !before.has(item.id) && item.name.trim() === wanted);
}
