/**
 * Registers the commands that create, edit and delete goals and key results
 * and update progress, plus the checkbox of true/false key results. Their code
 * lives in the edit bundle (editEntry.ts), loaded on first use: activation only
 * registers the ids. Each command accepts a tree node (from the Goals view) or
 * nothing (from the Command Palette, where it asks with a picker).
 */
import * as vscode from 'vscode';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import type { EditCommands } from './editEntry';

/** Loads the edit bundle's entry (once) and builds the commands on it. */
export type EditCommandsLoader = (deps: EditCommandDeps) => EditCommands;

export function registerEditCommands(deps: EditCommandDeps, load: EditCommandsLoader): vscode.Disposable[] {
  let commands: EditCommands | undefined;
  const loaded = (): EditCommands => (commands ??= load(deps));
  const disposables = Object.values(EDIT_COMMANDS).map((id) =>
    vscode.commands.registerCommand(id, (arg?: unknown) => loaded().handlers[id](arg)),
  );
  if (deps.treeView !== undefined) {
    disposables.push(
      deps.treeView.onDidChangeCheckboxState((event) => {
        for (const [node, state] of event.items) {
          if (node.kind === 'keyResult') {
            void loaded().setKeyResultDone(node.keyResultId, state === vscode.TreeItemCheckboxState.Checked);
          }
        }
      }),
    );
  }
  return disposables;
}
