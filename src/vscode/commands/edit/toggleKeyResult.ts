/**
 * The checkbox of a true/false key result in the Goals view: ticking sends
 * "done" (1), unticking "not done" (0). The store shows it at once and rolls
 * it back (the box unticks again) if ClickUp refuses it.
 */
import * as vscode from 'vscode';
import { booleanEdit } from '../../../core/forms/progressForm';
import type { EditCommandDeps } from './editDeps';
import { quote } from './sending';

export async function setKeyResultDone(deps: EditCommandDeps, keyResultId: string, done: boolean): Promise<void> {
  const found = deps.store.findKeyResult(keyResultId);
  if (found === undefined || found.keyResult.type !== 'boolean') {
    return;
  }
  const kr = found.keyResult;
  try {
    await deps.store.editKeyResult(kr.id, booleanEdit(done));
    deps.log.info(`Marked key result ${kr.id} ${done ? 'done' : 'not done'}.`);
  } catch (error) {
    deps.errors.report({
      action: done
        ? vscode.l10n.t('Could not mark {0} done', quote(kr.name))
        : vscode.l10n.t('Could not mark {0} not done', quote(kr.name)),
      error,
      retry: () => void setKeyResultDone(deps, keyResultId, done),
    });
  }
}
