/**
 * Makes the goal pages, in the edit bundle (editEntry.ts exports this): what a page asks for
 * runs the tree's commands, and ticking a true/false key result runs the tree checkbox's code.
 */
import type * as vscode from 'vscode';
import type { EditCommandDeps } from '../commands/edit/editDeps';
import { setKeyResultDone } from '../commands/edit/toggleKeyResult';
import { runIntent } from './goalPageActions';
import type { GoalPagesDeps } from './goalPages';
import { GoalPages } from './goalPages';

export interface GoalPagesSetup extends Omit<GoalPagesDeps, 'run'> {
  /** What the edit commands run with (the checkbox's code uses it). */
  edit: EditCommandDeps;
  openExternal: (uri: vscode.Uri) => Thenable<boolean>;
}

export function createGoalPages(setup: GoalPagesSetup): GoalPages {
  const { edit, openExternal, ...deps } = setup;
  return new GoalPages({
    ...deps,
    run: (intent) => runIntent(intent, { setDone: (keyResultId, done) => setKeyResultDone(edit, keyResultId, done), openExternal }),
  });
}
