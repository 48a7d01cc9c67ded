import * as assert from 'assert';
import { buildCreateGoalInput, checkDueDate, checkGoalName, checkHexColor, newGoalAnswers } from '../../../src/core/forms/goalForm';
import type { GoalAnswers } from '../../../src/core/forms/goalForm';
import { FIXED_NOW, localEndOfDay } from '../builders/domain';

function answers(overrides: Partial<GoalAnswers> = {}): GoalAnswers {
  return { ...newGoalAnswers(7), name: 'Grow revenue', due: '2027-03-31', color: '#7b68ee', ...overrides };
}

describe('Create Goal form', () => {
  it('preselects the signed-in user as owner', () => {
    assert.deepStrictEqual(newGoalAnswers(7).ownerIds, [7]);
  });

  it('starts with no owner when nobody is signed in', () => {
    assert.deepStrictEqual(newGoalAnswers(null).ownerIds, []);
  });

  it('refuses an empty name while typing', () => {
    assert.strictEqual(checkGoalName('   ')?.severity, 'error');
  });

  it('shows back the date a phrase means', () => {
    assert.deepStrictEqual(checkDueDate('end of quarter', FIXED_NOW), { severity: 'info', message: 'Due Wed, Mar 31, 2027' });
  });

  it('refuses a date that is not a date', () => {
    assert.strictEqual(checkDueDate('someday', FIXED_NOW)?.severity, 'error');
  });

  it('shows a typed hex colour normalised', () => {
    assert.deepStrictEqual(checkHexColor('ABC'), { severity: 'info', message: 'Colour #aabbcc' });
  });

  it('builds the request body from the answers', () => {
    const input = buildCreateGoalInput(answers({ description: '  why it matters ' }), FIXED_NOW);
    assert.deepStrictEqual(input, {
      ok: true,
      value: {
        name: 'Grow revenue',
        dueDate: localEndOfDay(2027, 3, 31),
        description: 'why it matters',
        multipleOwners: false,
        owners: [7],
        color: '#7b68ee',
      },
    });
  });

  it('reads a due-date phrase when the request is built', () => {
    const input = buildCreateGoalInput(answers({ due: 'in 3 weeks' }), FIXED_NOW);
    assert.strictEqual(input.ok && input.value.dueDate, localEndOfDay(2027, 3, 31));
  });

  it('marks several owners as multiple owners and drops duplicates', () => {
    const input = buildCreateGoalInput(answers({ ownerIds: [7, 8, 7] }), FIXED_NOW);
    assert.ok(input.ok);
    assert.deepStrictEqual([input.value.owners, input.value.multipleOwners], [[7, 8], true]);
  });

  it('does not build a body without a due date', () => {
    const input = buildCreateGoalInput(answers({ due: '' }), FIXED_NOW);
    assert.deepStrictEqual(input, { ok: false, message: 'Enter a due date.' });
  });
});
