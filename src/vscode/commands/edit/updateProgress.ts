/**
 * "Update Progress": the current value prefilled with its range shown, checked
 * as a number in range while the user types, then an optional note sent with
 * it. A true/false key result is asked done / not done instead. The store
 * shows the new value at once and rolls it back if ClickUp refuses it.
 */
import * as vscode from 'vscode';
import type { KeyResult } from '../../../core/domain/types';
import { AnswerMemory } from '../../../core/forms/answerMemory';
import type { ProgressAnswers } from '../../../core/forms/progressForm';
import { buildProgressEdit, checkProgressValue, describeRange, manualUpdateRefusal, newProgressAnswers } from '../../../core/forms/progressForm';
import type { FlowStep } from '../../../core/forms/stepFlow';
import { runFlow } from '../../../core/forms/stepFlow';
import type { Prompts } from '../../input/prompts';
import { questionStep } from '../../input/steps';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import { quote, rerun, sendWithProgress } from './sending';
import { resolveKeyResult } from './targets';
import { displayLocale } from '../../displayLanguage';

function progressSteps(prompts: Prompts, kr: KeyResult): FlowStep<ProgressAnswers>[] {
  const value: FlowStep<ProgressAnswers> =
    kr.type === 'boolean'
      ? questionStep({
          id: 'value',
          ask: (frame, a) =>
            prompts.pick<string>({
              frame,
              placeholder: vscode.l10n.t('Is it done?'),
              items: [
                { label: vscode.l10n.t('Done'), icon: 'pass-filled', value: '1' },
                { label: vscode.l10n.t('Not done'), icon: 'circle-large-outline', value: '0' },
              ],
              active: (choice) => choice === (a.value === '1' ? '1' : '0'),
            }),
          write: (a, chosen) => ({ ...a, value: chosen }),
        })
      : questionStep({
          id: 'value',
          ask: (frame, a) =>
            prompts.input({ frame, prompt: describeRange(kr, displayLocale()), value: a.value, validate: (text) => checkProgressValue(text, kr, displayLocale()) }),
          write: (a, text) => ({ ...a, value: text }),
        });
  const note = questionStep<ProgressAnswers, string>({
    id: 'note',
    ask: (frame, a) =>
      prompts.input({
        frame,
        prompt: vscode.l10n.t('A note for this update (optional; press Enter to skip)'),
        placeholder: vscode.l10n.t('e.g. Signed two new customers'),
        value: a.note,
      }),
    write: (a, text) => ({ ...a, note: text }),
  });
  return [value, note];
}

export class UpdateProgressCommand {
  private readonly memory = new AnswerMemory<ProgressAnswers>();

  constructor(private readonly deps: EditCommandDeps) {}

  async run(arg?: unknown): Promise<void> {
    const { deps } = this;
    const target = await resolveKeyResult(deps, arg, vscode.l10n.t('Which key result has progressed?'), (kr) =>
      manualUpdateRefusal(kr) === undefined,
    );
    if (target === undefined) {
      return;
    }
    const { keyResult: kr } = target;
    const refusal = manualUpdateRefusal(kr);
    if (refusal !== undefined) {
      await deps.prompts.showInfo(refusal);
      return;
    }
    const start = this.memory.recall(kr.id) ?? newProgressAnswers(kr, displayLocale());
    const result = await runFlow(vscode.l10n.t('Update Progress of {0}', quote(kr.name)), progressSteps(deps.prompts, kr), start);
    if (result.kind === 'cancelled') {
      return;
    }
    const edit = buildProgressEdit(result.answers, kr, displayLocale());
    if (!edit.ok) {
      this.memory.remember(kr.id, result.answers);
      await deps.prompts.showInfo(edit.message);
      return;
    }
    try {
      await sendWithProgress(vscode.l10n.t('Updating {0}…', quote(kr.name)), () => deps.store.editKeyResult(kr.id, edit.value));
      this.memory.forget(kr.id);
      deps.log.info(`Updated the progress of key result ${kr.id}.`);
    } catch (error) {
      this.memory.remember(kr.id, result.answers);
      deps.errors.report({
        action: vscode.l10n.t('Could not update the progress of {0}', quote(kr.name)),
        error,
        retry: rerun(EDIT_COMMANDS.updateProgress, { goalId: kr.goalId, keyResultId: kr.id }),
      });
    }
  }
}
