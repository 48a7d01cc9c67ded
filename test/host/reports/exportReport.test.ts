// "Export Report…" and "Copy Report as Markdown" in the real extension host against the emulator: each
// scope (Workspace, folder, goal, my goals) and each output (an untitled Markdown document, a CSV file
// from the save dialog read back by a real CSV parser, the clipboard), key results loaded for the
// report, the change since the previous report, data older than the last refresh, an empty scope,
// and the previous report forgotten on sign-out.
import * as assert from 'assert';
import { parse } from 'csv-parse/sync';
import * as vscode from 'vscode';
import { PREVIOUS_REPORT_STATE_KEY } from '../../../src/vscode/storage/previousReportStore';
import { goalsExtension, resetExtension, signInAndLoad, waitFor } from '../tree/support/goalsExtension';
import { findGoal, findKeyResult, requestsTo, runScripted, writes } from '../commands/support/editSession';
import { back, choose, escape } from '../commands/support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';
import { useEmulator } from '../support/emulator';
import { folderRow, takeOpenedReport, withSaveDialog } from './support/reportSession';

const EXPORT = 'clickupGoals.exportReport';
const COPY = 'clickupGoals.copyReportAsMarkdown';
const REVENUE = 'Reach €1M in annual recurring revenue';

describe('Export Report', () => {
  const { emulator, api } = useSignedIn({ waitForMembers: true });

  it('the whole Workspace as Markdown: a new document grouped by folder, every goal\'s key results loaded', async () => {
    const script = await runScripted(api(), EXPORT, [choose('The whole Workspace'), choose('Markdown')]);
    script.assertDone();
    assert.deepStrictEqual(script.asked.map((asked) => [asked.frame?.step, asked.frame?.totalSteps]), [[1, 2], [2, 2]]);
    const markdown = await takeOpenedReport();
    assert.match(markdown, /^# Goals report: Northwind Labs\n\n\w{3} \d{1,2}, \d{4} · The whole Workspace\n\n\*\*\d+ goals · \d+ key results · \d+% average progress · /);
    assert.match(markdown, /\n## Company OKRs .*\n[\s\S]*\n## Engineering\n[\s\S]*\n## Customer Success\n[\s\S]*\n## Not in a folder\n/);
    assert.match(markdown, /\n### Reach €1M in annual recurring revenue\n\n- Owners: Maya Okafor, Diego Alvarez\n- Due: .+\n- Progress: \d+%, (on track|at risk)\n/);
    assert.match(markdown, /\n\| Annual recurring revenue \| €250,000 \| €1,000,000 \| 25% \| Two Hamburg logistics deals closed this week\. \(.+, \w{3} \d{1,2}, \d{4}\) \|\n/);
    assert.match(markdown, /\n\| German localisation shipped \| (Not done|Done) \| Done \| /);
    assert.match(markdown, /\n\| Launch checklist tasks done \| 12 tasks done \| 20 tasks \| 60% \| /);
    assert.ok(!markdown.includes('could not be loaded'));
    assert.ok(requestsTo(emulator(), 'getGoal').length > 0, 'key results fetched for the report');
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('a folder as CSV: a file from the save dialog, one row per key result, read back by a CSV parser', async () => {
    const engineering = api().store.state.folders.find((folder) => folder.name === 'Engineering');
    assert.ok(engineering);
    const saved = await withSaveDialog(api(), async () => {
      const script = await runScripted(api(), EXPORT, [choose('A folder…'), choose('Engineering'), choose('CSV')]);
      script.assertDone();
    });
    assert.strictEqual(saved.asked, 1);
    assert.ok(saved.bytes, 'a file was written');
    assert.deepStrictEqual([...saved.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
    const rows = parse(saved.bytes.toString('utf8'), { bom: true }) as string[][];
    assert.strictEqual(rows[0][0], 'Folder');
    const body = rows.slice(1);
    assert.ok(body.every((row) => row[0] === 'Engineering'));
    const latency = body.find((row) => row[8] === 'p95 latency (ms)');
    assert.deepStrictEqual(latency?.slice(8, 12), ['p95 latency (ms)', 'number', '310', '200']);
    assert.strictEqual(latency?.[1], 'Cut p95 API latency below 200 ms');
    const shown = engineering.goals.filter((goal) => !goal.archived);
    const expected = shown.reduce((sum, goal) => sum + Math.max(1, api().store.cachedKeyResults(goal.id)?.length ?? 0), 0);
    assert.strictEqual(body.length, expected);
  });

  it('a goal from its context menu: only the format is asked', async () => {
    const goal = findGoal(api(), REVENUE);
    const script = await runScripted(api(), EXPORT, [choose('Markdown')], { arg: { kind: 'goal', id: `goal:${goal.id}`, goalId: goal.id, parent: undefined } });
    script.assertDone();
    assert.deepStrictEqual([script.asked[0].frame?.step, script.asked[0].frame?.totalSteps, script.asked[0].frame?.canGoBack], [1, 1, false]);
    const markdown = await takeOpenedReport();
    assert.match(markdown, /· Goal “Reach €1M in annual recurring revenue”\n\n\*\*1 goal · 3 key results · /);
    assert.strictEqual(markdown.match(/^### /gm)?.length, 1);
  });

  it('a folder from its context menu, copied as Markdown: no question asked', async () => {
    const engineering = await folderRow(api(), 'Engineering');
    const script = await runScripted(api(), COPY, [], { arg: engineering.node });
    script.assertDone();
    assert.deepStrictEqual(script.asked, []);
    const markdown = await vscode.env.clipboard.readText();
    assert.match(markdown, /· Folder “Engineering”\n/);
    assert.deepStrictEqual(markdown.match(/^## .*$/gm), ['## Engineering']);
  });

  it('my goals, copied to the clipboard as Markdown, with the change since the previous report', async () => {
    await runScripted(api(), COPY, [choose('My goals')]);
    const first = await vscode.env.clipboard.readText();
    assert.match(first, /· Goals owned by Maya Okafor\n/);
    assert.ok(!first.includes('Launch Northwind in the DACH market'), 'a goal Maya does not own');
    const customers = await findKeyResult(api(), REVENUE, 'New enterprise customers');
    await api().store.editKeyResult(customers.id, { stepsCurrent: 50 });
    const script = await runScripted(api(), COPY, [choose('My goals')]);
    assert.deepStrictEqual(script.infos, ['The report is on the clipboard.']);
    const second = await vscode.env.clipboard.readText();
    assert.match(second, /\n### Reach €1M in annual recurring revenue\n[\s\S]*?- Progress: \d+%, [a-z ]+; \+\d+ pts since the last report \(/);
    assert.match(second, /- Progress: \d+%, [a-z ]+; no change since the last report \(/);
  });

  it('says when the data is older than the last refresh', async () => {
    emulator().injectFault({ route: 'getGoals', status: 500, ecode: 'SERVER_500' });
    await api().store.refresh();
    await waitFor(() => api().store.state.error !== null, 'the failed refresh');
    await runScripted(api(), COPY, [choose('The whole Workspace')]);
    assert.match(await vscode.env.clipboard.readText(), /\n> This data is older than the last refresh \(ClickUp could not be reached or has not answered yet\)\. It is from /);
    emulator().clearFaults();
    await api().store.refresh();
  });

  it('Back on the format returns to the scope; Escape writes nothing', async () => {
    const script = await runScripted(api(), EXPORT, [choose('The whole Workspace'), back(), escape()]);
    script.assertDone();
    assert.deepStrictEqual(script.asked.map((asked) => asked.placeholder), ['What should the report cover?', 'Which format?', 'What should the report cover?']);
    const saved = await withSaveDialog(api(), () => runScripted(api(), EXPORT, [choose('The whole Workspace'), choose('CSV')]));
    assert.strictEqual(saved.asked, 1);
  });

  it('forgets the previous report on sign-out', async () => {
    assert.ok(api().storage.globalState.get(PREVIOUS_REPORT_STATE_KEY) !== undefined, 'recorded by the reports above');
    await api().auth.signOut();
    await waitFor(() => api().storage.globalState.get(PREVIOUS_REPORT_STATE_KEY) === undefined, 'the previous report forgotten');
  });
});

describe('Export Report: an empty Workspace', () => {
  const emulator = useEmulator({ signedIn: false, seed: 'empty' });

  it('says there is nothing to report instead of writing an empty file', async () => {
    const api = await goalsExtension();
    await resetExtension(api);
    await signInAndLoad(api, emulator());
    try {
      const saved = await withSaveDialog(api, async () => {
        const script = await runScripted(api, EXPORT, [choose('The whole Workspace'), choose('CSV')]);
        assert.deepStrictEqual(script.infos, ['There are no goals to report on (The whole Workspace).']);
      });
      assert.deepStrictEqual([saved.asked, saved.bytes], [0, undefined]);
    } finally {
      await resetExtension(api);
    }
  });
});
