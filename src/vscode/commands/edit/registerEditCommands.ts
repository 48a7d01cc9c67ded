/**
 * Registers the commands that create, edit and delete goals and key results
 * and update progress, plus the checkbox of true/false key results. Each
 * command accepts a tree node (from the Goals view) or nothing (from the
 * Command Palette, where it asks with a picker).
 */
import * as vscode from 'vscode';
import { AddKeyResultCommand } from './addKeyResult';
import { EDIT_COMMANDS } from './commandIds';
import { CreateGoalCommand } from './createGoal';
import { deleteGoal } from './deleteGoal';
import { deleteKeyResult } from './deleteKeyResult';
import type { EditCommandDeps } from './editDeps';
import { EditGoalCommand } from './editGoal';
import { EditKeyResultCommand } from './editKeyResult';
import { incrementProgress } from './incrementProgress';
import { watchKeyResultCheckboxes } from './toggleKeyResult';
import { UpdateProgressCommand } from './updateProgress';

export function registerEditCommands(deps: EditCommandDeps): vscode.Disposable[] {
  const createGoal = new CreateGoalCommand(deps);
  const editGoal = new EditGoalCommand(deps);
  const addKeyResult = new AddKeyResultCommand(deps);
  const editKeyResult = new EditKeyResultCommand(deps);
  const updateProgress = new UpdateProgressCommand(deps);
  const handlers: Record<string, (arg?: unknown) => Promise<void>> = {
    [EDIT_COMMANDS.createGoal]: () => createGoal.run(),
    [EDIT_COMMANDS.editGoal]: (arg) => editGoal.run(arg),
    [EDIT_COMMANDS.deleteGoal]: (arg) => deleteGoal(deps, arg),
    [EDIT_COMMANDS.addKeyResult]: (arg) => addKeyResult.run(arg),
    [EDIT_COMMANDS.editKeyResult]: (arg) => editKeyResult.run(arg),
    [EDIT_COMMANDS.deleteKeyResult]: (arg) => deleteKeyResult(deps, arg),
    [EDIT_COMMANDS.updateProgress]: (arg) => updateProgress.run(arg),
    [EDIT_COMMANDS.incrementProgress]: (arg) => incrementProgress(deps, arg),
  };
  const disposables = Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
  if (deps.treeView !== undefined) {
    disposables.push(watchKeyResultCheckboxes(deps, deps.treeView));
  }
  return disposables;
}
