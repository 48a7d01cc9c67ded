/**
 * Hover text for goals and key results. Every piece of text from the API goes
 * through escapeMarkdown and the MarkdownString is neither trusted nor allowed
 * HTML, so markup in a goal name shows as text and cannot run.
 */
import * as vscode from 'vscode';
import { escapeMarkdown, formatDueDate, formatKeyResultProgress, formatPercent, plainText, progressBar } from '../../core/domain/format';
import { goalProgress, keyResultProgress } from '../../core/domain/progress';
import type { Goal, KeyResult, ProgressAction, User } from '../../core/domain/types';
import { formatAge } from '../relativeTime';
import { displayLocale } from '../displayLanguage';

/** Finds a person's name by user id (Workspace members, goal owners and members). */
export type PeopleLookup = (userId: number) => string | undefined;

const DESCRIPTION_LIMIT = 600;

function markdown(): vscode.MarkdownString {
  const text = new vscode.MarkdownString('', false);
  text.isTrusted = false;
  text.supportHtml = false;
  return text;
}

function names(users: readonly User[]): string {
  return users.map((user) => escapeMarkdown(plainText(user.username || user.email, 60))).join(', ');
}

function progressLine(fraction: number): string {
  return `\`${progressBar(fraction)}\` ${formatPercent(fraction, displayLocale())}`;
}

function latestLine(action: ProgressAction, people: PeopleLookup, nowMs: number, keyResultName?: string): string {
  const who = action.userId === null ? undefined : people(action.userId);
  const note = plainText(action.note, 300);
  const parts = [note === '' ? vscode.l10n.t('(no note)') : `“${escapeMarkdown(note)}”`];
  if (who !== undefined) {
    parts.push(vscode.l10n.t('by {0}', escapeMarkdown(plainText(who, 60))));
  }
  if (action.dateModified !== null) {
    parts.push(formatAge(action.dateModified, nowMs));
  }
  if (keyResultName !== undefined) {
    parts.push(vscode.l10n.t('on {0}', escapeMarkdown(plainText(keyResultName, 80))));
  }
  return `**${vscode.l10n.t('Latest progress:')}** ${parts.join(' · ')}`;
}

function latestAction(keyResults: readonly KeyResult[]): { action: ProgressAction; keyResult: KeyResult } | undefined {
  let latest: { action: ProgressAction; keyResult: KeyResult } | undefined;
  for (const keyResult of keyResults) {
    const action = keyResult.lastAction;
    if (action !== null && (latest === undefined || (action.dateModified ?? 0) > (latest.action.dateModified ?? 0))) {
      latest = { action, keyResult };
    }
  }
  return latest;
}

export function goalTooltip(
  goal: Goal,
  keyResults: readonly KeyResult[] | undefined,
  people: PeopleLookup,
  nowMs: number,
): vscode.MarkdownString {
  const text = markdown();
  text.appendMarkdown(`**${escapeMarkdown(plainText(goal.name, 200))}**\n\n`);
  const description = goal.description.trim();
  if (description !== '') {
    const clipped = description.length > DESCRIPTION_LIMIT ? `${description.slice(0, DESCRIPTION_LIMIT)}…` : description;
    text.appendMarkdown(`${escapeMarkdown(clipped)}\n\n`);
  }
  const lines: string[] = [];
  if (goal.owners.length > 0) {
    lines.push(`**${vscode.l10n.t('Owners:')}** ${names(goal.owners)}`);
  }
  const due = formatDueDate(goal.dueDate, nowMs, displayLocale());
  if (due.absolute !== '') {
    const overdue = due.overdue ? ` — ${vscode.l10n.t('overdue')}` : '';
    lines.push(`**${vscode.l10n.t('Due:')}** ${escapeMarkdown(due.absolute)} (${escapeMarkdown(due.relative)})${overdue}`);
  }
  const fraction = goalProgress(keyResults === undefined ? goal : { ...goal, keyResults: [...keyResults] });
  lines.push(`**${vscode.l10n.t('Progress:')}** ${progressLine(fraction)}`);
  const latest = keyResults === undefined ? undefined : latestAction(keyResults);
  if (latest !== undefined) {
    lines.push(latestLine(latest.action, people, nowMs, latest.keyResult.name));
  }
  text.appendMarkdown(lines.join('  \n'));
  return text;
}

function typeName(kr: KeyResult): string {
  switch (kr.type) {
    case 'number':
      return vscode.l10n.t('Number');
    case 'currency':
      return vscode.l10n.t('Currency');
    case 'percentage':
      return vscode.l10n.t('Percentage');
    case 'boolean':
      return vscode.l10n.t('True/False');
    case 'automatic':
      return vscode.l10n.t('Tasks');
    default:
      return plainText(kr.rawType, 40) || vscode.l10n.t('Unknown');
  }
}

export function keyResultTooltip(kr: KeyResult, people: PeopleLookup, nowMs: number): vscode.MarkdownString {
  const text = markdown();
  text.appendMarkdown(`**${escapeMarkdown(plainText(kr.name, 200))}**\n\n`);
    const lines = [
    `**${vscode.l10n.t('Type:')}** ${escapeMarkdown(typeName(kr))} · ${escapeMarkdown(formatKeyResultProgress(kr, displayLocale()))}`,
    `**${vscode.l10n.t('Progress:')}** ${progressLine(keyResultProgress(kr))}`,
  ];
  if (kr.owners.length > 0) {
    lines.push(`**${vscode.l10n.t('Owners:')}** ${names(kr.owners)}`);
  }
  if (kr.lastAction !== null) {
    lines.push(latestLine(kr.lastAction, people, nowMs));
  }
  text.appendMarkdown(lines.join('  \n'));
  return text;
}
