/**
 * Which goal or key result a command acts on: the clicked tree item when there
 * is one, else the user chooses with a searchable picker (goal, then key result).
 */
import * as vscode from 'vscode';
import { formatKeyResultProgress, plainText } from '../../../core/domain/format';
import type { Goal, KeyResult } from '../../../core/domain/types';
import { describeError } from '../../log/logger';
import type { EditCommandDeps } from './editDeps';
import { goalIdOf, keyResultIdOf, resolveGoal } from '../goalArgument';
import { loadWithProgress, quote } from './sending';
import { displayLocale } from '../../displayLanguage';

export interface KeyResultTarget {
  goal: Goal;
  keyResult: KeyResult;
}

/** Key results of a goal, fetched (with progress) when not cached yet. */
export async function keyResultsOf(deps: EditCommandDeps, goal: Goal): Promise<readonly KeyResult[] | undefined> {
  const cached = deps.store.cachedKeyResults(goal.id);
  if (cached !== undefined) {
    return cached;
  }
  try {
    return await loadWithProgress(vscode.l10n.t('Loading the key results of {0}…', quote(goal.name)), () =>
      deps.store.loadKeyResults(goal.id),
    );
  } catch (error) {
    deps.log.warn(`Could not load key results of goal ${goal.id}: ${describeError(error)}`);
    deps.errors.report({ action: vscode.l10n.t('Could not load the key results of {0}', quote(goal.name)), error });
    return undefined;
  }
}

/**
 * The key result of a tree node, or one chosen in two searchable pickers
 * (goal, then its key results that `accepts`).
 */
export async function resolveKeyResult(
  deps: EditCommandDeps,
  arg: unknown,
  placeholder: string,
  accepts: (kr: KeyResult) => boolean = () => true,
): Promise<KeyResultTarget | undefined> {
  const keyResultId = keyResultIdOf(arg);
  if (keyResultId !== undefined) {
    const found = deps.store.findKeyResult(keyResultId);
    if (found === undefined) {
      await deps.prompts.showInfo(vscode.l10n.t('That key result is no longer in the Goals view; refresh and try again.'));
    }
    return found;
  }
  const goal = await resolveGoal(deps, goalIdOf(arg), vscode.l10n.t('Which goal is the key result in?'));
  if (goal === undefined) {
    return undefined;
  }
  const keyResults = (await keyResultsOf(deps, goal))?.filter(accepts);
  if (keyResults === undefined) {
    return undefined;
  }
  if (keyResults.length === 0) {
    await deps.prompts.showInfo(vscode.l10n.t('{0} has no key results this command can change.', quote(goal.name)));
    return undefined;
  }
  const picked = await deps.prompts.pick({
    frame: undefined,
    placeholder,
    items: keyResults.map((kr) => ({
      label: plainText(kr.name, 80) || kr.id,
      description: formatKeyResultProgress(kr, displayLocale()),
      detail: plainText(goal.name, 80),
      icon: 'symbol-field',
      value: kr,
    })),
  });
  return picked.kind === 'value' ? { goal, keyResult: picked.value } : undefined;
}
