/**
 * Which key results a check-in walks through, in order, and what each step
 * shows: the goal, the key result, its current value and target, and the
 * goal's pace. Only key results a person sets by hand are asked (number,
 * currency, percentage, true/false); automatic and unknown ones are left out.
 */
import * as l10n from '@vscode/l10n';
import { elapsedShare, goalState, isGoalCompleted, sortGoals } from '../domain/goalQuery';
import { formatPercent, plainText } from '../domain/format';
import { goalProgress } from '../domain/progress';
import type { Goal, GoalFolder, KeyResult } from '../domain/types';
import { manualUpdateRefusal } from '../forms/progressForm';
import { keyResultValueAndTarget } from '../reports/keyResultValues';
import { stateWords } from '../reports/reportWords';

/** Whose or which goals: the signed-in user's open goals, one folder's open goals, or one goal. */
export type CheckInScope =
  | { readonly kind: 'mine'; readonly userId: number }
  | { readonly kind: 'folder'; readonly folderId: string }
  | { readonly kind: 'goal'; readonly goalId: string };

export interface CheckInSource {
  readonly goals: readonly Goal[];
  readonly folders: readonly GoalFolder[];
}

export interface CheckInStep {
  readonly goal: Goal;
  readonly keyResult: KeyResult;
}

/** What one step shows above and under its input. */
export interface CheckInStepText {
  /** "Check In: “Grow revenue”". */
  readonly title: string;
  /** "New customers: now 30, target 50 · Goal 48% done, 62% of its time gone (at risk)". */
  readonly prompt: string;
}

function isOpen(goal: Goal): boolean {
  return goal.archived !== true && !isGoalCompleted(goal);
}

/** The goals of the pass, soonest due first. A goal asked for by id is included even when completed. */
export function checkInGoals(scope: CheckInScope, source: CheckInSource): Goal[] {
  const all = [...source.folders.flatMap((folder) => folder.goals), ...source.goals];
  switch (scope.kind) {
    case 'goal':
      return all.filter((goal) => goal.id === scope.goalId && goal.archived !== true);
    case 'folder':
      return sortGoals((source.folders.find((f) => f.id === scope.folderId)?.goals ?? []).filter(isOpen), 'dueDate');
    case 'mine':
      return sortGoals(all.filter((goal) => isOpen(goal) && (goal.owners ?? []).some((owner) => owner.id === scope.userId)), 'dueDate');
  }
}

/** One step per key result that can be set by hand, goal by goal. Goals whose key results are not loaded add none. */
export function checkInPlan(goals: readonly Goal[], keyResultsOf: (goalId: string) => readonly KeyResult[] | undefined): CheckInStep[] {
  return goals.flatMap((goal) =>
    (keyResultsOf(goal.id) ?? []).filter((kr) => manualUpdateRefusal(kr) === undefined).map((keyResult) => ({ goal, keyResult })),
  );
}

/** "48% done, 62% of its time gone (at risk)"; without dates, "48% done (on track)". */
export function paceText(goal: Goal, keyResults: readonly KeyResult[] | undefined, now: number, locale?: string): string {
  const measured: Goal = keyResults === undefined ? goal : { ...goal, keyResults: [...keyResults] };
  const done = l10n.t('{0} done', formatPercent(goalProgress(measured), locale));
  const elapsed = elapsedShare(measured, now);
  const time = elapsed === null ? '' : `, ${l10n.t('{0} of its time gone', formatPercent(elapsed, locale))}`;
  return `${done}${time} (${stateWords(goalState(measured, now))})`;
}

/** The step's title and prompt, in the display language `locale` (English when not given). */
export function checkInStepText(step: CheckInStep, keyResultsOfGoal: readonly KeyResult[] | undefined, now: number, locale?: string): CheckInStepText {
  const { value, target } = keyResultValueAndTarget(step.keyResult, locale);
  const krName = plainText(step.keyResult.name, 60) || l10n.t('(no name)');
  return {
    title: l10n.t('Check In: “{0}”', plainText(step.goal.name, 60) || l10n.t('(no name)')),
    prompt: l10n.t('{0}: now {1}, target {2} · Goal {3}', krName, value, target, paceText(step.goal, keyResultsOfGoal, now, locale)),
  };
}
