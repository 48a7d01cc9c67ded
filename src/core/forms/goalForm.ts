/**
 * The Create Goal form without any UI: its answers as typed, the checks each
 * step runs while the user types, and the request body built from the answers
 * at the very end (nothing is sent before that).
 */
import * as l10n from '@vscode/l10n';
import type { CreateGoalInput } from '../domain/types';
import type { Validation } from '../domain/validate';
import { validateDueDate, validateHexColor, validateName } from '../domain/validate';
import type { Feedback } from './feedback';
import { feedbackOf } from './feedback';

export interface GoalAnswers {
  name: string;
  /** As typed: "2027-03-31", "end of quarter", "in 6 weeks"… read again when the request is built. */
  due: string;
  description: string;
  ownerIds: number[];
  /** "#rrggbb" from the palette or typed; "" before a colour is chosen. */
  color: string;
  /** True when the user chose "Custom hex…" rather than a palette colour. */
  customColor: boolean;
}

/** A fresh form; the signed-in user is the preselected owner. */
export function newGoalAnswers(signedInUserId: number | null): GoalAnswers {
  return {
    name: '',
    due: '',
    description: '',
    ownerIds: signedInUserId === null ? [] : [signedInUserId],
    color: '',
    customColor: false,
  };
}

export function checkGoalName(text: string): Feedback | undefined {
  return feedbackOf(validateName(text, l10n.t('The goal name')));
}

/** Shows back the date a phrase means: "Due Wed, Mar 31, 2027". */
export function checkDueDate(text: string, nowMs: number, locale?: string): Feedback | undefined {
  return feedbackOf(validateDueDate(text, nowMs, locale), (due) => l10n.t('Due {0}', due.label));
}

export function checkHexColor(text: string): Feedback | undefined {
  return feedbackOf(validateHexColor(text), (hex) => l10n.t('Colour {0}', hex));
}

/** The body of POST /team/{id}/goal, or the first answer that needs fixing. */
export function buildCreateGoalInput(answers: GoalAnswers, nowMs: number, locale?: string): Validation<CreateGoalInput> {
  const name = validateName(answers.name, l10n.t('The goal name'));
  if (!name.ok) {
    return name;
  }
  const due = validateDueDate(answers.due, nowMs, locale);
  if (!due.ok) {
    return due;
  }
  const color = answers.color === '' ? null : validateHexColor(answers.color);
  if (color !== null && !color.ok) {
    return color;
  }
  const owners = [...new Set(answers.ownerIds)];
  return {
    ok: true,
    value: {
      name: name.value,
      dueDate: due.value.ms,
      description: answers.description.trim(),
      multipleOwners: owners.length > 1,
      owners,
      color: color?.value ?? '',
    },
  };
}
