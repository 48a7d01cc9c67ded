/** The "Show more goals" line under a long list of goals (tree only): another page of that list. */
import * as vscode from 'vscode';
import type { GoalTreeModel } from '../tree/goalTreeModel';
import type { MoreNode } from '../tree/nodes';
import { SHOW_MORE_GOALS } from '../tree/treeItems';

function isMoreNode(value: unknown): value is MoreNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'more';
}

export function registerShowMoreGoals(context: vscode.ExtensionContext, deps: { model: GoalTreeModel }): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_MORE_GOALS, (node?: unknown) => {
      if (isMoreNode(node)) {
        deps.model.showMore(node);
      }
    }),
  );
}
