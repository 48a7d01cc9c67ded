/**
 * Pure functions that show a write before the service confirms it: a goal update
 * or a key-result edit laid over the last confirmed data, and a goal's percent
 * recomputed from its key results (the service's own figure lags behind edits).
 */
import { goalProgress, isKeyResultDone } from '../domain/progress';
import type { EditKeyResultInput, Goal, KeyResult, UpdateGoalInput, User } from '../domain/types';

/** Applies a built update body; added owners show when the goal already knows the person. */
export function applyGoalUpdate(goal: Goal, input: UpdateGoalInput): Goal {
  const removed = new Set(input.removeOwners);
  const known = new Map<number, User>([...goal.members, ...goal.owners].map((user) => [user.id, user]));
  const owners = goal.owners.filter((owner) => !removed.has(owner.id));
  for (const id of input.addOwners) {
    const user = known.get(id);
    if (user && !owners.some((owner) => owner.id === id)) {
      owners.push(user);
    }
  }
  return {
    ...goal,
    name: input.name,
    dueDate: input.dueDate,
    description: input.description,
    color: input.color,
    owners,
  };
}

export function applyKeyResultEdit(keyResult: KeyResult, input: EditKeyResultInput): KeyResult {
  const edited: KeyResult = {
    ...keyResult,
    name: input.name ?? keyResult.name,
    stepsEnd: input.stepsEnd ?? keyResult.stepsEnd,
    stepsCurrent: input.stepsCurrent ?? keyResult.stepsCurrent,
  };
  return { ...edited, completed: isKeyResultDone(edited) };
}

/** 0..100 like the service reports it: the rounded mean of the key results, 0 with none. */
export function percentFromKeyResults(goal: Goal, keyResults: readonly KeyResult[]): number {
  if (keyResults.length === 0) {
    return 0;
  }
  return Math.round(goalProgress({ ...goal, keyResults: [...keyResults] }) * 100);
}
