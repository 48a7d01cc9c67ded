/**
 * "ClickUp Goals: Open Goal": the goal's page. From a goal in the tree (its
 * default action and its context menu), from the status bar's goal list, or
 * from the palette, which asks which goal. Runs from the edit bundle (editEntry.ts);
 * goalCommands.ts registers its id.
 */
import * as vscode from 'vscode';
import type { GoalStore } from '../../core/model/storeTypes';
import type { GoalPages } from '../goalPage/goalPages';
import type { Prompts } from '../input/prompts';
import { resolveGoal } from './goalArgument';

export interface OpenGoalDeps {
  store: GoalStore;
  pages: () => GoalPages;
  prompts: Prompts;
}

/** The tree's default action passes { preserveFocus: true } after the node: a click leaves focus in the tree. */
function preservesFocus(options: unknown): boolean {
  return typeof options === 'object' && options !== null && !Array.isArray(options) && (options as { preserveFocus?: unknown }).preserveFocus === true;
}

export async function openGoal(deps: OpenGoalDeps, arg?: unknown, options?: unknown): Promise<void> {
  const goal = await resolveGoal(deps, arg, vscode.l10n.t('Which goal do you want to open?'));
  if (goal !== undefined) {
    deps.pages().open(goal.id, { preserveFocus: preservesFocus(options) });
  }
}
