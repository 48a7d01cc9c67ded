/**
 * Runs what the goal page asked for (an intent already checked by parseIntent)
 * through the very commands the Goals view runs, with the same kind of target a
 * tree item gives them, so the input steps, optimistic update and errors are the same.
 */
import * as vscode from 'vscode';
import type { GoalPageIntent } from '../../core/goalPage/intents';
import { EDIT_COMMANDS } from '../commands/edit/commandIds';
import { GOAL_COMMANDS as ON_A_GOAL } from '../commands/goalCommands';

export interface GoalPageActionDeps {
  /** What the tree's checkbox of a true/false key result runs. */
  setDone: (keyResultId: string, done: boolean) => Promise<void>;
  openExternal: (uri: vscode.Uri) => Thenable<boolean>;
}

const GOAL_COMMANDS = {
  editGoal: EDIT_COMMANDS.editGoal,
  addKeyResult: EDIT_COMMANDS.addKeyResult,
  updateProgress: EDIT_COMMANDS.updateProgress,
  openInClickUp: ON_A_GOAL.openInClickUp,
} as const;

const KEY_RESULT_COMMANDS = {
  updateProgress: EDIT_COMMANDS.updateProgress,
  increment: EDIT_COMMANDS.incrementProgress,
  editKeyResult: EDIT_COMMANDS.editKeyResult,
  deleteKeyResult: EDIT_COMMANDS.deleteKeyResult,
} as const;

export async function runIntent(intent: GoalPageIntent, deps: GoalPageActionDeps): Promise<void> {
  switch (intent.type) {
    case 'goal':
      await vscode.commands.executeCommand(GOAL_COMMANDS[intent.action], { kind: 'goal', goalId: intent.goalId });
      return;
    case 'keyResult':
      await vscode.commands.executeCommand(KEY_RESULT_COMMANDS[intent.action], {
        kind: 'keyResult',
        goalId: intent.goalId,
        keyResultId: intent.keyResultId,
      });
      return;
    case 'setDone':
      await deps.setDone(intent.keyResultId, intent.done);
      return;
    case 'openLink':
      await deps.openExternal(vscode.Uri.parse(intent.href, true));
      return;
    default:
      return;
  }
}
