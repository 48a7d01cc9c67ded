/**
 * Builds the body of PUT /goal/{id}. The real service overwrites fields sent
 * empty (name "", due_date "0"), so every field is sent, untouched ones with the
 * goal's current values. Where no safe value exists (no name, no due date) this
 * throws a GoalUpdateError instead of sending something destructive: callers
 * check `missingGoalUpdateFields` first and ask the person for what is missing.
 */
import * as l10n from '@vscode/l10n';
import type { Goal, UpdateGoalInput } from './types';
import { validateHexColor } from './validate';

export interface GoalChanges {
  name?: string;
  /** Milliseconds since the epoch. */
  dueDate?: number;
  description?: string;
  /** Hex colour; normalised to "#rrggbb". */
  color?: string;
  addOwners?: number[];
  removeOwners?: number[];
}

export type GoalUpdateProblem = 'missingName' | 'missingDueDate' | 'invalidColor';

export class GoalUpdateError extends Error {
  readonly reason: GoalUpdateProblem;

  constructor(reason: GoalUpdateProblem, message: string) {
    super(message);
    this.name = 'GoalUpdateError';
    this.reason = reason;
  }
}

function usableDueDate(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * What an update would lack, in a fixed order; empty when `buildGoalUpdate` will
 * succeed. A goal whose due date the service lost ("0") needs a new one from the user.
 */
export function missingGoalUpdateFields(goal: Goal, changes: GoalChanges): GoalUpdateProblem[] {
  const problems: GoalUpdateProblem[] = [];
  if ((changes.name ?? goal.name ?? '').trim() === '') {
    problems.push('missingName');
  }
  if (!usableDueDate(changes.dueDate ?? goal.dueDate)) {
    problems.push('missingDueDate');
  }
  if (changes.color !== undefined && !validateHexColor(changes.color).ok) {
    problems.push('invalidColor');
  }
  return problems;
}

function problemMessage(problem: GoalUpdateProblem): string {
  switch (problem) {
    case 'missingName':
      return l10n.t('The goal needs a name.');
    case 'missingDueDate':
      return l10n.t('The goal needs a due date.');
    default:
      return l10n.t('The goal color must be a hex code, like #7b68ee.');
  }
}

function uniqueIds(ids: readonly number[] | undefined): number[] {
  return [...new Set((ids ?? []).filter((id) => Number.isInteger(id)))];
}

/**
 * Every field, changes over current values. Owners: only people not yet owners
 * are added and only current owners are removed, so the request says exactly
 * what changes. Throws GoalUpdateError (see missingGoalUpdateFields).
 */
export function buildGoalUpdate(goal: Goal, changes: GoalChanges): UpdateGoalInput {
  const problems = missingGoalUpdateFields(goal, changes);
  const dueDate = changes.dueDate ?? goal.dueDate;
  if (problems.length > 0 || !usableDueDate(dueDate)) {
    const problem = problems[0] ?? 'missingDueDate';
    throw new GoalUpdateError(problem, problemMessage(problem));
  }
  const currentOwners = new Set(goal.owners.map((owner) => owner.id));
  const color = changes.color === undefined ? null : validateHexColor(changes.color);
  return {
    name: (changes.name ?? goal.name).trim(),
    dueDate,
    description: changes.description ?? goal.description ?? '',
    color: color?.ok === true ? color.value : goal.color ?? '',
    addOwners: uniqueIds(changes.addOwners).filter((id) => !currentOwners.has(id)),
    removeOwners: uniqueIds(changes.removeOwners).filter((id) => currentOwners.has(id)),
  };
}
