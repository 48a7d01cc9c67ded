/**
 * The questions of Add Key Result, as steps: name; type; then what the type
 * needs (currency unit, start and target, linked tasks or lists); owners.
 * Each prefills the answer given so far and checks while the user types.
 */
import * as vscode from 'vscode';
import type { KeyResultAnswers, LinkKind, NewKeyResultType } from '../../../core/forms/keyResultForm';
import {
  CURRENCY_UNITS,
  keyResultTypeChoices,
  checkIds,
  checkKeyResultName,
  checkStart,
  checkTarget,
  checkUnit,
  needsLinks,
  needsRange,
  needsUnit,
  withType,
} from '../../../core/forms/keyResultForm';
import type { FlowStep } from '../../../core/forms/stepFlow';
import type { PromptFrame, PromptResult, Prompts } from '../../input/prompts';
import { questionStep } from '../../input/steps';
import type { OwnerChoices } from './ownerQuestion';
import { askOwners } from './ownerQuestion';
import { displayLocale } from '../../displayLanguage';

const OTHER = '';

/** €, $, £ or "Other…", which asks for the unit as text (Back returns to the list). */
async function askUnit(prompts: Prompts, frame: PromptFrame, answers: KeyResultAnswers): Promise<PromptResult<{ unit: string; custom: boolean }>> {
  for (;;) {
    const choice = await prompts.pick<string>({
      frame,
      placeholder: vscode.l10n.t('Currency'),
      items: [
        ...CURRENCY_UNITS.map((unit) => ({ label: unit, icon: 'credit-card', value: unit })),
        { label: vscode.l10n.t('Other…'), description: answers.customUnit ? answers.unit : undefined, icon: 'edit', value: OTHER },
      ],
      active: (value) => (answers.customUnit ? value === OTHER : value === answers.unit),
    });
    if (choice.kind !== 'value') {
      return choice;
    }
    if (choice.value !== OTHER) {
      return { kind: 'value', value: { unit: choice.value, custom: false } };
    }
    const typed = await prompts.input({
      frame: frame === undefined ? undefined : { ...frame, canGoBack: true },
      prompt: vscode.l10n.t('The currency, as a symbol or a code (e.g. CHF, ¥)'),
      value: answers.customUnit ? answers.unit : '',
      validate: checkUnit,
    });
    if (typed.kind === 'value') {
      return { kind: 'value', value: { unit: typed.value.trim(), custom: true } };
    }
    if (typed.kind === 'cancel') {
      return typed;
    }
  }
}

function rangeUnit(a: Readonly<KeyResultAnswers>): string {
  if (a.type === 'percentage') return ' (%)';
  return a.type === 'currency' && a.unit !== '' ? ` (${a.unit})` : '';
}

export function keyResultSteps(prompts: Prompts, owners: OwnerChoices): FlowStep<KeyResultAnswers>[] {
  return [
    questionStep({
      id: 'name',
      ask: (frame, a) =>
        prompts.input({ frame, prompt: vscode.l10n.t('The key result’s name'), placeholder: vscode.l10n.t('e.g. Paying customers'), value: a.name, validate: checkKeyResultName }),
      write: (a, name) => ({ ...a, name }),
    }),
    questionStep({
      id: 'type',
      ask: (frame, a) =>
        prompts.pick<NewKeyResultType>({
          frame,
          placeholder: vscode.l10n.t('How is it measured?'),
          items: keyResultTypeChoices().map((choice) => ({ label: choice.label, detail: choice.detail, icon: choice.icon, value: choice.type })),
          active: (type) => type === a.type,
        }),
      write: (a, type) => withType(a, type),
    }),
    questionStep({
      id: 'unit',
      applies: (a) => needsUnit(a.type),
      ask: (frame, a) => askUnit(prompts, frame, a),
      write: (a, choice) => ({ ...a, unit: choice.unit, customUnit: choice.custom }),
    }),
    questionStep({
      id: 'start',
      applies: (a) => needsRange(a.type),
      ask: (frame, a) =>
        prompts.input({ frame, prompt: vscode.l10n.t('Start value{0}', rangeUnit(a)), value: a.start, validate: (text) => checkStart(text, a.type, displayLocale()) }),
      write: (a, start) => ({ ...a, start }),
    }),
    questionStep({
      id: 'target',
      applies: (a) => needsRange(a.type),
      ask: (frame, a) =>
        prompts.input({ frame, prompt: vscode.l10n.t('Target value{0}', rangeUnit(a)), value: a.target, validate: (text) => checkTarget(text, a, displayLocale()) }),
      write: (a, target) => ({ ...a, target }),
    }),
    questionStep({
      id: 'linkKind',
      applies: (a) => needsLinks(a.type),
      ask: (frame, a) =>
        prompts.pick<LinkKind>({
          frame,
          placeholder: vscode.l10n.t('What does it follow?'),
          items: [
            { label: vscode.l10n.t('Tasks'), detail: vscode.l10n.t('Done when the linked tasks are done'), icon: 'tasklist', value: 'tasks' },
            { label: vscode.l10n.t('Lists'), detail: vscode.l10n.t('Follows every task in the linked lists'), icon: 'list-unordered', value: 'lists' },
          ],
          active: (kind) => kind === a.linkKind,
        }),
      write: (a, linkKind) => ({ ...a, linkKind }),
    }),
    questionStep({
      id: 'ids',
      applies: (a) => needsLinks(a.type),
      ask: (frame, a) =>
        prompts.input({
          frame,
          prompt:
            a.linkKind === 'tasks'
              ? vscode.l10n.t('Task ids or links, separated by commas or spaces')
              : vscode.l10n.t('List ids or links, separated by commas or spaces'),
          placeholder: a.linkKind === 'tasks' ? '86abc12, 86abc13' : '901234',
          value: a.ids,
          validate: checkIds,
        }),
      write: (a, ids) => ({ ...a, ids }),
    }),
    questionStep({
      id: 'owners',
      applies: () => owners.members.length > 0,
      ask: (frame, a) => askOwners(prompts, frame, owners, a.ownerIds),
      write: (a, ownerIds) => ({ ...a, ownerIds }),
    }),
  ];
}
