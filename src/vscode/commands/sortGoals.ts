/** "Sort Goals…": due date, name or progress (the clickupGoals.sortBy setting). */
import * as vscode from 'vscode';
import type { GoalSort } from '../../core/domain/goalQuery';
import { SETTING, sortBy, updateSetting } from '../config/settings';
import type { WindowApis } from '../windowApis';

export const SORT_GOALS = 'clickupGoals.sortGoals';

function choices(): { label: string; detail: string; sort: GoalSort }[] {
  return [
    { label: vscode.l10n.t('Due Date'), detail: vscode.l10n.t('Soonest first; goals without a due date last'), sort: 'dueDate' },
    { label: vscode.l10n.t('Name'), detail: vscode.l10n.t('A to Z'), sort: 'name' },
    { label: vscode.l10n.t('Progress'), detail: vscode.l10n.t('Least progress first'), sort: 'progress' },
  ];
}

export function registerSortGoals(context: vscode.ExtensionContext, deps: { ui: WindowApis }): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SORT_GOALS, async () => {
      const current = sortBy();
      const items = choices().map((choice) => ({
        ...choice,
        description: choice.sort === current ? vscode.l10n.t('current') : undefined,
      }));
      const picked = await deps.ui.showQuickPick(items, { title: vscode.l10n.t('Sort Goals By'), placeHolder: vscode.l10n.t('How should goals be ordered?') });
      if (picked !== undefined && picked.sort !== current) {
        await updateSetting(SETTING.sortBy, picked.sort);
      }
    }),
  );
}
