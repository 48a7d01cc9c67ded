/**
 * Updating a key result's progress without any UI: what the value box shows
 * (prefill and range), the check it runs while the user types, and the edit
 * sent at the end — also for the "+1" action and the checkbox of a true/false
 * key result.
 */
import * as l10n from '@vscode/l10n';
import { formatCurrency, formatNumber, percentText, plainText } from '../domain/format';
import type { EditKeyResultInput, KeyResult } from '../domain/types';
import type { Validation } from '../domain/validate';
import { formatNumberInput, parseNumberInput, validateCurrentValue } from '../domain/validate';
import type { Feedback } from './feedback';
import { feedbackOf } from './feedback';

export interface ProgressAnswers {
  value: string;
  note: string;
}

/** A name from the API, made safe and short for a message. */
function quoted(name: string): string {
  return plainText(name, 60);
}

type Progressable = Pick<KeyResult, 'name' | 'type' | 'stepsStart' | 'stepsEnd' | 'stepsCurrent' | 'unit'>;

/** How a value of this key result reads: "€250,000", "45%", "30". */
export function formatValue(kr: Pick<KeyResult, 'type' | 'unit'>, value: number, locale?: string): string {
  if (kr.type === 'currency') {
    return formatCurrency(value, kr.unit, locale);
  }
  return kr.type === 'percentage' ? percentText(value, locale) : formatNumber(value, locale);
}

/** The value box starts at the current value, as a plain number the parser reads back in the display language. */
export function newProgressAnswers(kr: Progressable, locale?: string): ProgressAnswers {
  const value = formatNumberInput(kr.stepsCurrent, locale);
  return { value, note: '' };
}

/** "From 0 to 50; now 30." (shown under the value box). */
export function describeRange(kr: Progressable, locale?: string): string {
  const [start, end, now] = [kr.stepsStart, kr.stepsEnd, kr.stepsCurrent].map((value) => formatValue(kr, value, locale));
  return l10n.t('From {0} to {1}; now {2}.', start, end, now);
}

/** Why this key result cannot be updated by hand, or undefined when it can. */
export function manualUpdateRefusal(kr: Pick<KeyResult, 'name' | 'type'>): string | undefined {
  if (kr.type === 'automatic') {
    return l10n.t('“{0}” follows its linked tasks; its progress changes as they are completed.', quoted(kr.name));
  }
  return kr.type === 'unknown' ? l10n.t('“{0}” is of a kind this extension cannot update.', quoted(kr.name)) : undefined;
}

export function readProgressValue(text: string, kr: Progressable, locale?: string): Validation<number> {
  const number = parseNumberInput(text, locale);
  return number.ok ? validateCurrentValue(number.value, kr, locale) : number;
}

/**
 * Live check: refuses values out of range; for an accepted value shows what it
 * means with the range, since the message replaces the prompt under the box.
 */
export function checkProgressValue(text: string, kr: Progressable, locale?: string): Feedback | undefined {
  const [start, end, now] = [kr.stepsStart, kr.stepsEnd, kr.stepsCurrent].map((value) => formatValue(kr, value, locale));
  return feedbackOf(readProgressValue(text, kr, locale), (value) =>
    l10n.t('Set to {0} (from {1} to {2}; now {3})', formatValue(kr, value, locale), start, end, now));
}

/** The edit sent for the answers; the note goes only when one was written. */
export function buildProgressEdit(answers: ProgressAnswers, kr: Progressable, locale?: string): Validation<EditKeyResultInput> {
  const value = readProgressValue(answers.value, kr, locale);
  if (!value.ok) {
    return value;
  }
  const note = answers.note.trim();
  return { ok: true, value: note === '' ? { stepsCurrent: value.value } : { stepsCurrent: value.value, note } };
}

/**
 * The "+1" action: one step towards the target (down for a decreasing target),
 * never past it.
 */
export function incrementEdit(kr: Progressable): Validation<EditKeyResultInput> {
  if (kr.type !== 'number' && kr.type !== 'currency' && kr.type !== 'percentage') {
    return { ok: false, message: l10n.t('“{0}” is not counted in numbers.', quoted(kr.name)) };
  }
  const direction = kr.stepsEnd >= kr.stepsStart ? 1 : -1;
  if ((kr.stepsEnd - kr.stepsCurrent) * direction <= 0) {
    return { ok: false, message: l10n.t('“{0}” has already reached its target.', quoted(kr.name)) };
  }
  const next = direction > 0 ? Math.min(kr.stepsCurrent + 1, kr.stepsEnd) : Math.max(kr.stepsCurrent - 1, kr.stepsEnd);
  return { ok: true, value: { stepsCurrent: next } };
}

/** The checkbox of a true/false key result. */
export function booleanEdit(done: boolean): EditKeyResultInput {
  return { stepsCurrent: done ? 1 : 0 };
}
