// "Add Key Result", "Edit Key Result" and "Delete Key Result" in the real extension host against
// the emulator: the steps each type needs, bodies as received, the goal's rows and progress after,
// the palette's pickers, cancel at each step, and failures keeping the answers.
import * as assert from 'assert';
import { goalRow, rows } from '../tree/support/treeReading';
import { findGoal, findKeyResult, keyResultRow, onlyBody, requestsTo, runScripted, writes } from './support/editSession';
import { accept, choose, confirmNo, confirmYes, escape, type } from './support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';

const ADD = 'clickupGoals.addKeyResult';
const EDIT = 'clickupGoals.editKeyResult';
const DELETE = 'clickupGoals.deleteKeyResult';
const REVENUE = 'Reach €1M in annual recurring revenue';

describe('Add Key Result', () => {
  const { emulator, api } = useSignedIn({ waitForMembers: true });
  let me: number;
  const goalArg = (name: string): { kind: string; goalId: string } => ({ kind: 'goal', goalId: findGoal(api(), name).id });

  before(async () => {
    me = (await api().auth.currentUser())?.id ?? 0;
  });

  it('adds a number key result from the goal\'s tree item; it appears under the goal', async () => {
    const goal = await goalRow(api(), REVENUE);
    await rows(api(), goal.node);
    const script = await runScripted(api(), ADD, [type('Case studies published'), choose('Number'), accept(), type('12'), accept()], { arg: goal.node });
    script.assertDone();
    assert.deepStrictEqual(script.asked.map((asked) => `${asked.frame?.step}/${asked.frame?.totalSteps}`), ['1/5', '2/5', '3/5', '4/5', '5/5']);
    assert.deepStrictEqual(onlyBody(emulator(), 'createKeyResult'), {
      name: 'Case studies published',
      owners: [me],
      type: 'number',
      steps_start: 0,
      steps_end: 12,
      unit: '',
      task_ids: [],
      list_ids: [],
    });
    const children = await rows(api(), (await goalRow(api(), REVENUE)).node);
    assert.strictEqual(children.find((row) => row.label === 'Case studies published')?.description, '0 / 12');
  });

  it('asks a currency key result for its unit', async () => {
    const script = await runScripted(api(), ADD, [type('Pipeline'), choose('Currency'), choose('£'), accept(), type('£250,000'), accept()], { arg: goalArg(REVENUE) });
    script.assertDone();
    assert.strictEqual(script.asked[4].prompt, 'Target value (£)');
    const body = onlyBody(emulator(), 'createKeyResult');
    assert.deepStrictEqual([body.type, body.unit, body.steps_start, body.steps_end], ['currency', '£', 0, 250000]);
  });

  it('takes a typed currency unit', async () => {
    await runScripted(api(), ADD, [type('Swiss revenue'), choose('Currency'), choose('Other…'), type('CHF'), accept(), type('90000'), accept()], { arg: goalArg(REVENUE) });
    assert.strictEqual(onlyBody(emulator(), 'createKeyResult').unit, 'CHF');
  });

  it('starts a percentage key result at 0 to 100', async () => {
    const script = await runScripted(api(), ADD, [type('Gross margin'), choose('Percentage'), accept(), accept(), accept()], { arg: goalArg(REVENUE) });
    assert.deepStrictEqual([script.asked[2].value, script.asked[3].value], ['0', '100']);
    const body = onlyBody(emulator(), 'createKeyResult');
    assert.deepStrictEqual([body.type, body.steps_start, body.steps_end], ['percentage', 0, 100]);
  });

  it('asks a true/false key result nothing more than its owners', async () => {
    const script = await runScripted(api(), ADD, [type('Board approval'), choose('True / False'), accept()], { arg: goalArg(REVENUE) });
    script.assertDone();
    assert.strictEqual(script.asked[2].kind, 'pickMany');
    const body = onlyBody(emulator(), 'createKeyResult');
    assert.deepStrictEqual([body.type, body.steps_start, body.steps_end], ['boolean', 0, 1]);
  });

  it('links an automatic key result to the task ids typed', async () => {
    await runScripted(api(), ADD, [type('Launch tasks'), choose('Automatic (tasks)'), choose('Tasks'), type('86abc1, 86abc2'), accept()], { arg: goalArg(REVENUE) });
    const body = onlyBody(emulator(), 'createKeyResult');
    assert.deepStrictEqual([body.type, body.task_ids, body.list_ids], ['automatic', ['86abc1', '86abc2'], []]);
  });

  it('links an automatic key result to lists', async () => {
    await runScripted(api(), ADD, [type('List work'), choose('Automatic (tasks)'), choose('Lists'), type('901234'), accept()], { arg: goalArg(REVENUE) });
    assert.deepStrictEqual(onlyBody(emulator(), 'createKeyResult').list_ids, ['901234']);
  });

  it('asks which goal from the palette', async () => {
    const script = await runScripted(api(), ADD, [choose('Raise NPS to 55'), type('Reviews answered'), choose('Number'), accept(), type('40'), accept()]);
    script.assertDone();
    assert.match(requestsTo(emulator(), 'createKeyResult')[0]?.path ?? '', new RegExp(`/goal/${findGoal(api(), 'Raise NPS to 55').id}/key_result$`));
  });

  const steps = [type('Cancelled KR'), choose('Currency'), choose('€'), accept(), type('1000'), accept()];
  for (let step = 0; step < steps.length; step += 1) {
    it(`sends nothing when Escape is pressed at step ${step + 1}`, async () => {
      const script = await runScripted(api(), ADD, [...steps.slice(0, step), escape()], { arg: goalArg(REVENUE) });
      script.assertDone();
      assert.deepStrictEqual(writes(emulator()), []);
    });
  }

  it('keeps the answers when the request fails and offers them prefilled next time', async () => {
    emulator().injectFault({ route: 'createKeyResult', status: 400, ecode: 'INPUT_005', times: 1 });
    const failed = await runScripted(api(), ADD, [type('Kept KR'), choose('Number'), type('5'), type('25'), accept()], { arg: goalArg(REVENUE) });
    assert.match(failed.errors[0]?.message ?? '', /^Could not add key result “Kept KR”: /);
    const again = await runScripted(api(), ADD, [accept(), accept(), accept(), accept(), accept()], { arg: goalArg(REVENUE) });
    again.assertDone();
    assert.deepStrictEqual([again.asked[0].value, again.asked[1].active, again.asked[2].value, again.asked[3].value], ['Kept KR', 'Number', '5', '25']);
    assert.strictEqual(requestsTo(emulator(), 'createKeyResult').length, 2);
  });
});

describe('Edit and Delete Key Result', () => {
  const { emulator, api } = useSignedIn();

  it('changes a key result\'s name and target from its tree item', async () => {
    const row = await keyResultRow(api(), REVENUE, 'New enterprise customers');
    const script = await runScripted(api(), EDIT, [type('New enterprise logos'), type('60')], { arg: row.node });
    script.assertDone();
    assert.deepStrictEqual([script.asked[0].value, script.asked[1].value], ['New enterprise customers', '50']);
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { name: 'New enterprise logos', steps_end: 60 });
    assert.strictEqual((await keyResultRow(api(), REVENUE, 'New enterprise logos')).description, '30 / 60');
  });

  it('asks only for the name of a true/false key result', async () => {
    const script = await runScripted(api(), EDIT, [type('German localisation live')], { arg: { keyResultId: (await findKeyResult(api(), 'Launch Northwind in the DACH market', 'German localisation shipped')).id } });
    script.assertDone();
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { name: 'German localisation live' });
  });

  it('says plainly which fields ClickUp refused', async () => {
    emulator().injectFault({ route: 'editKeyResult', status: 400, ecode: 'INPUT_008', times: 1 });
    const row = await keyResultRow(api(), REVENUE, 'Net revenue retention');
    const script = await runScripted(api(), EDIT, [accept(), type('90')], { arg: row.node });
    assert.match(script.errors[0]?.message ?? '', /^Could not change the target of “Net revenue retention”: /);
    assert.strictEqual((await keyResultRow(api(), REVENUE, 'Net revenue retention')).description, '62% / 100%');
  });

  it('asks which goal and key result from the palette', async () => {
    const script = await runScripted(api(), EDIT, [choose('Raise NPS to 55'), choose('Net Promoter Score'), accept(), type('60')]);
    script.assertDone();
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_end: 60 });
  });

  it('deletes a key result after a confirmation naming it and its goal; the goal\'s progress follows', async () => {
    const goalName = 'Launch Northwind in the DACH market';
    const row = await keyResultRow(api(), goalName, 'Signed reseller partners');
    const declined = await runScripted(api(), DELETE, [confirmNo()], { arg: row.node });
    assert.strictEqual(declined.asked[0].message, `Delete key result “Signed reseller partners” of goal “${goalName}”?`);
    assert.deepStrictEqual(writes(emulator()), []);

    assert.match((await goalRow(api(), goalName)).description, /^40% /);
    await runScripted(api(), DELETE, [confirmYes()], { arg: row.node });
    assert.strictEqual(requestsTo(emulator(), 'deleteKeyResult').length, 1);
    const left = await rows(api(), (await goalRow(api(), goalName)).node);
    assert.deepStrictEqual(left.map((item) => item.label).sort(), ['German localisation live', 'Launch checklist tasks done']);
    assert.match((await goalRow(api(), goalName)).description, /^30% /);
  });
});
