/**
 * The report as Markdown, to preview, save or paste: a header with the
 * Workspace, the date and the totals, then one section per folder, each goal
 * with its facts as a list and its key results as a table. Every text from
 * ClickUp is one line (it never starts one: each line begins with the report's
 * own "### ", "- " or "| ") with the characters that make Markdown or HTML
 * backslash-escaped, so a name cannot add a link, an image, emphasis, a
 * heading, an entity or a table cell, and the raw text stays readable.
 */
import { formatPercent, plainText } from '../domain/format';
import type { Report, ReportGoal, ReportKeyResult } from './reportTypes';
import { STATE_WORDS, changeText, dayText, staleText, totalsText } from './reportWords';

const NAME_LIMIT = 200;
const NOTE_LIMIT = 500;

const MARKUP = /[\\`*_{}[\]()<>#!|~&$]/g;

/** Text as one line of Markdown inline content that shows as itself. */
export function markdownText(text: string, limit = NAME_LIMIT): string {
  return plainText(text, limit).replace(MARKUP, '\\$&');
}

function noteCell(kr: ReportKeyResult): string {
  if (kr.note === null) {
    return '';
  }
  const credit = [kr.note.by === '' ? '' : markdownText(kr.note.by), dayText(kr.note.at)].filter((part) => part !== '').join(', ');
  return credit === '' ? markdownText(kr.note.text, NOTE_LIMIT) : `${markdownText(kr.note.text, NOTE_LIMIT)} (${credit})`;
}

function keyResultTable(keyResults: readonly ReportKeyResult[]): string[] {
  const rows = keyResults.map(
    (kr) => `| ${markdownText(kr.name) || '(no name)'} | ${markdownText(kr.value)} | ${markdownText(kr.target)} | ${formatPercent(kr.progress)} | ${noteCell(kr)} |`,
  );
  return ['| Key result | Value | Target | Progress | Latest note |', '| --- | --- | --- | --- | --- |', ...rows];
}

function goalSection(goal: ReportGoal): string[] {
  const progress = `${formatPercent(goal.progress)}, ${STATE_WORDS[goal.state]}`;
  const change = changeText(goal.change);
  const lines = [
    `### ${markdownText(goal.name) || '(no name)'}`,
    '',
    `- Owners: ${goal.owners.length === 0 ? 'none' : goal.owners.map((owner) => markdownText(owner)).join(', ')}`,
    `- Due: ${goal.dueDate === null ? 'no due date' : dayText(goal.dueDate)}`,
    `- Progress: ${progress}${change === '' ? '' : `; ${change}`}`,
    '',
  ];
  if (goal.keyResults === null) {
    return [...lines, '_Key results could not be loaded._', ''];
  }
  if (goal.keyResults.length === 0) {
    return [...lines, '_No key results._', ''];
  }
  return [...lines, ...keyResultTable(goal.keyResults), ''];
}

export function renderMarkdown(report: Report): string {
  const stale = staleText(report);
  const lines = [
    `# Goals report: ${markdownText(report.workspaceName) || 'Workspace'}`,
    '',
    `${dayText(report.generatedAt)} · ${markdownText(report.scopeLabel)}`,
    '',
    `**${totalsText(report)}**`,
    '',
    ...(stale === '' ? [] : [`> ${stale}`, '']),
  ];
  for (const group of report.groups) {
    lines.push(`## ${group.folderName === null ? 'Not in a folder' : markdownText(group.folderName) || '(no name)'}`, '');
    for (const goal of group.goals) {
      lines.push(...goalSection(goal));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
