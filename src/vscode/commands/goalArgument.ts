/**
 * What a goal command was called with: a tree node (from the view or its menus),
 * or nothing (from the Command Palette), in which case the user picks a goal.
 */
import * as vscode from 'vscode';
import { formatPercent, plainText, withoutThemeIcons } from '../../core/domain/format';
import { filterGoals } from '../../core/domain/goalQuery';
import { goalProgress } from '../../core/domain/progress';
import type { Goal } from '../../core/domain/types';
import type { GoalStore } from '../../core/model/storeTypes';
import type { WindowApis } from '../windowApis';
import { displayLocale } from '../displayLanguage';

interface GoalLike {
  kind?: unknown;
  goalId?: unknown;
}

/** The goal id carried by a tree node (goal or key result), if any. */
export function goalIdOf(argument: unknown): string | undefined {
  const node = argument as GoalLike | undefined;
  return (node?.kind === 'goal' || node?.kind === 'keyResult') && typeof node.goalId === 'string' ? node.goalId : undefined;
}

/** Every goal of the Workspace that is not archived: top-level first, then by folder. */
export function allShownGoals(store: GoalStore): { goal: Goal; folder: string | undefined }[] {
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

/** The node's goal, or one the user picks; undefined when cancelled or there are no goals. */
export async function resolveGoal(
  argument: unknown,
  store: GoalStore,
  ui: WindowApis,
  title: string,
): Promise<Goal | undefined> {
  const fromNode = goalIdOf(argument);
  if (fromNode !== undefined) {
    return store.findGoal(fromNode);
  }
  const candidates = allShownGoals(store);
  if (candidates.length === 0) {
    await ui.showInformationMessage(vscode.l10n.t('There are no goals to choose from.'));
    return undefined;
  }
  const picked = await ui.showQuickPick(
    candidates.map(({ goal, folder }) => goalPickItem(goal, folder)),
    { title, placeHolder: vscode.l10n.t('Choose a goal'), matchOnDetail: true, matchOnDescription: true },
  );
  return picked === undefined ? undefined : store.findGoal(picked.goalId);
}
