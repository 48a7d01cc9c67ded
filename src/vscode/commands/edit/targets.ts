/**
 * Which goal or key result a command acts on: the clicked tree item when there
 * is one, else the user chooses with a searchable picker (goal, then key result).
 */
import * as vscode from 'vscode';
import { formatDueDate, formatKeyResultProgress, formatPercent, plainText } from '../../../core/domain/format';
import { allGoals, sortGoals } from '../../../core/domain/goalQuery';
import { goalProgress } from '../../../core/domain/progress';
import type { Goal, KeyResult } from '../../../core/domain/types';
import type { PickItem } from '../../input/prompts';
import { describeError } from '../../log/logger';
import type { EditCommandDeps } from './editDeps';
import { loadWithProgress, quote, reportFailure } from './sending';

export interface KeyResultTarget {
  goal: Goal;
  keyResult: KeyResult;
}

function stringField(arg: unknown, field: 'goalId' | 'keyResultId'): string | undefined {
  if (typeof arg !== 'object' || arg === null) {
    return undefined;
  }
  const value = (arg as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The goal id a tree node (goal or key result) carries, or the id passed as is. */
export function goalIdOf(arg: unknown): string | undefined {
  return typeof arg === 'string' && arg !== '' ? arg : stringField(arg, 'goalId');
}

export function keyResultIdOf(arg: unknown): string | undefined {
  return stringField(arg, 'keyResultId');
}

function goalItem(goal: Goal, folderName: string | undefined, nowMs: number): PickItem<Goal> {
  const due = formatDueDate(goal.dueDate, nowMs);
  const where = folderName === undefined ? '' : ` · ${plainText(folderName, 40)}`;
  return {
    label: plainText(goal.name, 80) || goal.id,
    description: `${formatPercent(goalProgress(goal))}${where}`,
    detail: due.absolute === '' ? vscode.l10n.t('No due date') : vscode.l10n.t('Due {0} ({1})', due.absolute, due.relative),
    icon: 'target',
    value: goal,
  };
}

/** The goal of a tree node, or one chosen from all goals shown. */
export async function resolveGoal(deps: EditCommandDeps, arg: unknown, placeholder: string): Promise<Goal | undefined> {
  const goalId = goalIdOf(arg);
  if (goalId !== undefined) {
    const goal = deps.store.findGoal(goalId);
    if (goal === undefined) {
      await deps.prompts.showInfo(vscode.l10n.t('That goal is no longer in the Goals view; refresh and try again.'));
    }
    return goal;
  }
  const goals = sortGoals(allGoals(deps.store.state), 'dueDate');
  if (goals.length === 0) {
    await deps.prompts.showInfo(vscode.l10n.t('There are no goals to choose from yet.'));
    return undefined;
  }
  const folderNames = new Map(deps.store.state.folders.flatMap((f) => f.goals.map((g) => [g.id, f.name] as const)));
  const nowMs = deps.now?.() ?? Date.now();
  const picked = await deps.prompts.pick({
    frame: undefined,
    placeholder,
    items: goals.map((goal) => goalItem(goal, folderNames.get(goal.id), nowMs)),
  });
  return picked.kind === 'value' ? picked.value : undefined;
}

/** Key results of a goal, fetched (with progress) when not cached yet. */
export async function keyResultsOf(deps: EditCommandDeps, goal: Goal): Promise<readonly KeyResult[] | undefined> {
  const cached = deps.store.cachedKeyResults(goal.id);
  if (cached !== undefined) {
    return cached;
  }
  try {
    return await loadWithProgress(vscode.l10n.t('Loading the key results of {0}…', quote(goal.name)), () =>
      deps.store.loadKeyResults(goal.id),
    );
  } catch (error) {
    deps.log.warn(`Could not load key results of goal ${goal.id}: ${describeError(error)}`);
    reportFailure(deps, { action: vscode.l10n.t('Could not load the key results of {0}', quote(goal.name)), error });
    return undefined;
  }
}

/**
 * The key result of a tree node, or one chosen in two searchable pickers
 * (goal, then its key results that `accepts`).
 */
export async function resolveKeyResult(
  deps: EditCommandDeps,
  arg: unknown,
  placeholder: string,
  accepts: (kr: KeyResult) => boolean = () => true,
): Promise<KeyResultTarget | undefined> {
  const keyResultId = keyResultIdOf(arg);
  if (keyResultId !== undefined) {
    const found = deps.store.findKeyResult(keyResultId);
    if (found === undefined) {
      await deps.prompts.showInfo(vscode.l10n.t('That key result is no longer in the Goals view; refresh and try again.'));
    }
    return found;
  }
  const goal = await resolveGoal(deps, goalIdOf(arg), vscode.l10n.t('Which goal is the key result in?'));
  if (goal === undefined) {
    return undefined;
  }
  const keyResults = (await keyResultsOf(deps, goal))?.filter(accepts);
  if (keyResults === undefined) {
    return undefined;
  }
  if (keyResults.length === 0) {
    await deps.prompts.showInfo(vscode.l10n.t('{0} has no key results this command can change.', quote(goal.name)));
    return undefined;
  }
  const picked = await deps.prompts.pick({
    frame: undefined,
    placeholder,
    items: keyResults.map((kr) => ({
      label: plainText(kr.name, 80) || kr.id,
      description: formatKeyResultProgress(kr),
      detail: plainText(goal.name, 80),
      icon: 'symbol-field',
      value: kr,
    })),
  });
  return picked.kind === 'value' ? { goal, keyResult: picked.value } : undefined;
}
