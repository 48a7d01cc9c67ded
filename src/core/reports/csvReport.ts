/**
 * The report as CSV: one row per key result with its goal's columns in front
 * (a goal without key results gets one row of its own), for a spreadsheet.
 * Dates are ISO days (2026-11-30) and progress plain numbers, so they sort.
 */
import * as l10n from '@vscode/l10n';
import type { CsvCell } from './csvCell';
import { csvDocument, numberCell, textCell } from './csvCell';
import type { Report, ReportGoal, ReportKeyResult } from './reportTypes';
import { changeText, stateWords } from './reportWords';

/** The header row, in the display language. */
export function csvColumns(): string[] {
  return [
    l10n.t('Folder'),
    l10n.t('Goal'),
    l10n.t('Owners'),
    l10n.t('Due date'),
    l10n.t('Goal progress (%)'),
    l10n.t('State'),
    l10n.t('Change (points)'),
    l10n.t('Change'),
    l10n.t('Key result'),
    l10n.t('Type'),
    l10n.t('Value'),
    l10n.t('Target'),
    l10n.t('Key result progress (%)'),
    l10n.t('Latest note'),
    l10n.t('Note by'),
    l10n.t('Note date'),
  ];
}

/** "2026-11-30" in local time; "" for none. */
function isoDay(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms <= 0) {
    return '';
  }
  const date = new Date(ms);
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function percent(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

function goalCells(folderName: string | null, goal: ReportGoal, locale: string | undefined): CsvCell[] {
  return [
    textCell(folderName ?? ''),
    textCell(goal.name),
    textCell(goal.owners.join(', ')),
    textCell(isoDay(goal.dueDate)),
    numberCell(percent(goal.progress)),
    textCell(stateWords(goal.state)),
    numberCell(goal.change === null ? null : goal.change.points),
    textCell(changeText(goal.change, locale)),
  ];
}

function keyResultCells(kr: ReportKeyResult | undefined): CsvCell[] {
  if (kr === undefined) {
    return [textCell(''), textCell(''), textCell(''), textCell(''), numberCell(null), textCell(''), textCell(''), textCell('')];
  }
  return [
    textCell(kr.name),
    textCell(kr.type),
    textCell(kr.value),
    textCell(kr.target),
    numberCell(percent(kr.progress)),
    textCell(kr.note?.text ?? ''),
    textCell(kr.note?.by ?? ''),
    textCell(isoDay(kr.note?.at ?? null)),
  ];
}

export function renderCsv(report: Report): string {
  const rows: CsvCell[][] = [csvColumns().map((name) => textCell(name))];
  for (const group of report.groups) {
    for (const goal of group.goals) {
      const keyResults: readonly (ReportKeyResult | undefined)[] =
        goal.keyResults === null || goal.keyResults.length === 0 ? [undefined] : goal.keyResults;
      for (const kr of keyResults) {
        rows.push([...goalCells(group.folderName, goal, report.locale), ...keyResultCells(kr)]);
      }
    }
  }
  return csvDocument(rows);
}
