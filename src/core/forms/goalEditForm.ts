/**
 * The Edit Goal form without any UI: the user picks fields to change one at a
 * time from a menu and saves at the end. Untouched fields stay undefined here;
 * the store's buildGoalUpdate sends them with the goal's current values.
 */
import * as l10n from '@vscode/l10n';
import { calendarDayOf } from '../domain/calendar';
import { formatDueDate, plainText } from '../domain/format';
import type { GoalChanges } from '../domain/goalUpdate';
import { missingGoalUpdateFields } from '../domain/goalUpdate';
import type { Goal } from '../domain/types';
import type { Validation } from '../domain/validate';
import { validateDueDate, validateHexColor, validateName } from '../domain/validate';

export type GoalField = 'name' | 'due' | 'description' | 'owners' | 'color';

/** Only the fields the user changed are set. */
export interface GoalEditAnswers {
  name?: string;
  due?: string;
  description?: string;
  /** The whole new set of owners. */
  ownerIds?: number[];
  color?: string;
}

export interface GoalEditMenuEntry {
  field: GoalField;
  label: string;
  icon: string;
  /** The value it will be saved with: the new one when changed, else the current one. */
  value: string;
  changed: boolean;
}

const sameIds = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((id) => b.includes(id));

export function currentOwnerIds(goal: Goal, answers: GoalEditAnswers): number[] {
  return answers.ownerIds ?? goal.owners.map((owner) => owner.id);
}

function sameDay(a: number, b: number | null): boolean {
  if (b === null || !Number.isFinite(b) || b <= 0) return false;
  const [x, y] = [calendarDayOf(a), calendarDayOf(b)];
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

function dueChanged(goal: Goal, due: string | undefined, nowMs: number, locale: string | undefined): boolean {
  if (due === undefined) return false;
  const parsed = validateDueDate(due, nowMs, locale);
  // An unreadable date counts as a change, so Save reports it instead of dropping it.
  return !parsed.ok || !sameDay(parsed.value.ms, goal.dueDate);
}

/** The due date as the edit box shows it first: "2027-03-31", or "" when the goal has none. */
export function dueDateInput(goal: Goal): string {
  if (goal.dueDate === null || !Number.isFinite(goal.dueDate) || goal.dueDate <= 0) return '';
  const day = calendarDayOf(goal.dueDate);
  return `${day.year}-${String(day.month + 1).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** Which fields differ from the goal as it is now (typing the same name or day back is no change). */
export function changedFields(goal: Goal, answers: GoalEditAnswers, nowMs: number, locale?: string): GoalField[] {
  const changed: GoalField[] = [];
  if (answers.name !== undefined && answers.name.trim() !== goal.name) changed.push('name');
  if (dueChanged(goal, answers.due, nowMs, locale)) changed.push('due');
  if (answers.description !== undefined && answers.description.trim() !== goal.description.trim()) changed.push('description');
  if (answers.ownerIds !== undefined && !sameIds(answers.ownerIds, goal.owners.map((o) => o.id))) changed.push('owners');
  if (answers.color !== undefined && answers.color.toLowerCase() !== goal.color.toLowerCase()) changed.push('color');
  return changed;
}

function dueText(goal: Goal, answers: GoalEditAnswers, nowMs: number, locale: string | undefined): string {
  const typed = answers.due;
  if (typed !== undefined && dueChanged(goal, typed, nowMs, locale)) {
    const due = validateDueDate(typed, nowMs, locale);
    return due.ok ? due.value.label : plainText(typed, 40);
  }
  const current = formatDueDate(goal.dueDate, nowMs, locale);
  return current.absolute === '' ? l10n.t('none (needs one)') : current.absolute;
}

/** The menu of fields, each with the value it would be saved with. */
export function goalEditMenu(
  goal: Goal,
  answers: GoalEditAnswers,
  nowMs: number,
  userName: (id: number) => string,
  locale?: string,
): GoalEditMenuEntry[] {
  const changed = new Set(changedFields(goal, answers, nowMs, locale));
  const owners = currentOwnerIds(goal, answers).map(userName);
  const entries: Array<Omit<GoalEditMenuEntry, 'changed'>> = [
    { field: 'name', label: l10n.t('Name'), icon: 'edit', value: plainText(answers.name ?? goal.name, 60) },
    { field: 'due', label: l10n.t('Due date'), icon: 'calendar', value: dueText(goal, answers, nowMs, locale) },
    { field: 'description', label: l10n.t('Description'), icon: 'note', value: plainText(answers.description ?? goal.description, 60) || l10n.t('none') },
    { field: 'owners', label: l10n.t('Owners'), icon: 'person', value: owners.length === 0 ? l10n.t('none') : plainText(owners.join(', '), 60) },
    { field: 'color', label: l10n.t('Colour'), icon: 'symbol-color', value: answers.color ?? (goal.color || l10n.t('none')) },
  ];
  return entries.map((entry) => ({ ...entry, changed: changed.has(entry.field) }));
}

/** What to send as changes, or the first thing that needs fixing before saving. */
export function buildGoalChanges(goal: Goal, answers: GoalEditAnswers, nowMs: number, locale?: string): Validation<GoalChanges> {
  const changes: GoalChanges = {};
  const fields = changedFields(goal, answers, nowMs, locale);
  if (fields.includes('name')) {
    const name = validateName(answers.name ?? '', l10n.t('The goal name'));
    if (!name.ok) return name;
    changes.name = name.value;
  }
  if (fields.includes('due')) {
    const due = validateDueDate(answers.due ?? '', nowMs, locale);
    if (!due.ok) return due;
    changes.dueDate = due.value.ms;
  }
  if (fields.includes('description')) {
    changes.description = (answers.description ?? '').trim();
  }
  if (fields.includes('owners')) {
    const before = goal.owners.map((owner) => owner.id);
    const after = answers.ownerIds ?? before;
    changes.addOwners = after.filter((id) => !before.includes(id));
    changes.removeOwners = before.filter((id) => !after.includes(id));
  }
  if (fields.includes('color')) {
    const color = validateHexColor(answers.color ?? '');
    if (!color.ok) return color;
    changes.color = color.value;
  }
  const missing = missingGoalUpdateFields(goal, changes);
  if (missing.includes('missingDueDate')) {
    return { ok: false, message: l10n.t('ClickUp has no due date for this goal; choose one before saving.') };
  }
  if (missing.includes('missingName')) {
    return { ok: false, message: l10n.t('This goal has no name; give it one before saving.') };
  }
  return { ok: true, value: changes };
}
