// "Edit Goal" and "Delete Goal" in the real extension host against the emulator: from a tree item
// and from the palette's picker, every untouched field sent with its current value, owners added
// and removed, the tree after it, cancel sending nothing, and a failure keeping the changes.
import * as assert from 'assert';
import { waitFor } from '../tree/support/goalsExtension';
import { goalRow, goalRows } from '../tree/support/treeReading';
import { findGoal, onlyBody, requestsTo, runScripted, writes } from './support/editSession';
import { accept, choose, chooseMany, confirmNo, confirmYes, escape, type } from './support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';

const EDIT = 'clickupGoals.editGoal';
const DELETE = 'clickupGoals.deleteGoal';

describe('Edit Goal', () => {
  const { emulator, api } = useSignedIn({ waitForMembers: true });

  it('renames a goal from its tree item, sending every other field with its current value', async () => {
    const goal = findGoal(api(), 'Raise NPS to 55');
    const row = await goalRow(api(), 'Raise NPS to 55');
    const script = await runScripted(api(), EDIT, [choose('Name'), type('Raise NPS to 60'), choose('Save')], { arg: row.node });
    script.assertDone();
    assert.deepStrictEqual(onlyBody(emulator(), 'updateGoal'), {
      name: 'Raise NPS to 60',
      due_date: goal.dueDate,
      description: goal.description,
      color: goal.color,
      add_owners: [],
      rem_owners: [],
    });
    await waitFor(() => findGoal(api(), 'Raise NPS to 60') !== undefined, 'the new name in the store');
    assert.ok((await goalRows(api())).some((item) => item.label === 'Raise NPS to 60'));
  });

  it('asks which goal from the palette and changes its colour', async () => {
    const goal = findGoal(api(), 'Company offsite in Lisbon');
    const script = await runScripted(api(), EDIT, [choose('Company offsite in Lisbon'), choose('Colour'), choose('Blue'), choose('Save')]);
    script.assertDone();
    assert.strictEqual(script.asked[0].kind, 'pick');
    assert.ok((script.asked[0].items?.length ?? 0) > 5, 'the picker lists the goals');
    const body = onlyBody(emulator(), 'updateGoal');
    assert.deepStrictEqual([body.name, body.color, body.due_date], [goal.name, '#4194f6', goal.dueDate]);
  });

  it('sends the owners added and removed', async () => {
    const goal = findGoal(api(), 'Reduce monthly churn under 2%');
    assert.deepStrictEqual(goal.owners.map((owner) => owner.username), ['Hannah Becker']);
    await runScripted(api(), EDIT, [choose('Owners'), chooseMany('Maya Okafor', 'Priya Raman'), choose('Save')], { arg: { kind: 'goal', goalId: goal.id } });
    const body = onlyBody(emulator(), 'updateGoal');
    const ids = (names: string[]): number[] =>
      names.map((name) => api().workspaces.current?.members.find((member) => member.username === name)?.id ?? -1);
    assert.deepStrictEqual((body.add_owners as number[]).sort(), ids(['Maya Okafor', 'Priya Raman']).sort());
    assert.deepStrictEqual(body.rem_owners, ids(['Hannah Becker']));
  });

  it('turns a due-date phrase into the end of that day', async () => {
    const goal = findGoal(api(), 'Read 12 books this year');
    const script = await runScripted(api(), EDIT, [choose('Due date'), type('in 6 weeks'), choose('Save')], { arg: { kind: 'goal', goalId: goal.id } });
    assert.match(script.asked[1].feedback?.message ?? '', /^Due /);
    assert.strictEqual(script.asked[1].value?.match(/^\d{4}-\d{2}-\d{2}$/)?.length, 1, 'the current due date is prefilled');
    const due = new Date(onlyBody(emulator(), 'updateGoal').due_date as number);
    assert.deepStrictEqual([due.getHours(), due.getMinutes()], [23, 59]);
  });

  it('marks what changed in the menu and counts the changes on Save', async () => {
    const goal = findGoal(api(), 'Ship the mobile app 2.0');
    const script = await runScripted(api(), EDIT, [choose('Description'), type('Now with offline mode'), escape()], { arg: { kind: 'goal', goalId: goal.id } });
    const menu = script.asked[2].items ?? [];
    assert.match(menu.find((item) => item.label === 'Description')?.description ?? '', /Now with offline mode \(changed\)/);
    assert.strictEqual(menu.find((item) => item.label === 'Save')?.description, '1 change');
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('sends nothing when saved without a change', async () => {
    const goal = findGoal(api(), 'Hire a world-class team');
    await runScripted(api(), EDIT, [choose('Name'), accept(), choose('Save')], { arg: { kind: 'goal', goalId: goal.id } });
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('sends nothing on Escape in the menu or in a field', async () => {
    const goal = findGoal(api(), 'Hire a world-class team');
    await runScripted(api(), EDIT, [escape()], { arg: { kind: 'goal', goalId: goal.id } });
    await runScripted(api(), EDIT, [choose('Name'), escape()], { arg: { kind: 'goal', goalId: goal.id } });
    await runScripted(api(), EDIT, [choose('Colour'), choose('Custom hex…'), escape()], { arg: { kind: 'goal', goalId: goal.id } });
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('keeps the changes when saving fails, and offers them again', async () => {
    const goal = findGoal(api(), 'Hire a world-class team');
    emulator().injectFault({ route: 'updateGoal', status: 500, ecode: 'SERVER_500', times: 1 });
    const failed = await runScripted(api(), EDIT, [choose('Name'), type('Hire the best team'), choose('Save')], { arg: { kind: 'goal', goalId: goal.id } });
    assert.match(failed.errors[0]?.message ?? '', /^Could not save goal “Hire a world-class team”/);
    await waitFor(() => api().store.findGoal(goal.id)?.name === 'Hire a world-class team', 'the name rolled back');

    const again = await runScripted(api(), EDIT, [choose('Save')], { arg: { kind: 'goal', goalId: goal.id } });
    again.assertDone();
    assert.match(again.asked[0].items?.find((item) => item.label === 'Name')?.description ?? '', /Hire the best team \(changed\)/);
    assert.strictEqual(requestsTo(emulator(), 'updateGoal').length, 2);
    await waitFor(() => api().store.findGoal(goal.id)?.name === 'Hire the best team', 'the saved name');
  });
});

describe('Delete Goal', () => {
  const { emulator, api } = useSignedIn();

  it('asks for confirmation naming the goal, and sends nothing when declined', async () => {
    const row = await goalRow(api(), 'Raise NPS to 55');
    const script = await runScripted(api(), DELETE, [confirmNo()], { arg: row.node });
    assert.strictEqual(script.asked[0].message, 'Delete goal “Raise NPS to 55”?');
    assert.match(script.asked[0].detail ?? '', /^Its 2 key results are deleted with it\. This cannot be undone\.$/);
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('deletes a goal from its tree item; it leaves the tree without a reload', async () => {
    const row = await goalRow(api(), 'Raise NPS to 55');
    const statusBefore = api().statusBar.view.text;
    await runScripted(api(), DELETE, [confirmYes()], { arg: row.node });
    assert.strictEqual(requestsTo(emulator(), 'deleteGoal').length, 1);
    assert.ok(!(await goalRows(api())).some((item) => item.label === 'Raise NPS to 55'));
    assert.deepStrictEqual(requestsTo(emulator(), 'getGoals'), [], 'no full reload');
    await waitFor(() => api().statusBar.view.text !== statusBefore, 'the status bar to follow');
  });

  it('asks which goal from the palette', async () => {
    const script = await runScripted(api(), DELETE, [choose('Company offsite in Lisbon'), confirmYes()]);
    script.assertDone();
    assert.match(requestsTo(emulator(), 'deleteGoal')[0]?.path ?? '', /\/goal\//);
    assert.ok(!(await goalRows(api())).some((item) => item.label === 'Company offsite in Lisbon'));
  });

  it('keeps the goal and says why when the delete fails', async () => {
    emulator().injectFault({ route: 'deleteGoal', status: 500, ecode: 'SERVER_500', times: 1 });
    const row = await goalRow(api(), 'Read 12 books this year');
    const script = await runScripted(api(), DELETE, [confirmYes()], { arg: row.node });
    assert.match(script.errors[0]?.message ?? '', /^Could not delete goal “Read 12 books this year”: /);
    assert.ok((await goalRows(api())).some((item) => item.label === 'Read 12 books this year'));
  });
});
