/**
 * The questions about a goal's fields, shared by Create Goal (as steps) and
 * Edit Goal (from its menu). Each prefills the value given and checks while
 * the user types; none sends anything.
 */
import * as vscode from 'vscode';
import { checkDueDate, checkGoalName, checkHexColor } from '../../../core/forms/goalForm';
import { clickUpGoalColors } from '../../../core/domain/validate';
import type { PromptFrame, PromptResult, Prompts } from '../../input/prompts';
import { displayLocale } from '../../displayLanguage';

export function askGoalName(prompts: Prompts, frame: PromptFrame, value: string): Promise<PromptResult<string>> {
  return prompts.input({
    frame,
    prompt: vscode.l10n.t('The goal’s name'),
    placeholder: vscode.l10n.t('e.g. Grow revenue in Q3'),
    value,
    validate: checkGoalName,
  });
}

/** The typed text is kept as typed ("end of quarter"); the message shows the date it means. */
export function askDueDate(prompts: Prompts, frame: PromptFrame, value: string, nowMs: () => number): Promise<PromptResult<string>> {
  return prompts.input({
    frame,
    prompt: vscode.l10n.t('Due date: a date such as 2027-03-31, or a phrase such as “end of quarter” or “in 6 weeks”'),
    placeholder: vscode.l10n.t('end of quarter'),
    value,
    validate: (text) => checkDueDate(text, nowMs(), displayLocale()),
  });
}

export function askDescription(prompts: Prompts, frame: PromptFrame, value: string): Promise<PromptResult<string>> {
  return prompts.input({
    frame,
    prompt: vscode.l10n.t('Description (optional; press Enter to leave it empty)'),
    placeholder: vscode.l10n.t('Why this goal matters'),
    value,
  });
}

export interface ColorAnswer {
  color: string;
  custom: boolean;
}

const CUSTOM = 'custom';

/** ClickUp's palette plus "Custom hex…", which asks for a hex value (Back returns to the palette). */
export async function askColor(prompts: Prompts, frame: PromptFrame, current: ColorAnswer): Promise<PromptResult<ColorAnswer>> {
  for (;;) {
    const paletteHit = clickUpGoalColors().some((entry) => entry.hex === current.color.toLowerCase());
    const choice = await prompts.pick<string>({
      frame,
      placeholder: vscode.l10n.t('Colour'),
      items: [
        ...clickUpGoalColors().map((entry) => ({ label: entry.name, description: entry.hex, icon: 'circle-filled', value: entry.hex })),
        {
          label: vscode.l10n.t('Custom hex…'),
          description: current.custom || (!paletteHit && current.color !== '') ? current.color : undefined,
          icon: 'symbol-color',
          value: CUSTOM,
        },
      ],
      active: (value) => (current.custom || (!paletteHit && current.color !== '') ? value === CUSTOM : value === current.color.toLowerCase()),
    });
    if (choice.kind !== 'value') {
      return choice;
    }
    if (choice.value !== CUSTOM) {
      return { kind: 'value', value: { color: choice.value, custom: false } };
    }
    const typed = await prompts.input({
      frame: frame === undefined ? undefined : { ...frame, canGoBack: true },
      prompt: vscode.l10n.t('A hex colour, such as #7b68ee'),
      placeholder: '#7b68ee',
      value: current.color,
      validate: checkHexColor,
    });
    if (typed.kind === 'value') {
      return { kind: 'value', value: { color: typed.value.trim(), custom: true } };
    }
    if (typed.kind === 'cancel') {
      return typed;
    }
  }
}
