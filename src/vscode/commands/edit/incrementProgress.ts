/**
 * The "+1" inline action of number key results: one step towards the target,
 * sent at once (no questions). The new value shows immediately and is rolled
 * back by the store if ClickUp refuses it.
 */
import * as vscode from 'vscode';
import { incrementEdit } from '../../../core/forms/progressForm';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import { quote, rerun } from './sending';
import { resolveKeyResult } from './targets';

export async function incrementProgress(deps: EditCommandDeps, arg?: unknown): Promise<void> {
  const target = await resolveKeyResult(deps, arg, vscode.l10n.t('Which key result goes up by one?'), (kr) => incrementEdit(kr).ok);
  if (target === undefined) {
    return;
  }
  const { keyResult: kr } = target;
  const edit = incrementEdit(kr);
  if (!edit.ok) {
    await deps.prompts.showInfo(edit.message);
    return;
  }
  try {
    // Optimistic and quick: the tree shows the new value at once, so no progress notification.
    await deps.store.editKeyResult(kr.id, edit.value);
    deps.log.info(`Stepped key result ${kr.id} to ${String(edit.value.stepsCurrent)}.`);
  } catch (error) {
    deps.errors.report({
      action: vscode.l10n.t('Could not update the progress of {0}', quote(kr.name)),
      error,
      retry: rerun(EDIT_COMMANDS.incrementProgress, { goalId: kr.goalId, keyResultId: kr.id }),
    });
  }
}
