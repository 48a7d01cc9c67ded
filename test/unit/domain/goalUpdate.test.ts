import * as assert from 'node:assert/strict';
import { GoalUpdateError, buildGoalUpdate, missingGoalUpdateFields } from '../../../src/core/domain/goalUpdate';
import { aGoal, aUser, localEndOfDay } from '../builders/domain';

const alice = aUser({ id: 1 });
const bob = aUser({ id: 2 });

function someGoal(): ReturnType<typeof aGoal> {
  return aGoal({
    name: 'Grow revenue',
    dueDate: localEndOfDay(2027, 3, 31),
    description: 'Q1 target',
    color: '#7b68ee',
    owners: [alice],
  });
}

describe('buildGoalUpdate', () => {
  it('sends every current value when nothing changes', () => {
    assert.deepEqual(buildGoalUpdate(someGoal(), {}), {
      name: 'Grow revenue',
      dueDate: localEndOfDay(2027, 3, 31),
      description: 'Q1 target',
      color: '#7b68ee',
      addOwners: [],
      removeOwners: [],
    });
  });

  it('changes only the name, keeping the other fields', () => {
    const update = buildGoalUpdate(someGoal(), { name: 'Grow revenue 2x' });
    assert.deepEqual([update.name, update.description, update.color], ['Grow revenue 2x', 'Q1 target', '#7b68ee']);
  });

  it('trims a changed name', () => {
    assert.equal(buildGoalUpdate(someGoal(), { name: '  New  ' }).name, 'New');
  });

  it('refuses to send an empty name', () => {
    assert.throws(() => buildGoalUpdate(someGoal(), { name: '   ' }), (error: unknown) => {
      return error instanceof GoalUpdateError && error.reason === 'missingName';
    });
  });

  it('sends a changed due date', () => {
    const due = localEndOfDay(2027, 6, 30);
    assert.equal(buildGoalUpdate(someGoal(), { dueDate: due }).dueDate, due);
  });

  it('refuses to send a 0 due date when the goal has none', () => {
    const goal = { ...someGoal(), dueDate: null };
    assert.throws(() => buildGoalUpdate(goal, { name: 'Renamed' }), (error: unknown) => {
      return error instanceof GoalUpdateError && error.reason === 'missingDueDate';
    });
  });

  it('accepts a goal without a due date once the caller supplies one', () => {
    const due = localEndOfDay(2027, 6, 30);
    assert.equal(buildGoalUpdate({ ...someGoal(), dueDate: null }, { dueDate: due }).dueDate, due);
  });

  it('refuses a changed due date of 0', () => {
    assert.throws(() => buildGoalUpdate(someGoal(), { dueDate: 0 }), GoalUpdateError);
  });

  it('keeps an empty description empty', () => {
    assert.equal(buildGoalUpdate({ ...someGoal(), description: '' }, {}).description, '');
  });

  it('normalises a changed colour', () => {
    assert.equal(buildGoalUpdate(someGoal(), { color: 'ABC' }).color, '#aabbcc');
  });

  it('refuses a colour that is not hex', () => {
    assert.throws(() => buildGoalUpdate(someGoal(), { color: 'purple' }), (error: unknown) => {
      return error instanceof GoalUpdateError && error.reason === 'invalidColor';
    });
  });

  it('adds only people who are not owners yet', () => {
    assert.deepEqual(buildGoalUpdate(someGoal(), { addOwners: [alice.id, bob.id] }).addOwners, [bob.id]);
  });

  it('removes only current owners', () => {
    assert.deepEqual(buildGoalUpdate(someGoal(), { removeOwners: [alice.id, bob.id] }).removeOwners, [alice.id]);
  });

  it('sends each owner id once', () => {
    assert.deepEqual(buildGoalUpdate(someGoal(), { addOwners: [bob.id, bob.id] }).addOwners, [bob.id]);
  });
});

describe('missingGoalUpdateFields', () => {
  it('is empty for a sound update', () => {
    assert.deepEqual(missingGoalUpdateFields(someGoal(), { name: 'Fine' }), []);
  });

  it('lists every problem so the caller can ask for all of them', () => {
    const goal = { ...someGoal(), name: '', dueDate: null };
    assert.deepEqual(missingGoalUpdateFields(goal, { color: 'nope' }), ['missingName', 'missingDueDate', 'invalidColor']);
  });
});
