/**
 * The report as Markdown, to preview, save or paste: a header with the
 * Workspace, the date and the totals, then one section per folder, each goal
 * with its facts as a list and its key results as a table. Every text from
 * ClickUp is one line (it never starts one: each line begins with the report's
 * own "### ", "- " or "| ") with the characters that make Markdown or HTML
 * backslash-escaped, so a name cannot add a link, an image, emphasis, a
 * heading, an entity or a table cell, and the raw text stays readable.
 */
import * as l10n from '@vscode/l10n';
import { formatPercent, plainText } from '../domain/format';
import type { Report, ReportGoal, ReportKeyResult } from './reportTypes';
import { changeText, dayText, staleText, stateWords, totalsText } from './reportWords';

const NAME_LIMIT = 200;
const NOTE_LIMIT = 500;

const MARKUP = /[\\`*_{}[\]()<>#!|~&$]/g;

/** Text as one line of Markdown inline content that shows as itself. */
export function markdownText(text: string, limit = NAME_LIMIT): string {
  return plainText(text, limit).replace(MARKUP, '\\$&');
}

function noteCell(kr: ReportKeyResult, locale: string | undefined): string {
  if (kr.note === null) {
    return '';
  }
  const credit = [kr.note.by === '' ? '' : markdownText(kr.note.by), dayText(kr.note.at, locale)].filter((part) => part !== '').join(', ');
  return credit === '' ? markdownText(kr.note.text, NOTE_LIMIT) : `${markdownText(kr.note.text, NOTE_LIMIT)} (${credit})`;
}

function keyResultTable(keyResults: readonly ReportKeyResult[], locale: string | undefined): string[] {
  const rows = keyResults.map(
    (kr) => `| ${markdownText(kr.name) || l10n.t('(no name)')} | ${markdownText(kr.value)} | ${markdownText(kr.target)} | ${formatPercent(kr.progress, locale)} | ${noteCell(kr, locale)} |`,
  );
  const head = [l10n.t('Key result'), l10n.t('Value'), l10n.t('Target'), l10n.t('Progress'), l10n.t('Latest note')];
  return [`| ${head.join(' | ')} |`, '| --- | --- | --- | --- | --- |', ...rows];
}

function goalSection(goal: ReportGoal, locale: string | undefined): string[] {
  const progress = `${formatPercent(goal.progress, locale)}, ${stateWords(goal.state)}`;
  const change = changeText(goal.change, locale);
  const owners = goal.owners.length === 0 ? l10n.t('none') : goal.owners.map((owner) => markdownText(owner)).join(', ');
  const lines = [
    `### ${markdownText(goal.name) || l10n.t('(no name)')}`,
    '',
    `- ${l10n.t('Owners:')} ${owners}`,
    `- ${l10n.t('Due:')} ${goal.dueDate === null ? l10n.t('no due date') : dayText(goal.dueDate, locale)}`,
    `- ${l10n.t('Progress:')} ${progress}${change === '' ? '' : `; ${change}`}`,
    '',
  ];
  if (goal.keyResults === null) {
    return [...lines, `_${l10n.t('Key results could not be loaded.')}_`, ''];
  }
  if (goal.keyResults.length === 0) {
    return [...lines, `_${l10n.t('No key results.')}_`, ''];
  }
  return [...lines, ...keyResultTable(goal.keyResults, locale), ''];
}

export function renderMarkdown(report: Report): string {
  const stale = staleText(report);
  const lines = [
    `# ${l10n.t('Goals report: {0}', markdownText(report.workspaceName) || l10n.t('Workspace'))}`,
    '',
    `${dayText(report.generatedAt, report.locale)} · ${markdownText(report.scopeLabel)}`,
    '',
    `**${totalsText(report)}**`,
    '',
    ...(stale === '' ? [] : [`> ${stale}`, '']),
  ];
  for (const group of report.groups) {
    lines.push(`## ${group.folderName === null ? l10n.t('Not in a folder') : markdownText(group.folderName) || l10n.t('(no name)')}`, '');
    for (const goal of group.goals) {
      lines.push(...goalSection(goal, report.locale));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
