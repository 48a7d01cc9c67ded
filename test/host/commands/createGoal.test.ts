// "Create Goal" in the real extension host against the emulator: the multi-step input (counter,
// Back, live validation), the request body as received, the tree and status bar after it, cancel
// at every step, and a failed request whose answers come back prefilled.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from '../tree/support/goalsExtension';
import { goalRows } from '../tree/support/treeReading';
import { findGoal, onlyBody, requestsTo, runScripted, writes } from './support/editSession';
import { accept, back, choose, chooseMany, escape, type } from './support/scriptedPrompts';
import { ScriptedPrompts } from './support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';

const CREATE = 'clickupGoals.createGoal';

/** End of a local day, as a typed due date means it. */
const endOfDay = (year: number, month1: number, day: number): number => new Date(year, month1 - 1, day, 23, 59, 59, 999).getTime();

describe('Create Goal', () => {
  const { emulator, api } = useSignedIn({ waitForMembers: true });
  let me: number;

  before(async () => {
    me = (await api().auth.currentUser())?.id ?? 0;
  });

  it('sends the answers in one request after the last step', async () => {
    const script = await runScripted(api(), CREATE, [type('Ship docs 2.0'), type('2027-03-31'), type('Rewrite every guide'), accept(), choose('Teal')]);
    script.assertDone();
    assert.deepStrictEqual(onlyBody(emulator(), 'createGoal'), {
      name: 'Ship docs 2.0',
      due_date: endOfDay(2027, 3, 31),
      description: 'Rewrite every guide',
      multiple_owners: false,
      owners: [me],
      color: '#1bbc9c',
    });
  });

  it('shows the new goal in the tree and counts it in the status bar', async () => {
    const before = api().statusBar.view.text;
    await runScripted(api(), CREATE, [type('Open a Paris office'), type('in 6 weeks'), accept(), accept(), accept()]);
    await waitFor(() => api().statusBar.view.text !== before, 'the status bar to follow');
    assert.ok((await goalRows(api())).some((row) => row.label === 'Open a Paris office'));
    const count = (text: string): number => Number(/(\d+) goals/.exec(text)?.[1]);
    assert.strictEqual(count(api().statusBar.view.text), count(before) + 1);
  });

  it('shows back the date a phrase means while typing it', async () => {
    const script = await runScripted(api(), CREATE, [type('Phrase goal'), type('end of quarter'), escape()]);
    const due = script.asked[1];
    assert.strictEqual(due.feedback?.severity, 'info');
    assert.match(due.feedback?.message ?? '', /^Due \w{3}, \w{3} \d{1,2}, \d{4}$/);
  });

  it('counts the steps, offers Back after the first, and keeps answers when going back', async () => {
    const script = await runScripted(api(), CREATE, [type('First name'), back(), type('Second name'), type('2027-06-30'), accept(), accept(), escape()]);
    const frames = script.asked.map((asked) => `${asked.frame?.step}/${asked.frame?.totalSteps} ${asked.frame?.canGoBack ? 'back' : ''}`.trim());
    assert.deepStrictEqual(frames, ['1/5', '2/5 back', '1/5', '2/5 back', '3/5 back', '4/5 back', '5/5 back']);
    assert.strictEqual(script.asked[2].value, 'First name');
    assert.ok(script.asked.every((asked) => asked.frame?.title === 'Create Goal'));
  });

  it('preselects the signed-in user among the Workspace members', async () => {
    const script = await runScripted(api(), CREATE, [type('Owners goal'), type('2027-06-30'), accept(), escape()]);
    const owners = script.asked[3];
    assert.strictEqual(owners.kind, 'pickMany');
    assert.strictEqual(owners.items?.length, api().workspaces.current?.members.length);
    assert.deepStrictEqual(owners.items?.filter((item) => item.picked).map((item) => item.description), ['you']);
  });

  it('sends several owners and a custom hex colour', async () => {
    await runScripted(api(), CREATE, [
      type('Team goal'),
      type('2027-06-30'),
      accept(),
      chooseMany('Maya Okafor', 'Jonas Lindqvist'),
      choose('Custom hex…'),
      type('#AbC'),
    ]);
    const body = onlyBody(emulator(), 'createGoal');
    assert.strictEqual(body.multiple_owners, true);
    assert.strictEqual((body.owners as number[]).length, 2);
    assert.strictEqual(body.color, '#aabbcc');
  });

  it('refuses an empty name and a date that is not a date while typing', async () => {
    const script = await runScripted(api(), CREATE, [type('   '), escape()]);
    assert.strictEqual(script.asked[0].feedback?.severity, 'error');
    assert.strictEqual(script.unexpected.length, 1, 'Enter must not accept an empty name');
    const dates = await runScripted(api(), CREATE, [type('Dates'), type('someday'), escape()]);
    assert.strictEqual(dates.asked[1].feedback?.severity, 'error');
    assert.deepStrictEqual(writes(emulator()), []);
  });

  const answers = [type('Cancelled goal'), type('2027-06-30'), accept(), accept(), choose('Purple')];
  for (let step = 0; step < answers.length; step += 1) {
    it(`sends nothing when Escape is pressed at step ${step + 1}`, async () => {
      const script = await runScripted(api(), CREATE, [...answers.slice(0, step), escape()]);
      script.assertDone();
      assert.deepStrictEqual(writes(emulator()), []);
    });
  }

  it('keeps the answers when the request fails and offers them prefilled next time', async () => {
    emulator().injectFault({ route: 'createGoal', status: 500, ecode: 'SERVER_500', times: 1 });
    const failed = await runScripted(api(), CREATE, [type('Kept goal'), type('end of quarter'), type('Kept words'), accept(), choose('Red')]);
    assert.deepStrictEqual(failed.errors.map((error) => error.actions), [['Retry', 'Show Log']]);
    assert.match(failed.errors[0].message, /^Could not create goal “Kept goal”: .+\.$/);
    assert.ok(!(await goalRows(api())).some((row) => row.label === 'Kept goal'));

    const again = await runScripted(api(), CREATE, [accept(), accept(), accept(), accept(), accept()]);
    again.assertDone();
    assert.deepStrictEqual(again.asked.slice(0, 3).map((asked) => asked.value), ['Kept goal', 'end of quarter', 'Kept words']);
    assert.strictEqual(again.asked[4].active, 'Red');
    assert.strictEqual(requestsTo(emulator(), 'createGoal').length, 2);
    assert.strictEqual(findGoal(api(), 'Kept goal').color, '#e50000');
  });

  it('starts from zero again once a create has succeeded', async () => {
    const script = await runScripted(api(), CREATE, [escape()]);
    assert.strictEqual(script.asked[0].value, '');
  });

  it('"Retry" runs the form again with the answers prefilled', async () => {
    emulator().injectFault({ route: 'createGoal', status: 500, ecode: 'SERVER_500', times: 1 });
    const script = new ScriptedPrompts([type('Retried goal'), type('2027-06-30'), accept(), accept(), accept(), accept(), accept(), accept(), accept(), accept()]);
    script.errorChoice = 'Retry';
    const using = api().prompts.use(script);
    try {
      await vscode.commands.executeCommand(CREATE);
      const created = (): boolean => api().store.state.goals.some((goal) => goal.name === 'Retried goal');
      await waitFor(created, 'the retried goal in the store');
    } finally {
      using.dispose();
    }
    script.assertDone();
    assert.strictEqual(script.asked[5].value, 'Retried goal');
    assert.strictEqual(requestsTo(emulator(), 'createGoal').length, 2);
  });
});
