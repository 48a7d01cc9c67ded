/**
 * "Open in ClickUp" on a goal: its pretty_url when the service gave one (https
 * only), else the address ClickUp uses for goals, built from the Workspace and
 * the goal's pretty id.
 */
import * as vscode from 'vscode';
import type { Goal } from '../../core/domain/types';
import type { WindowApis } from '../windowApis';
import type { GoalPicking } from './goalArgument';
import { resolveGoal } from './goalArgument';

export function goalUrl(goal: Goal): string {
  if (goal.prettyUrl !== null && /^https:\/\/[^\s]+$/i.test(goal.prettyUrl)) {
    return goal.prettyUrl;
  }
  const pretty = goal.prettyId !== '' ? goal.prettyId : goal.id;
  return `https://app.clickup.com/${encodeURIComponent(goal.teamId)}/goals/${encodeURIComponent(pretty)}`;
}

/** Opens the goal (the node's, or one picked) in the browser. Runs from the edit bundle (editEntry.ts). */
export async function openInClickUp(deps: GoalPicking & { ui: WindowApis }, node?: unknown): Promise<void> {
  const goal = await resolveGoal(deps, node, vscode.l10n.t('Which goal do you want to open in ClickUp?'));
  if (goal !== undefined) {
    await deps.ui.openExternal(vscode.Uri.parse(goalUrl(goal)));
  }
}
