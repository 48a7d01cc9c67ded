import * as assert from 'assert';
import { buildGoalChanges, changedFields, dueDateInput, goalEditMenu } from '../../../src/core/forms/goalEditForm';
import { FIXED_NOW, aGoal, aUser, localEndOfDay } from '../builders/domain';

const ann = aUser({ id: 7, username: 'Ann' });
const bob = aUser({ id: 8, username: 'Bob' });
const names = (id: number): string => ({ 7: 'Ann', 8: 'Bob', 9: 'Cy' })[id] ?? `#${id}`;

describe('Edit Goal form', () => {
  it('changes nothing until a field is answered', () => {
    const goal = aGoal({ name: 'Grow' });
    assert.deepStrictEqual(buildGoalChanges(goal, {}, FIXED_NOW), { ok: true, value: {} });
  });

  it('sends only the changed name (the store fills in the rest)', () => {
    const goal = aGoal({ name: 'Grow' });
    assert.deepStrictEqual(buildGoalChanges(goal, { name: ' Grow faster ' }, FIXED_NOW), { ok: true, value: { name: 'Grow faster' } });
  });

  it('does not count typing the same name back as a change', () => {
    assert.deepStrictEqual(changedFields(aGoal({ name: 'Grow' }), { name: 'Grow' }, FIXED_NOW), []);
  });

  it('does not count the same due day typed back as a change', () => {
    const goal = aGoal({ dueDate: localEndOfDay(2027, 3, 31) });
    assert.deepStrictEqual(changedFields(goal, { due: dueDateInput(goal) }, FIXED_NOW), []);
  });

  it('prefills the due date as an ISO day', () => {
    assert.strictEqual(dueDateInput(aGoal({ dueDate: localEndOfDay(2027, 3, 31) })), '2027-03-31');
  });

  it('turns a due-date phrase into the end of that day', () => {
    const changes = buildGoalChanges(aGoal({ dueDate: localEndOfDay(2027, 6, 30) }), { due: 'end of quarter' }, FIXED_NOW);
    assert.deepStrictEqual(changes, { ok: true, value: { dueDate: localEndOfDay(2027, 3, 31) } });
  });

  it('sends owners added and removed from the new set of owners', () => {
    const goal = aGoal({ owners: [ann, bob] });
    const changes = buildGoalChanges(goal, { ownerIds: [8, 9] }, FIXED_NOW);
    assert.deepStrictEqual(changes, { ok: true, value: { addOwners: [9], removeOwners: [7] } });
  });

  it('refuses to save a goal whose due date ClickUp lost until a new one is chosen', () => {
    const changes = buildGoalChanges(aGoal({ dueDate: null }), { name: 'New' }, FIXED_NOW);
    assert.strictEqual(changes.ok, false);
  });

  it('lists each field with the value it will be saved with, marking changes', () => {
    const goal = aGoal({ name: 'Grow', owners: [ann], color: '#7b68ee' });
    const menu = goalEditMenu(goal, { ownerIds: [7, 8] }, FIXED_NOW, names);
    assert.deepStrictEqual(
      menu.map((entry) => [entry.field, entry.value, entry.changed]),
      [
        ['name', 'Grow', false],
        ['due', 'Mar 31, 2027', false],
        ['description', 'none', false],
        ['owners', 'Ann, Bob', true],
        ['color', '#7b68ee', false],
      ],
    );
  });

  it('shows a new due date as the day it means', () => {
    const menu = goalEditMenu(aGoal({ dueDate: localEndOfDay(2027, 6, 30) }), { due: 'in 3 weeks' }, FIXED_NOW, names);
    assert.strictEqual(menu.find((entry) => entry.field === 'due')?.value, 'Wed, Mar 31, 2027');
  });
});
