/**
 * "Open in ClickUp" and "Pin Goal to Status Bar" on a goal (context menu, or the palette,
 * where they ask with the goal picker). Activation registers only their ids; their code
 * and the picker live in the edit bundle (editEntry.ts), built on first use.
 */
import * as vscode from 'vscode';
import type { PinnedGoal } from '../statusBar/pinnedGoal';
import type { WindowApis } from '../windowApis';
import type { GoalPicking } from './goalArgument';

export const GOAL_COMMANDS = {
  openInClickUp: 'clickupGoals.openInClickUp',
  pinGoal: 'clickupGoals.pinGoal',
} as const;

export type GoalCommandDeps = GoalPicking & { ui: WindowApis; pinned: PinnedGoal };

/** One handler per id of GOAL_COMMANDS. */
export type GoalCommandHandlers = Readonly<Record<string, (arg?: unknown) => Promise<void>>>;

export function registerGoalCommands(
  context: vscode.ExtensionContext,
  deps: GoalCommandDeps,
  load: (deps: GoalCommandDeps) => GoalCommandHandlers,
): void {
  let handlers: GoalCommandHandlers | undefined;
  for (const id of Object.values(GOAL_COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (arg?: unknown) => (handlers ??= load(deps))[id](arg)));
  }
}
