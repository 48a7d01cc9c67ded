/**
 * What a goal command was called with: a tree node (from the view or its menus),
 * an id, or nothing (from the Command Palette), in which case the user picks a
 * goal. Every command reads its goal argument here.
 */
import * as vscode from 'vscode';
import { formatDueDate, formatPercent, plainText, withoutThemeIcons } from '../../core/domain/format';
import { allGoals, filterGoals, sortGoals } from '../../core/domain/goalQuery';
import { goalProgress } from '../../core/domain/progress';
import type { Goal } from '../../core/domain/types';
import type { GoalStore } from '../../core/model/storeTypes';
import type { PickItem, Prompts } from '../input/prompts';
import { displayLocale } from '../displayLanguage';

/** What picking a goal needs. */
export interface GoalPicking {
  store: GoalStore;
  prompts: Prompts;
  /** The clock, for "due in 3 days". */
  now?: () => number;
}

function stringField(arg: unknown, field: 'goalId' | 'keyResultId'): string | undefined {
  if (typeof arg !== 'object' || arg === null) {
    return undefined;
  }
  const value = (arg as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The goal id a tree node (goal or key result) carries, or the id passed as is: the one reading of a command's goal argument. */
export function goalIdOf(arg: unknown): string | undefined {
  return typeof arg === 'string' && arg !== '' ? arg : stringField(arg, 'goalId');
}

export function keyResultIdOf(arg: unknown): string | undefined {
  return stringField(arg, 'keyResultId');
}

function goalItem(goal: Goal, folderName: string | undefined, nowMs: number): PickItem<Goal> {
  const due = formatDueDate(goal.dueDate, nowMs, displayLocale());
  const where = folderName === undefined ? '' : ` · ${plainText(folderName, 40)}`;
  return {
    label: plainText(goal.name, 80) || goal.id,
    description: `${formatPercent(goalProgress(goal), displayLocale())}${where}`,
    detail: due.absolute === '' ? vscode.l10n.t('No due date') : vscode.l10n.t('Due {0} ({1})', due.absolute, due.relative),
    icon: 'target',
    value: goal,
  };
}

/** The goal of a tree node, or one chosen from all goals shown. */
export async function resolveGoal(deps: GoalPicking, arg: unknown, placeholder: string): Promise<Goal | undefined> {
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

/** Every goal of the Workspace that is not archived: top-level first, then by folder. */
export function unarchivedGoals(store: GoalStore): { goal: Goal; folder: string | undefined }[] {
  const { goals, folders } = store.state;
  const top = filterGoals(goals, { includeCompleted: true }).map((goal) => ({ goal, folder: undefined }));
  const nested = folders.flatMap((folder) =>
    filterGoals(folder.goals, { includeCompleted: true }).map((goal) => ({ goal, folder: plainText(folder.name, 60) })),
  );
  return [...top, ...nested];
}

export function goalPickItem(goal: Goal, folder: string | undefined): vscode.QuickPickItem & { goalId: string } {
  return {
    label: withoutThemeIcons(plainText(goal.name, 100)) || vscode.l10n.t('(unnamed goal)'),
    description: formatPercent(goalProgress(goal), displayLocale()),
    detail: folder === undefined ? undefined : withoutThemeIcons(folder),
    goalId: goal.id,
  };
}
