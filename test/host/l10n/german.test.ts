// A run in German (`npm run test:host -- --locale de --grep German`): VS Code reports "de", the
// extension's German bundle is used by the VS Code layer and by the core, and numbers, amounts,
// percentages and dates are formatted the German way. Skipped in an English run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useEmulator } from '../support/emulator';
import { EXTENSION_ID, goalsExtension, resetExtension, signInAndLoad } from '../tree/support/goalsExtension';
import { goalRow, rows } from '../tree/support/treeReading';

const NBSP = '\u00a0';

describe('In German', function () {
  const emulator = useEmulator({ signedIn: false });
  let api: ClickUpGoalsTestApi;

  before(async function () {
    if (vscode.env.language !== 'de') {
      this.skip();
    }
    api = await goalsExtension();
    await resetExtension(api);
    await signInAndLoad(api, emulator());
  });

  after(async () => {
    if (api !== undefined) {
      await resetExtension(api);
    }
  });

  it('runs with German as the display language', () => {
    assert.strictEqual(vscode.env.language, 'de');
  });

  it('loaded a German bundle that translates every string of the code\'s bundle', () => {
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';
    const english = JSON.parse(fs.readFileSync(path.join(extensionPath, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
    const loaded: Record<string, unknown> = vscode.l10n.bundle ?? {};
    assert.ok(Object.keys(english).length > 300, 'the English bundle holds the code\'s strings');
    assert.deepStrictEqual(Object.keys(english).filter((key) => typeof loaded[key] !== 'string' || loaded[key] === ''), []);
  });

  it('counts goals in a folder in German (VS Code layer)', async () => {
    const engineering = (await rows(api)).find((row) => row.label === 'Engineering');
    assert.strictEqual(engineering?.description, '3 Ziele');
  });

  it('shows a goal with a German percentage and a German relative due date', async () => {
    const row = await goalRow(api, 'Reach €1M in annual recurring revenue');
    assert.match(row.description, new RegExp(`^\\d+${NBSP}% · fällig in \\d+ (Tagen|Wochen|Monaten)$`), row.description);
  });

  it('writes amounts of money the German way, the euro after the amount', async () => {
    const goal = await goalRow(api, 'Reach €1M in annual recurring revenue');
    const keyResults = await rows(api, goal.node);
    const revenue = keyResults.find((row) => row.label === 'Annual recurring revenue');
    assert.strictEqual(revenue?.description, `250.000${NBSP}€ / 1.000.000${NBSP}€`);
  });

  it('words key-result progress from the core in German', async () => {
    const goal = await goalRow(api, 'Launch Northwind in the DACH market');
    const keyResults = await rows(api, goal.node);
    assert.strictEqual(keyResults.find((row) => row.label === 'German localisation shipped')?.description, 'Nicht erledigt');
    assert.strictEqual(keyResults.find((row) => row.label === 'Launch checklist tasks done')?.description, '12 / 20 Aufgaben');
  });

  it('writes the absolute due date day first with a German month in the tooltip', async () => {
    const goal = await goalRow(api, 'Reach €1M in annual recurring revenue');
    // Built on hover (resolveTreeItem), not with the row.
    const tooltip = api.treeProvider.resolveTreeItem(goal.item, goal.node).tooltip as vscode.MarkdownString;
    // "31. März 2027", "4. Dez. 2026" (points escaped as Markdown); English would read "Mar 31, 2027".
    assert.match(tooltip.value, /\*\*Fällig:\*\* \d{1,2}\\\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)(\\\.)? \d{4} \(in \d+ /, tooltip.value);
  });
});
