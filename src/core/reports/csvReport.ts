/**
 * The report as CSV: one row per key result with its goal's columns in front
 * (a goal without key results gets one row of its own), for a spreadsheet.
 * Dates are ISO days (2026-11-30) and progress plain numbers, so they sort.
 */
import type { CsvCell } from './csvCell';
import { csvDocument, numberCell, textCell } from './csvCell';
import type { Report, ReportGoal, ReportKeyResult } from './reportTypes';
import { STATE_WORDS, changeText } from './reportWords';

export const CSV_COLUMNS = [
  'Folder',
  'Goal',
  'Owners',
  'Due date',
  'Goal progress (%)',
  'State',
  'Change (points)',
  'Change',
  'Key result',
  'Type',
  'Value',
  'Target',
  'Key result progress (%)',
  'Latest note',
  'Note by',
  'Note date',
] as const;

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

function goalCells(folderName: string | null, goal: ReportGoal): CsvCell[] {
  return [
    textCell(folderName ?? ''),
    textCell(goal.name),
    textCell(goal.owners.join(', ')),
    textCell(isoDay(goal.dueDate)),
    numberCell(percent(goal.progress)),
    textCell(STATE_WORDS[goal.state]),
    numberCell(goal.change === null ? null : goal.change.points),
    textCell(changeText(goal.change)),
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
  const rows: CsvCell[][] = [CSV_COLUMNS.map((name) => textCell(name))];
  for (const group of report.groups) {
    for (const goal of group.goals) {
      const keyResults: readonly (ReportKeyResult | undefined)[] =
        goal.keyResults === null || goal.keyResults.length === 0 ? [undefined] : goal.keyResults;
      for (const kr of keyResults) {
        rows.push([...goalCells(group.folderName, goal), ...keyResultCells(kr)]);
      }
    }
  }
  return csvDocument(rows);
}
