// The report builder and its two writers, pinned by golden files: every key-result type, decreasing
// targets, an empty goal, one whose key results could not be loaded, hostile text everywhere, the
// change since the previous report or from the recorded history, and data older than the last refresh.
import * as assert from 'assert';
import { parse } from 'csv-parse/sync';
import { buildReport, reportPercents } from '../../../src/core/reports/buildReport';
import { csvColumns, renderCsv } from '../../../src/core/reports/csvReport';
import { renderMarkdown } from '../../../src/core/reports/markdownReport';
import type { ReportScope } from '../../../src/core/reports/reportScope';
import { goalsInScope, scopeLabel } from '../../../src/core/reports/reportScope';
import type { PreviousReport, Report } from '../../../src/core/reports/reportTypes';
import { assertGolden } from '../builders/golden';
import { FOLDERS, HOSTILE_NAME, KEY_RESULTS, LOOSE_GOALS, MAYA, MEMBERS, NOW, keyResultsOf, pointsOf } from './reportFixture';

const source = { goals: LOOSE_GOALS, folders: FOLDERS };

function reportFor(scope: ReportScope, extra: { previous?: PreviousReport; stale?: boolean } = {}): Report {
  return buildReport({
    workspaceName: 'Northwind <Labs>',
    scopeLabel: scopeLabel(scope, source),
    now: NOW,
    folders: goalsInScope(scope, source),
    keyResultsOf,
    members: MEMBERS,
    pointsOf,
    previous: extra.previous,
    fetchedAt: NOW - 3 * 60 * 60 * 1000,
    stale: extra.stale ?? false,
  });
}

/** Reads the CSV back the way a spreadsheet import does: BOM dropped, quoted fields, CRLF rows. */
function readCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

describe('Report: Markdown (golden)', () => {
  it('the whole Workspace', () => {
    assertGolden('reports', 'workspace.md', renderMarkdown(reportFor({ kind: 'workspace' })));
  });

  it('one folder, with the change since the previous report and a note that the data is old', () => {
    const previous: PreviousReport = { at: NOW - 7 * 24 * 60 * 60 * 1000, percents: { 'g-latency': 30, 'g-hostile': 50, 'g-empty': 0 } };
    assertGolden('reports', 'folder-previous-stale.md', renderMarkdown(reportFor({ kind: 'folder', folderId: 'f-eng' }, { previous, stale: true })));
  });

  it('one goal', () => {
    assertGolden('reports', 'goal.md', renderMarkdown(reportFor({ kind: 'goal', goalId: 'g-revenue' })));
  });

  it('my goals', () => {
    assertGolden('reports', 'mine.md', renderMarkdown(reportFor({ kind: 'mine', userId: MAYA.id, userName: MAYA.username })));
  });

  it('lets no ClickUp text add Markdown or HTML', () => {
    const markdown = renderMarkdown(reportFor({ kind: 'workspace' }));
    for (const raw of [/(?<!\\)\[link/, /(?<!\\)<(img|script|b>)/, /(?<!\\)\*\*bold/, /(?<!\\)&/, /\u202E/]) {
      assert.ok(!raw.test(markdown), `unescaped ${String(raw)}`);
    }
    assert.ok(!/^# heading/m.test(markdown) && !/^second line/m.test(markdown), 'a name cannot start a line of its own');
    const tableRows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Key result'));
    for (const row of tableRows) {
      assert.strictEqual(row.replace(/\\\|/g, '').split('|').length - 2, 5, `a row with 5 cells: ${row}`);
    }
  });
});

describe('Report: CSV (golden, read back by csv-parse)', () => {
  it('the whole Workspace', () => {
    assertGolden('reports', 'workspace.csv', renderCsv(reportFor({ kind: 'workspace' })));
  });

  it('starts with a BOM, ends rows with CRLF, and has one row per key result (one for a goal without any)', () => {
    const csv = renderCsv(reportFor({ kind: 'workspace' }));
    assert.ok(csv.startsWith('\uFEFF"Folder",'));
    assert.ok(csv.endsWith('\r\n'));
    const rows = readCsv(csv);
    assert.deepStrictEqual(rows[0], csvColumns());
    const krCount = Object.values(KEY_RESULTS).reduce((sum, list) => sum + list.length, 0);
    // + the empty goal's row + the row of the goal whose key results were not loaded; the archived goal is left out.
    assert.strictEqual(rows.length - 1, krCount + 2);
    assert.ok(rows.every((row) => row.length === csvColumns().length));
  });

  it('keeps quotes, commas and line breaks through a round trip, and neutralises formulas', () => {
    const rows = readCsv(renderCsv(reportFor({ kind: 'folder', folderId: 'f-eng' })));
    const hostileRow = rows.find((row) => row[8]?.includes('quoted'));
    assert.ok(hostileRow, 'the hostile key result');
    assert.strictEqual(hostileRow[1], `'${HOSTILE_NAME}`, 'goal name: apostrophe in front, everything else as it was');
    assert.strictEqual(hostileRow[8], `'${HOSTILE_NAME}`, 'key-result name');
    assert.strictEqual(hostileRow[13], `'+1 "more", =SUM(A1:A9)\r\nline two | cell`, 'note: line break and quotes survive');
    assert.strictEqual(hostileRow[2], `'=HYPERLINK("http://evil.example","x") <b>Eve</b>, Maya Okafor`);
    const minusRow = rows.find((row) => row[8]?.includes('is the answer'));
    assert.deepStrictEqual([minusRow?.[8], minusRow?.[13]], ["'-2 is the answer", "'@mention\tTabbed"]);
    for (const cell of rows.flat()) {
      assert.ok(!/^\s*[=+\-@]/.test(cell) && !/^[\t\r]/.test(cell), `a cell a spreadsheet would run: ${JSON.stringify(cell)}`);
    }
  });

  it('writes numbers as numbers (progress and change), not as text', () => {
    const rows = readCsv(renderCsv(reportFor({ kind: 'goal', goalId: 'g-revenue' })));
    assert.strictEqual(rows[1][4], '41.5');
    const raw = renderCsv(reportFor({ kind: 'goal', goalId: 'g-revenue' })).split('\r\n')[1];
    assert.ok(raw.includes(',41.5,'), raw);
  });
});

describe('Report: content', () => {
  it('counts goals, key results and states in the totals, leaving archived goals out', () => {
    const report = reportFor({ kind: 'workspace' });
    assert.strictEqual(report.totals.goals, 7);
    assert.strictEqual(report.totals.keyResults, 13);
    assert.deepStrictEqual(report.totals.states, { completed: 1, overdue: 1, atRisk: 3, onTrack: 2, notStarted: 0 });
  });

  it('is empty for a scope without goals (the command says so instead of writing a file)', () => {
    assert.strictEqual(reportFor({ kind: 'folder', folderId: 'f-none' }).groups.length, 0);
    assert.strictEqual(reportFor({ kind: 'mine', userId: 424242, userName: 'Nobody' }).totals.goals, 0);
  });

  it('records each goal\'s progress for the next report', () => {
    const percents = reportPercents(reportFor({ kind: 'goal', goalId: 'g-revenue' }));
    assert.deepStrictEqual(percents, { 'g-revenue': 41.5 });
  });
});
