/**
 * One step of a check-in: the key result's value, prefilled (Enter keeps it),
 * checked as Update Progress checks it, then an optional note when the value
 * changed. A true/false key result is a Done / Not done pick. "Skip" and
 * "Finish" are title-bar buttons, and Alt+S / Alt+F while the step is shown.
 */
import * as vscode from 'vscode';
import type { CheckInAnswer } from '../../../core/checkIn/checkInRun';
import { readCheckInValue } from '../../../core/checkIn/checkInRun';
import type { KeyResult } from '../../../core/domain/types';
import type { Feedback } from '../../../core/forms/feedback';
import { errorFeedback, infoFeedback } from '../../../core/forms/feedback';
import { formatValue } from '../../../core/forms/progressForm';
import type { PromptAction, PromptFrame, Prompts } from '../../input/prompts';
import { displayLocale } from '../../displayLanguage';
import { formatNumberInput } from '../../../core/domain/numberInput';

export const CHECK_IN_ACTIONS = { skip: 'checkIn.skip', finish: 'checkIn.finish' } as const;

function actions(): PromptAction[] {
  return [
    { id: CHECK_IN_ACTIONS.skip, icon: 'debug-step-over', tooltip: vscode.l10n.t('Skip (Alt+S)') },
    { id: CHECK_IN_ACTIONS.finish, icon: 'check-all', tooltip: vscode.l10n.t('Finish (Alt+F)') },
  ];
}

/** What the user did at a step. */
export type StepReply =
  | { kind: 'answer'; answer: CheckInAnswer }
  | { kind: 'back' }
  /** Ends the pass; with the answer of this step when it was given (Finish at the note). */
  | { kind: 'finish'; answer?: CheckInAnswer }
  | { kind: 'cancel' };

export interface StepQuestion {
  frame: PromptFrame;
  /** The key result as it is now (after any edit already sent). */
  keyResult: KeyResult;
  /** Goal, key result, value, target and pace (checkInStepText). */
  prompt: string;
  /** The answer given before (Back, or a retry), to prefill. */
  previous: CheckInAnswer | undefined;
}

function valueFeedback(text: string, kr: KeyResult): Feedback | undefined {
  const read = readCheckInValue(text, kr, displayLocale());
  if (!read.ok) {
    return errorFeedback(read.message);
  }
  // Keeping shows the step's own prompt (goal, target, pace); a change says what it will be.
  return read.value.kind === 'keep' ? undefined : infoFeedback(vscode.l10n.t('Set to {0}; press Enter, then add a note if you like', formatValue(kr, read.value.value, displayLocale())));
}

type ValueReply = { kind: 'value'; value: number | 'keep' } | Exclude<StepReply, { kind: 'answer' }> | { kind: 'skip' };

async function askValue(prompts: Prompts, q: StepQuestion): Promise<ValueReply> {
  const kr = q.keyResult;
  const result =
    kr.type === 'boolean'
      ? await prompts.pick<number>({
          frame: q.frame,
          placeholder: q.prompt,
          items: [
            { label: vscode.l10n.t('Done'), icon: 'pass-filled', value: 1 },
            { label: vscode.l10n.t('Not done'), icon: 'circle-large-outline', value: 0 },
          ],
          active: (value) => value === (q.previous?.kind === 'set' ? q.previous.value : kr.stepsCurrent >= 1 ? 1 : 0),
          actions: actions(),
        })
      : await prompts.input({
          frame: q.frame,
          prompt: vscode.l10n.t('{0} · Enter keeps it', q.prompt),
          value: formatNumberInput(q.previous?.kind === 'set' ? q.previous.value : kr.stepsCurrent, displayLocale()),
          validate: (text) => valueFeedback(text, kr),
          actions: actions(),
        });
  switch (result.kind) {
    case 'value': {
      const text = typeof result.value === 'number' ? formatNumberInput(result.value, displayLocale()) : result.value;
      const read = readCheckInValue(text, kr, displayLocale());
      return !read.ok || read.value.kind === 'keep' ? { kind: 'value', value: 'keep' } : { kind: 'value', value: read.value.value };
    }
    case 'action':
      return result.id === CHECK_IN_ACTIONS.finish ? { kind: 'finish' } : { kind: 'skip' };
    default:
      return result;
  }
}

/** Asks one key result; Back from the note returns to its value, Back from the value to the previous step. */
export async function askStep(prompts: Prompts, q: StepQuestion): Promise<StepReply> {
  let question = q;
  for (;;) {
    const value = await askValue(prompts, question);
    if (value.kind === 'skip') {
      return { kind: 'answer', answer: { kind: 'skip' } };
    }
    if (value.kind !== 'value') {
      return value;
    }
    if (value.value === 'keep') {
      return { kind: 'answer', answer: { kind: 'keep' } };
    }
    const note = await prompts.input({
      frame: q.frame === undefined ? undefined : { ...q.frame, canGoBack: true },
      prompt: vscode.l10n.t('A note for this update (optional; press Enter to skip)'),
      placeholder: vscode.l10n.t('e.g. Signed two new customers'),
      value: question.previous?.kind === 'set' ? question.previous.note : '',
      actions: actions(),
    });
    switch (note.kind) {
      case 'value':
        return { kind: 'answer', answer: { kind: 'set', value: value.value, note: note.value } };
      case 'back':
        // Back from the note shows the value just typed, not the value before it.
        question = { ...question, previous: { kind: 'set', value: value.value, note: '' } };
        continue;
      case 'action':
        // Skip leaves this key result as it was; Finish sends the value typed (without a note) and ends the pass.
        return note.id === CHECK_IN_ACTIONS.finish
          ? { kind: 'finish', answer: { kind: 'set', value: value.value, note: '' } }
          : { kind: 'answer', answer: { kind: 'skip' } };
      default:
        return note;
    }
  }
}
