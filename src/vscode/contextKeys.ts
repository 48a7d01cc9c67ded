/**
 * The context keys the manifest's `when` clauses read (views, welcome content,
 * menus). Set only through here so the names live in one place.
 */
import * as vscode from 'vscode';

export const CONTEXT = {
  /** True once activation has read SecretStorage (welcome content waits for it). */
  authKnown: 'clickupGoals.authKnown',
  signedIn: 'clickupGoals.signedIn',
  /** Signed in and more than one Workspace to choose from. */
  multipleWorkspaces: 'clickupGoals.multipleWorkspaces',
  /** Signed in but no Workspace chosen yet. */
  needsWorkspace: 'clickupGoals.needsWorkspace',
  /** Signed in with a Workspace chosen (the walkthrough's "Choose your Workspace" step). */
  workspaceChosen: 'clickupGoals.workspaceChosen',
  /** The tree has loaded and shows no goals (drives the "no goals" welcome). */
  noGoals: 'clickupGoals.noGoals',
  myGoalsOnly: 'clickupGoals.myGoalsOnly',
  hasPinnedGoal: 'clickupGoals.hasPinnedGoal',
  /** The Goals view has been visible in this window (the walkthrough's "Open the Goals view" step). */
  goalsViewShown: 'clickupGoals.goalsViewShown',
} as const;

const current = new Map<string, unknown>();
const changed = new vscode.EventEmitter<{ key: string; value: unknown }>();

/** Fires after a key set through here changed its value (the walkthrough's steps follow some). */
export const onDidSetContext: vscode.Event<{ key: string; value: unknown }> = changed.event;

export async function setContext(key: string, value: unknown): Promise<void> {
  if (current.get(key) === value && current.has(key)) {
    return;
  }
  current.set(key, value);
  await vscode.commands.executeCommand('setContext', key, value);
  changed.fire({ key, value });
}

/** The last value set (VS Code offers no way to read a context key back). */
export function contextValue(key: string): unknown {
  return current.get(key);
}
