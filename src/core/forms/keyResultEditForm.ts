/**
 * The Edit Key Result form without any UI: name and target, the only fields
 * ClickUp may let change after creation. The service may ignore them silently,
 * so what came back is compared with what was sent.
 */
import * as l10n from '@vscode/l10n';
import { formatNumber } from '../domain/format';
import type { EditKeyResultInput, KeyResult } from '../domain/types';
import type { Validation } from '../domain/validate';
import { parseNumberInput, validateName, validatePercentage, validateStartTarget } from '../domain/validate';

export type KeyResultField = 'name' | 'target';

export interface KeyResultEditAnswers {
  name?: string;
  target?: string;
}

/** True/false and automatic key results have a fixed target. */
export function canEditTarget(kr: Pick<KeyResult, 'type'>): boolean {
  return kr.type === 'number' || kr.type === 'currency' || kr.type === 'percentage';
}

export function readTarget(text: string, kr: Pick<KeyResult, 'type' | 'stepsStart'>, locale?: string): Validation<number> {
  const number = parseNumberInput(text, locale);
  if (!number.ok) return number;
  const inRange = kr.type === 'percentage' ? validatePercentage(number.value) : number;
  if (!inRange.ok) return inRange;
  const range = validateStartTarget(kr.stepsStart, inRange.value);
  return range.ok ? { ok: true, value: range.value.target } : range;
}

/** The edit to send for the changed fields; `{}` when nothing changed. */
export function buildKeyResultEdit(kr: KeyResult, answers: KeyResultEditAnswers, locale?: string): Validation<EditKeyResultInput> {
  const edit: EditKeyResultInput = {};
  if (answers.name !== undefined) {
    const name = validateName(answers.name, l10n.t('The key result name'));
    if (!name.ok) return name;
    if (name.value !== kr.name) edit.name = name.value;
  }
  if (answers.target !== undefined && canEditTarget(kr)) {
    const target = readTarget(answers.target, kr, locale);
    if (!target.ok) return target;
    if (target.value !== kr.stepsEnd) edit.stepsEnd = target.value;
  }
  return { ok: true, value: edit };
}

/** Plain sentences naming each field the service left as it was, e.g. "ClickUp kept the target at 50." */
export function ignoredFields(sent: EditKeyResultInput, returned: KeyResult, locale?: string): string[] {
  const ignored: string[] = [];
  if (sent.name !== undefined && returned.name !== sent.name) {
    ignored.push(l10n.t('ClickUp did not change the name.'));
  }
  if (sent.stepsEnd !== undefined && returned.stepsEnd !== sent.stepsEnd) {
    ignored.push(l10n.t('ClickUp kept the target at {0}.', formatNumber(returned.stepsEnd, locale)));
  }
  return ignored;
}
