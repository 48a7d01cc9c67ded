/**
 * "Delete Goal": a modal confirmation naming the goal, then one request. The
 * store removes just that goal, so the tree updates without a full reload.
 */
import * as vscode from 'vscode';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import { quote, rerun, sendWithProgress } from './sending';
import { resolveGoal } from '../goalArgument';

export async function deleteGoal(deps: EditCommandDeps, arg?: unknown): Promise<void> {
  const goal = await resolveGoal(deps, arg, vscode.l10n.t('Which goal do you want to delete?'));
  if (goal === undefined) {
    return;
  }
  const count = deps.store.cachedKeyResults(goal.id)?.length ?? goal.keyResultCount;
  const confirmed = await deps.prompts.confirm({
    message: vscode.l10n.t('Delete goal {0}?', quote(goal.name)),
    detail:
      count > 1
        ? vscode.l10n.t('Its {0} key results are deleted with it. This cannot be undone.', count)
        : count === 1
          ? vscode.l10n.t('Its key result is deleted with it. This cannot be undone.')
          : vscode.l10n.t('This cannot be undone.'),
    confirmLabel: vscode.l10n.t('Delete'),
  });
  if (!confirmed) {
    return;
  }
  try {
    await sendWithProgress(vscode.l10n.t('Deleting goal {0}…', quote(goal.name)), () => deps.store.deleteGoal(goal.id));
    deps.log.info(`Deleted goal ${goal.id}.`);
  } catch (error) {
    deps.errors.report({
      action: vscode.l10n.t('Could not delete goal {0}', quote(goal.name)),
      error,
      retry: rerun(EDIT_COMMANDS.deleteGoal, { goalId: goal.id }),
    });
  }
}
