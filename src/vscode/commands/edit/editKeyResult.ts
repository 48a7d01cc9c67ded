/**
 * "Edit Key Result": its name and (for number, currency and percentage ones)
 * its target — the fields ClickUp may let change after creation. When the
 * service refuses or ignores a field, the user is told plainly which one.
 */
import * as vscode from 'vscode';
import { formatNumber } from '../../../core/domain/format';
import type { KeyResult } from '../../../core/domain/types';
import { AnswerMemory } from '../../../core/forms/answerMemory';
import type { KeyResultEditAnswers } from '../../../core/forms/keyResultEditForm';
import { buildKeyResultEdit, canEditTarget, ignoredFields, readTarget } from '../../../core/forms/keyResultEditForm';
import { checkKeyResultName } from '../../../core/forms/keyResultForm';
import type { FlowStep } from '../../../core/forms/stepFlow';
import { runFlow } from '../../../core/forms/stepFlow';
import { feedbackOf } from '../../../core/forms/feedback';
import { isClickUpError } from '../../../core/clickup/errors';
import type { Prompts } from '../../input/prompts';
import { questionStep } from '../../input/steps';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import { quote, rerun, sendWithProgress } from './sending';
import { resolveKeyResult } from './targets';
import { displayLocale } from '../../displayLanguage';
import { formatNumberInput } from '../../../core/domain/numberInput';

function editSteps(prompts: Prompts, kr: KeyResult): FlowStep<KeyResultEditAnswers>[] {
  return [
    questionStep({
      id: 'name',
      ask: (frame, a) =>
        prompts.input({ frame, prompt: vscode.l10n.t('The key result’s name'), value: a.name ?? kr.name, validate: checkKeyResultName }),
      write: (a, name) => ({ ...a, name }),
    }),
    questionStep({
      id: 'target',
      applies: () => canEditTarget(kr),
      ask: (frame, a) =>
        prompts.input({
          frame,
          prompt: vscode.l10n.t('Target (starts at {0})', formatNumber(kr.stepsStart, displayLocale())),
          value: a.target ?? formatNumberInput(kr.stepsEnd, displayLocale()),
          validate: (text) => feedbackOf(readTarget(text, kr, displayLocale())),
        }),
      write: (a, target) => ({ ...a, target }),
    }),
  ];
}

export class EditKeyResultCommand {
  private readonly memory = new AnswerMemory<KeyResultEditAnswers>();

  constructor(private readonly deps: EditCommandDeps) {}

  async run(arg?: unknown): Promise<void> {
    const { deps } = this;
    const target = await resolveKeyResult(deps, arg, vscode.l10n.t('Which key result do you want to edit?'));
    if (target === undefined) {
      return;
    }
    const kr = target.keyResult;
    const result = await runFlow(vscode.l10n.t('Edit Key Result {0}', quote(kr.name)), editSteps(deps.prompts, kr), this.memory.recall(kr.id) ?? {});
    if (result.kind === 'cancelled') {
      return;
    }
    const edit = buildKeyResultEdit(kr, result.answers, displayLocale());
    if (!edit.ok) {
      this.memory.remember(kr.id, result.answers);
      await deps.prompts.showInfo(edit.message);
      return;
    }
    if (Object.keys(edit.value).length === 0) {
      return;
    }
    try {
      const saved = await sendWithProgress(vscode.l10n.t('Saving key result {0}…', quote(kr.name)), () =>
        deps.store.editKeyResult(kr.id, edit.value),
      );
      this.memory.forget(kr.id);
      const ignored = ignoredFields(edit.value, saved, displayLocale());
      deps.log.info(`Edited key result ${kr.id}${ignored.length > 0 ? `; ignored by ClickUp: ${ignored.join(' ')}` : ''}.`);
      if (ignored.length > 0) {
        await deps.prompts.showInfo(ignored.join(' '));
      }
    } catch (error) {
      this.memory.remember(kr.id, result.answers);
      const refused = isClickUpError(error) && error.reason === 'badRequest';
      deps.errors.report({
        action: refused
          ? vscode.l10n.t('Could not change the {0} of {1}', describeEdit(edit.value), quote(kr.name))
          : vscode.l10n.t('Could not save key result {0}', quote(kr.name)),
        error,
        retry: rerun(EDIT_COMMANDS.editKeyResult, { goalId: kr.goalId, keyResultId: kr.id }),
      });
    }
  }
}

function describeEdit(edit: { name?: string; stepsEnd?: number }): string {
  const fields = [edit.name === undefined ? undefined : vscode.l10n.t('name'), edit.stepsEnd === undefined ? undefined : vscode.l10n.t('target')];
  return fields.filter((field) => field !== undefined).join(vscode.l10n.t(' and '));
}
