/**
 * The commands on a goal that need more than the tree: "Open Goal" (its page), "Open in
 * ClickUp", "Pin Goal to Status Bar" (context menu, or the palette, where they ask with the
 * goal picker) and "Go to Goal…" (the status bar item's goal list). Activation registers only
 * their ids; their code, the picker and the goal page live in the edit bundle (editEntry.ts),
 * built on first use.
 */
import * as vscode from 'vscode';
import type { GoalPages } from '../goalPage/goalPages';
import { STATUS_BAR_COMMAND } from '../statusBar/goalStatusBar';
import type { PinnedGoal } from '../statusBar/pinnedGoal';
import type { GoalsView } from '../tree/goalsView';
import type { WindowApis } from '../windowApis';
import type { GoalPicking } from './goalArgument';

export const GOAL_COMMANDS = {
  openGoal: 'clickupGoals.openGoal',
  openInClickUp: 'clickupGoals.openInClickUp',
  pinGoal: 'clickupGoals.pinGoal',
  goToGoal: STATUS_BAR_COMMAND,
} as const;

export type GoalCommandDeps = GoalPicking & {
  ui: WindowApis;
  pinned: PinnedGoal;
  view: GoalsView;
  /** The goal pages (made, with the edit bundle, on first use). */
  pages: () => GoalPages;
};

/** One handler per id of GOAL_COMMANDS (Open Goal also takes the tree's { preserveFocus } after the node). */
export type GoalCommandHandlers = Readonly<Record<string, (arg?: unknown, options?: unknown) => Promise<void>>>;

export function registerGoalCommands(
  context: vscode.ExtensionContext,
  deps: GoalCommandDeps,
  load: (deps: GoalCommandDeps) => GoalCommandHandlers,
): void {
  let handlers: GoalCommandHandlers | undefined;
  for (const id of Object.values(GOAL_COMMANDS)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, (arg?: unknown, options?: unknown) => (handlers ??= load(deps))[id](arg, options)),
    );
  }
}
