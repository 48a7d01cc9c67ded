/**
 * "Go to Goal…" (the status bar item's click): a QuickPick of the Workspace's
 * goals; choosing one reveals it in the Goals view, its pin button pins it, its
 * open button opens its page. Runs from the edit bundle (editEntry.ts); goalCommands.ts
 * registers its id.
 */
import * as vscode from 'vscode';
import type { GoalStore } from '../../core/model/storeTypes';
import type { PinnedGoal } from '../statusBar/pinnedGoal';
import type { GoalsView } from '../tree/goalsView';
import { GOALS_VIEW_ID } from '../tree/goalsView';
import type { WindowApis } from '../windowApis';
import { unarchivedGoals, goalPickItem } from './goalArgument';
import { GOAL_COMMANDS } from './goalCommands';
const PIN_BUTTON = 'pin';
const OPEN_BUTTON = 'open';

export interface GoToGoalDeps {
  store: GoalStore;
  pinned: PinnedGoal;
  view: GoalsView;
  ui: WindowApis;
}

export async function goToGoal(deps: GoToGoalDeps): Promise<void> {
  const candidates = unarchivedGoals(deps.store);
  if (candidates.length === 0) {
    await vscode.commands.executeCommand(`${GOALS_VIEW_ID}.focus`);
    return;
  }
  const pinnedId = deps.pinned.goalId;
  const items = candidates.map(({ goal, folder }) => {
    const item = goalPickItem(goal, folder);
    return { ...item, description: goal.id === pinnedId ? `${item.description ?? ''} · ${vscode.l10n.t('pinned')}` : item.description, value: goal.id };
  });
  const buttons = [
    { id: OPEN_BUTTON, icon: 'preview', tooltip: vscode.l10n.t('Open Goal') },
    { id: PIN_BUTTON, icon: 'pin', tooltip: vscode.l10n.t('Pin to Status Bar') },
  ];
  const picked = await deps.ui.pickWithButtons(items, buttons, {
    title: vscode.l10n.t('ClickUp Goals'),
    placeholder: vscode.l10n.t('Choose a goal to show in the Goals view, open its page or pin it to the status bar'),
  });
  if (picked === undefined) {
    return;
  }
  if (picked.button === PIN_BUTTON) {
    await deps.pinned.pinGoal(picked.value);
    return;
  }
  if (picked.button === OPEN_BUTTON) {
    await vscode.commands.executeCommand(GOAL_COMMANDS.openGoal, picked.value);
    return;
  }
  await vscode.commands.executeCommand(`${GOALS_VIEW_ID}.focus`);
  if (!(await deps.view.reveal(picked.value))) {
    void deps.ui.showInformationMessage(vscode.l10n.t('That goal is hidden by the current filter of the Goals view.'));
  }
}
