/**
 * "Delete Key Result": a modal confirmation naming the key result and its goal,
 * then one request. Only that goal's key results and progress update.
 */
import * as vscode from 'vscode';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import { quote, rerun, sendWithProgress } from './sending';
import { resolveKeyResult } from './targets';

export async function deleteKeyResult(deps: EditCommandDeps, arg?: unknown): Promise<void> {
  const target = await resolveKeyResult(deps, arg, vscode.l10n.t('Which key result do you want to delete?'));
  if (target === undefined) {
    return;
  }
  const { goal, keyResult } = target;
  const confirmed = await deps.prompts.confirm({
    message: vscode.l10n.t('Delete key result {0} of goal {1}?', quote(keyResult.name), quote(goal.name)),
    detail: vscode.l10n.t('Its progress history is deleted with it. This cannot be undone.'),
    confirmLabel: vscode.l10n.t('Delete'),
  });
  if (!confirmed) {
    return;
  }
  try {
    await sendWithProgress(vscode.l10n.t('Deleting key result {0}…', quote(keyResult.name)), () =>
      deps.store.deleteKeyResult(keyResult.id),
    );
    deps.log.info(`Deleted key result ${keyResult.id} of goal ${goal.id}.`);
  } catch (error) {
    deps.errors.report({
      action: vscode.l10n.t('Could not delete key result {0}', quote(keyResult.name)),
      error,
      retry: rerun(EDIT_COMMANDS.deleteKeyResult, { goalId: goal.id, keyResultId: keyResult.id }),
    });
  }
}
