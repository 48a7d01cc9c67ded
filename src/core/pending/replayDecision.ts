/**
 * What to do with each write left over from a closed window, given what the service holds now.
 * Any of them may have been in flight when the window closed, so none is resent blindly:
 * - a key-result edit already shows on the service (its value, and its note as the latest
 *   note) is not sent again; edits to one key result were sent in order, so when a later one
 *   shows, every earlier one was applied too;
 * - a goal edit whose fields the goal already has is not sent again;
 * - a create is never retried blindly (ClickUp has no idempotency key): when a goal (same name
 *   and due date) or key result (same name and type) like it exists, it is reported as there,
 *   not created again;
 * - deletes are sent; "not found" then means it was already deleted.
 * Pure: the caller fetched the facts.
 */
import type { Goal, KeyResult } from '../domain/types';
import type { PendingWrite } from './pendingWrite';

/** What the service said about a goal: the goal (with key results), gone, or a failure to read it. */
export type GoalFact = { goal: Goal } | { missing: true } | { error: string };

export interface ReplayFacts {
  goals: ReadonlyMap<string, GoalFact>;
  /** Every goal of the Workspace, when a goal create is pending; an error when it could not be read. */
  teamGoals?: readonly Goal[] | { error: string };
}

export type ReplayDecision =
  | { action: 'send' }
  | { action: 'alreadyApplied' }
  | { action: 'fail'; reason: string };

/** Plain reasons, in English here; the VS Code layer shows counts and these in the log. */
export const REPLAY_REASONS = {
  goalGone: 'its goal no longer exists',
  keyResultGone: 'its key result no longer exists',
  unknownGoal: 'it could not be checked (its goal is not known), so it was not sent again',
} as const;

/** The goal ids whose current state decides the writes (one GET /goal each). */
export function goalsToCheck(writes: readonly PendingWrite[]): string[] {
  const ids = new Set<string>();
  for (const { op } of writes) {
    const goalId = op.kind === 'editKeyResult' || op.kind === 'createKeyResult' || op.kind === 'updateGoal' ? op.goalId : null;
    if (goalId !== null) {
      ids.add(goalId);
    }
  }
  return [...ids];
}

export function needsTeamGoals(writes: readonly PendingWrite[]): boolean {
  return writes.some((write) => write.op.kind === 'createGoal');
}

/** One decision per write, in the same order. */
export function decideReplay(writes: readonly PendingWrite[], facts: ReplayFacts): ReplayDecision[] {
  const lastShown = lastAppliedEdits(writes, facts);
  return writes.map((write, index): ReplayDecision => {
    const { op } = write;
    switch (op.kind) {
      case 'deleteGoal':
      case 'deleteKeyResult':
        return { action: 'send' };
      case 'createGoal':
        return decideCreateGoal(op.input.name, op.input.dueDate, facts.teamGoals);
      case 'updateGoal':
        return withGoal(facts.goals.get(op.goalId), (goal) =>
          goal.name === op.input.name && goal.dueDate === op.input.dueDate && goal.description === op.input.description &&
          goal.color.toLowerCase() === op.input.color.toLowerCase() && op.input.addOwners.every((id) => goal.owners.some((owner) => owner.id === id)) &&
          op.input.removeOwners.every((id) => goal.owners.every((owner) => owner.id !== id))
            ? { action: 'alreadyApplied' }
            : { action: 'send' },
        );
      case 'createKeyResult':
        return withGoal(facts.goals.get(op.goalId), (goal) =>
          (goal.keyResults ?? []).some((keyResult) => keyResult.name === op.input.name && keyResult.type === op.input.type)
            ? { action: 'alreadyApplied' }
            : { action: 'send' },
        );
      case 'editKeyResult': {
        if (op.goalId === null) {
          return { action: 'fail', reason: REPLAY_REASONS.unknownGoal };
        }
        return withGoal(facts.goals.get(op.goalId), (goal) => {
          if (!(goal.keyResults ?? []).some((keyResult) => keyResult.id === op.keyResultId)) {
            return { action: 'fail', reason: REPLAY_REASONS.keyResultGone };
          }
          return index <= (lastShown.get(op.keyResultId) ?? -1) ? { action: 'alreadyApplied' } : { action: 'send' };
        });
      }
    }
  });
}

/** Per key result, the index of the last edit the service already shows (-1 when none). */
function lastAppliedEdits(writes: readonly PendingWrite[], facts: ReplayFacts): Map<string, number> {
  const last = new Map<string, number>();
  writes.forEach(({ op }, index) => {
    if (op.kind !== 'editKeyResult' || op.goalId === null) {
      return;
    }
    const fact = facts.goals.get(op.goalId);
    const keyResult = fact && 'goal' in fact ? fact.goal.keyResults?.find((candidate) => candidate.id === op.keyResultId) : undefined;
    if (keyResult && showsEdit(keyResult, op.input)) {
      last.set(op.keyResultId, index);
    }
  });
  return last;
}

/** Whether the key result already holds everything the edit sets. */
export function showsEdit(keyResult: KeyResult, input: { stepsCurrent?: number; note?: string; name?: string; stepsEnd?: number }): boolean {
  const note = input.note ?? '';
  return (
    (input.stepsCurrent === undefined || keyResult.stepsCurrent === input.stepsCurrent) &&
    (note === '' || keyResult.lastAction?.note === note) &&
    (input.name === undefined || keyResult.name === input.name) &&
    (input.stepsEnd === undefined || keyResult.stepsEnd === input.stepsEnd)
  );
}

function decideCreateGoal(name: string, dueDate: number, teamGoals: ReplayFacts['teamGoals']): ReplayDecision {
  if (teamGoals === undefined || 'error' in teamGoals) {
    return { action: 'fail', reason: teamGoals?.error ?? 'the goal list could not be read' };
  }
  return teamGoals.some((goal) => goal.name === name && goal.dueDate === dueDate) ? { action: 'alreadyApplied' } : { action: 'send' };
}

function withGoal(fact: GoalFact | undefined, decide: (goal: Goal) => ReplayDecision): ReplayDecision {
  if (fact === undefined) {
    return { action: 'fail', reason: 'its goal could not be read' };
  }
  if ('missing' in fact) {
    return { action: 'fail', reason: REPLAY_REASONS.goalGone };
  }
  if ('error' in fact) {
    return { action: 'fail', reason: fact.error };
  }
  return decide(fact.goal);
}
