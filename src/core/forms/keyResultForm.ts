/**
 * The Add Key Result form without any UI: which questions each type needs,
 * the checks they run while the user types, and the request body built at the end.
 */
import * as l10n from '@vscode/l10n';
import type { CreateKeyResultInput, KeyResultType } from '../domain/types';
import type { Validation } from '../domain/validate';
import { parseNumberInput, validateIdList, validateName, validatePercentage, validateStartTarget } from '../domain/validate';
import type { Feedback } from './feedback';
import { errorFeedback, feedbackOf } from './feedback';

export type NewKeyResultType = Exclude<KeyResultType, 'unknown'>;

export interface KeyResultTypeChoice {
  type: NewKeyResultType;
  label: string;
  detail: string;
  icon: string;
}

/** Built on each call, not at load: the labels are translated, and translations are set up on activation. */
export function keyResultTypeChoices(): readonly KeyResultTypeChoice[] {
  return [
    { type: 'number', label: l10n.t('Number'), detail: l10n.t('Count towards a target, e.g. 30 of 50 customers'), icon: 'symbol-numeric' },
    { type: 'currency', label: l10n.t('Currency'), detail: l10n.t('An amount of money, e.g. €250,000 of €1,000,000'), icon: 'credit-card' },
    { type: 'percentage', label: l10n.t('Percentage'), detail: l10n.t('A percentage, e.g. from 20% to 80%'), icon: 'pie-chart' },
    { type: 'boolean', label: l10n.t('True / False'), detail: l10n.t('Done or not done'), icon: 'symbol-boolean' },
    { type: 'automatic', label: l10n.t('Automatic (tasks)'), detail: l10n.t('Follows linked tasks or lists as they are completed'), icon: 'tasklist' },
  ];
}

/** Units offered for currency key results; anything else can be typed. */
export const CURRENCY_UNITS: readonly string[] = ['€', '$', '£'];

export type LinkKind = 'tasks' | 'lists';

export interface KeyResultAnswers {
  name: string;
  type: NewKeyResultType;
  unit: string;
  customUnit: boolean;
  start: string;
  target: string;
  linkKind: LinkKind;
  /** Task or list ids (or pasted links) as typed. */
  ids: string;
  ownerIds: number[];
}

export function newKeyResultAnswers(signedInUserId: number | null): KeyResultAnswers {
  return {
    name: '',
    type: 'number',
    unit: '',
    customUnit: false,
    start: '0',
    target: '',
    linkKind: 'tasks',
    ids: '',
    ownerIds: signedInUserId === null ? [] : [signedInUserId],
  };
}

export function needsRange(type: NewKeyResultType): boolean {
  return type === 'number' || type === 'currency' || type === 'percentage';
}

export function needsUnit(type: NewKeyResultType): boolean {
  return type === 'currency';
}

export function needsLinks(type: NewKeyResultType): boolean {
  return type === 'automatic';
}

/** Picking another type resets the range to that type's sensible default. */
export function withType(answers: KeyResultAnswers, type: NewKeyResultType): KeyResultAnswers {
  if (answers.type === type) {
    return answers;
  }
  const range = type === 'percentage' ? { start: '0', target: '100' } : { start: '0', target: '' };
  return { ...answers, type, ...range };
}

export function checkKeyResultName(text: string): Feedback | undefined {
  return feedbackOf(validateName(text, l10n.t('The key result name')));
}

function readValue(text: string, type: NewKeyResultType, locale: string | undefined): Validation<number> {
  const number = parseNumberInput(text, locale);
  return number.ok && type === 'percentage' ? validatePercentage(number.value) : number;
}

export function checkStart(text: string, type: NewKeyResultType, locale?: string): Feedback | undefined {
  return feedbackOf(readValue(text, type, locale));
}

export function checkTarget(text: string, answers: Pick<KeyResultAnswers, 'start' | 'type'>, locale?: string): Feedback | undefined {
  const range = readRange(answers.start, text, answers.type, locale);
  if (!range.ok && !readValue(answers.start, answers.type, locale).ok) {
    // The start was fine when it was accepted; only a target problem can block here.
    return errorFeedback(l10n.t('Go back and fix the start value.'));
  }
  return feedbackOf(range);
}

export function checkUnit(text: string): Feedback | undefined {
  const unit = text.trim();
  if (unit === '') {
    return errorFeedback(l10n.t('Enter a currency, like € or CHF.'));
  }
  return unit.length > 10 ? errorFeedback(l10n.t('Keep the currency to 10 characters or fewer.')) : undefined;
}

export function checkIds(text: string): Feedback | undefined {
  return feedbackOf(validateIdList(text), (ids) => (ids.length === 1 ? l10n.t('1 id') : l10n.t('{0} ids', ids.length)));
}

function readRange(start: string, target: string, type: NewKeyResultType, locale: string | undefined): Validation<{ start: number; target: number }> {
  const from = readValue(start, type, locale);
  if (!from.ok) {
    return from;
  }
  const to = readValue(target, type, locale);
  return to.ok ? validateStartTarget(from.value, to.value) : to;
}

/** The body of POST /goal/{id}/key_result, or the first answer that needs fixing. */
export function buildCreateKeyResultInput(answers: KeyResultAnswers, locale?: string): Validation<CreateKeyResultInput> {
  const name = validateName(answers.name, l10n.t('The key result name'));
  if (!name.ok) {
    return name;
  }
  const input: CreateKeyResultInput = {
    name: name.value,
    type: answers.type,
    owners: [...new Set(answers.ownerIds)],
    stepsStart: 0,
    stepsEnd: 1,
    unit: '',
    taskIds: [],
    listIds: [],
  };
  if (needsRange(answers.type)) {
    const range = readRange(answers.start, answers.target, answers.type, locale);
    if (!range.ok) {
      return range;
    }
    input.stepsStart = range.value.start;
    input.stepsEnd = range.value.target;
  }
  if (needsUnit(answers.type)) {
    const problem = checkUnit(answers.unit);
    if (problem !== undefined) {
      return { ok: false, message: problem.message };
    }
    input.unit = answers.unit.trim();
  }
  if (needsLinks(answers.type)) {
    const ids = validateIdList(answers.ids);
    if (!ids.ok) {
      return ids;
    }
    // An automatic key result counts its linked tasks; ClickUp works out the total itself.
    input.stepsStart = 0;
    input.stepsEnd = answers.linkKind === 'tasks' ? ids.value.length : 0;
    input[answers.linkKind === 'tasks' ? 'taskIds' : 'listIds'] = ids.value;
  }
  return { ok: true, value: input };
}
