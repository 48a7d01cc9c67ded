/**
 * "ClickUp Goals: Open Goal": the goal's page. From a goal in the tree (its
 * default action and its context menu), from the status bar's goal list, or
 * from the palette, which asks which goal.
 */
import * as vscode from 'vscode';
import type { GoalStore } from '../../core/model/storeTypes';
import type { GoalPages } from '../goalPage/goalPages';
import type { WindowApis } from '../windowApis';
import { resolveGoal } from './goalArgument';

export const OPEN_GOAL = 'clickupGoals.openGoal';

export interface OpenGoalDeps {
  store: GoalStore;
  pages: GoalPages;
  ui: WindowApis;
}

export async function openGoal(deps: OpenGoalDeps, arg?: unknown): Promise<void> {
  const node = typeof arg === 'string' && arg !== '' ? { kind: 'goal', goalId: arg } : arg;
  const goal = await resolveGoal(node, deps.store, deps.ui, vscode.l10n.t('Open Goal'));
  if (goal !== undefined) {
    deps.pages.open(goal.id);
  }
}

export function registerOpenGoal(context: vscode.ExtensionContext, deps: OpenGoalDeps): void {
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_GOAL, (arg?: unknown) => openGoal(deps, arg)));
}
