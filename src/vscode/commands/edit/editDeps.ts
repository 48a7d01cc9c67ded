/**
 * What the edit commands need from the rest of the extension. The composition
 * root (src/extension.ts) fills it in; host tests swap `prompts` through the
 * test API.
 */
import type * as vscode from 'vscode';
import type { User } from '../../../core/domain/types';
import type { GoalStore } from '../../../core/model/storeTypes';
import type { Prompts } from '../../input/prompts';
import type { ComponentLogger } from '../../log/logger';
import type { ErrorReporter } from '../../log/showError';
import type { GoalTreeNode } from '../../tree/nodes';

export interface EditCommandDeps {
  store: GoalStore;
  prompts: Prompts;
  /** Tagged for these commands, e.g. logger.for('edit'). */
  log: ComponentLogger;
  /** Reports a failure (message, "Retry", "Show Log"); its messages go through `prompts`. */
  errors: ErrorReporter;
  /** Members of the Workspace shown (GET /team); empty when they cannot be had. */
  members: () => Promise<readonly User[]>;
  /** The signed-in user (GET /user), preselected as owner. */
  currentUser: () => Promise<User | undefined>;
  /** The Goals view, for the checkbox of true/false key results; absent in some tests. */
  treeView?: vscode.TreeView<GoalTreeNode>;
  /** Shows a goal in the tree (after it is created). */
  revealGoal?: (goalId: string) => Promise<boolean>;
  /** The clock, for due-date phrases such as "end of quarter". */
  now?: () => number;
}
