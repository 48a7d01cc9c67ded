// "Update Progress" and "Increment Progress (+1)" in the real extension host against the emulator:
// the current value prefilled with its range, the check against the range, the note sent with it,
// true/false key results, the tree and the pinned goal in the status bar after it, cancel at each
// step, and a failure that rolls the tree back and keeps the answers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from '../tree/support/goalsExtension';
import { goalRow } from '../tree/support/treeReading';
import { keyResultRow, onlyBody, requestsTo, runScripted, writes } from './support/editSession';
import { accept, choose, escape, type } from './support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';

const UPDATE = 'clickupGoals.updateProgress';
const INCREMENT = 'clickupGoals.incrementProgress';
const REVENUE = 'Reach €1M in annual recurring revenue';
const LAUNCH = 'Launch Northwind in the DACH market';

describe('Update Progress', () => {
  const { emulator, api } = useSignedIn();

  it('prefills the current value, shows the range, and sends the value with the note', async () => {
    const row = await keyResultRow(api(), REVENUE, 'New enterprise customers');
    const script = await runScripted(api(), UPDATE, [type('35'), type('Two more signed in Munich')], { arg: row.node });
    script.assertDone();
    assert.deepStrictEqual([script.asked[0].value, script.asked[0].prompt], ['30', 'From 0 to 50; now 30.']);
    assert.strictEqual(script.asked[0].frame?.title, 'Update Progress of “New enterprise customers”');
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 35, note: 'Two more signed in Munich' });
    assert.strictEqual((await keyResultRow(api(), REVENUE, 'New enterprise customers')).description, '35 / 50');
  });

  it('recomputes the goal\'s progress in the tree and the pinned goal in the status bar', async () => {
    const goal = await goalRow(api(), REVENUE);
    await vscode.commands.executeCommand('clickupGoals.pinGoal', goal.node);
    await waitFor(() => api().statusBar.view.text.includes('Reach'), 'the pinned goal');
    const before = api().statusBar.view.text;
    const row = await keyResultRow(api(), REVENUE, 'Annual recurring revenue');
    const script = await runScripted(api(), UPDATE, [type('€1,000,000'), accept()], { arg: row.node });
    script.assertDone();
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 1_000_000 });
    await waitFor(() => api().statusBar.view.text !== before, 'the status bar to follow');
    const percent = (text: string): number => Number(/(\d+)%/.exec(text)?.[1]);
    assert.ok(percent(api().statusBar.view.text) > percent(before));
    assert.strictEqual(percent((await goalRow(api(), REVENUE)).description), percent(api().statusBar.view.text));
    await vscode.commands.executeCommand('clickupGoals.unpinGoal');
  });

  it('refuses a value outside the range while typing', async () => {
    const row = await keyResultRow(api(), REVENUE, 'Net revenue retention');
    const script = await runScripted(api(), UPDATE, [type('120'), escape()], { arg: row.node });
    assert.strictEqual(script.asked[0].feedback?.severity, 'error');
    assert.match(script.asked[0].feedback?.message ?? '', /from 0 to 100/);
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('accepts a value on the way down to a decreasing target', async () => {
    const row = await keyResultRow(api(), 'Cut p95 API latency below 200 ms', 'p95 latency (ms)');
    await runScripted(api(), UPDATE, [type('250'), accept()], { arg: row.node });
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 250 });
  });

  it('asks a true/false key result done or not done, from the palette\'s pickers', async () => {
    const script = await runScripted(api(), UPDATE, [choose(LAUNCH), choose('German localisation shipped'), choose('Done'), accept()]);
    script.assertDone();
    assert.ok(!script.asked[1].items?.some((item) => item.label === 'Launch checklist tasks done'), 'automatic key results are not offered');
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 1 });
    const row = await keyResultRow(api(), LAUNCH, 'German localisation shipped');
    assert.deepStrictEqual([row.description, row.item.checkboxState], ['Done', vscode.TreeItemCheckboxState.Checked]);
  });

  it('explains that an automatic key result follows its tasks, and sends nothing', async () => {
    const row = await keyResultRow(api(), LAUNCH, 'Launch checklist tasks done');
    const script = await runScripted(api(), UPDATE, [], { arg: row.node });
    assert.match(script.infos[0] ?? '', /follows its linked tasks/);
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('sends nothing when Escape is pressed at either step', async () => {
    const row = await keyResultRow(api(), LAUNCH, 'Signed reseller partners');
    await runScripted(api(), UPDATE, [escape()], { arg: row.node });
    await runScripted(api(), UPDATE, [type('4'), escape()], { arg: row.node });
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('rolls the tree back when the update fails, and offers the answers again', async () => {
    emulator().injectFault({ route: 'editKeyResult', status: 500, ecode: 'SERVER_500', times: 1 });
    const row = await keyResultRow(api(), LAUNCH, 'Signed reseller partners');
    const failed = await runScripted(api(), UPDATE, [type('4'), type('Alpenwerk renewed')], { arg: row.node });
    assert.deepStrictEqual(failed.errors.map((error) => error.actions), [['Retry', 'Show Log']]);
    assert.match(failed.errors[0].message, /^Could not update the progress of “Signed reseller partners”: /);
    await waitFor(() => api().store.findKeyResult(row.node.kind === 'keyResult' ? row.node.keyResultId : '')?.keyResult.stepsCurrent === 3, 'the rollback');
    assert.strictEqual((await keyResultRow(api(), LAUNCH, 'Signed reseller partners')).description, '3 / 5');

    const again = await runScripted(api(), UPDATE, [accept(), accept()], { arg: row.node });
    again.assertDone();
    assert.deepStrictEqual(again.asked.map((asked) => asked.value), ['4', 'Alpenwerk renewed']);
    assert.strictEqual(requestsTo(emulator(), 'editKeyResult').length, 2);
    assert.strictEqual((await keyResultRow(api(), LAUNCH, 'Signed reseller partners')).description, '4 / 5');
  });
});

describe('Increment Progress (+1)', () => {
  const { emulator, api } = useSignedIn();

  it('adds one at once from the tree item', async () => {
    const row = await keyResultRow(api(), LAUNCH, 'Signed reseller partners');
    const script = await runScripted(api(), INCREMENT, [], { arg: row.node });
    script.assertDone();
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 4 });
    assert.strictEqual((await keyResultRow(api(), LAUNCH, 'Signed reseller partners')).description, '4 / 5');
  });

  it('steps down towards a decreasing target', async () => {
    const row = await keyResultRow(api(), 'Cut p95 API latency below 200 ms', 'p95 latency (ms)');
    await runScripted(api(), INCREMENT, [], { arg: row.node });
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 309 });
  });

  it('says so, and sends nothing, once the target is reached', async () => {
    const row = await keyResultRow(api(), LAUNCH, 'Signed reseller partners');
    await runScripted(api(), INCREMENT, [], { arg: row.node });
    emulator().clearRequests();
    const script = await runScripted(api(), INCREMENT, [], { arg: row.node });
    assert.deepStrictEqual(script.infos, ['“Signed reseller partners” has already reached its target.']);
    assert.deepStrictEqual(writes(emulator()), []);
  });
});
