import * as assert from 'assert';
import type { KeyResultAnswers } from '../../../src/core/forms/keyResultForm';
import {
  buildCreateKeyResultInput,
  checkIds,
  checkStart,
  checkTarget,
  checkUnit,
  newKeyResultAnswers,
  withType,
} from '../../../src/core/forms/keyResultForm';

function answers(overrides: Partial<KeyResultAnswers> = {}): KeyResultAnswers {
  return { ...newKeyResultAnswers(7), name: 'Customers', start: '0', target: '50', ...overrides };
}

describe('Add Key Result form', () => {
  it('builds a number key result with its start and target', () => {
    const input = buildCreateKeyResultInput(answers({ start: '10', target: '1,000' }));
    assert.deepStrictEqual(input, {
      ok: true,
      value: { name: 'Customers', type: 'number', owners: [7], stepsStart: 10, stepsEnd: 1000, unit: '', taskIds: [], listIds: [] },
    });
  });

  it('sends the currency unit with a currency key result', () => {
    const input = buildCreateKeyResultInput(answers({ type: 'currency', unit: '€', target: '€250,000' }));
    assert.ok(input.ok);
    assert.deepStrictEqual([input.value.unit, input.value.stepsEnd], ['€', 250000]);
  });

  it('starts a percentage key result at 0 to 100', () => {
    const switched = withType(answers(), 'percentage');
    assert.deepStrictEqual([switched.start, switched.target], ['0', '100']);
  });

  it('refuses a percentage above 100', () => {
    assert.strictEqual(checkStart('120', 'percentage')?.severity, 'error');
  });

  it('sends a true/false key result from 0 to 1, whatever range was typed before', () => {
    const input = buildCreateKeyResultInput(answers({ type: 'boolean', target: '50' }));
    assert.ok(input.ok);
    assert.deepStrictEqual([input.value.stepsStart, input.value.stepsEnd], [0, 1]);
  });

  it('links an automatic key result to the tasks typed, one step per task', () => {
    const input = buildCreateKeyResultInput(answers({ type: 'automatic', linkKind: 'tasks', ids: 'abc1, abc2' }));
    assert.ok(input.ok);
    assert.deepStrictEqual([input.value.taskIds, input.value.listIds, input.value.stepsEnd], [['abc1', 'abc2'], [], 2]);
  });

  it('links an automatic key result to lists', () => {
    const input = buildCreateKeyResultInput(answers({ type: 'automatic', linkKind: 'lists', ids: '901' }));
    assert.ok(input.ok);
    assert.deepStrictEqual([input.value.taskIds, input.value.listIds], [[], ['901']]);
  });

  it('refuses a target equal to the start while typing', () => {
    assert.strictEqual(checkTarget('0', { start: '0', type: 'number' })?.severity, 'error');
  });

  it('accepts a target different from the start', () => {
    assert.strictEqual(checkTarget('50', { start: '0', type: 'number' }), undefined);
  });

  it('asks for a currency when none is typed', () => {
    assert.strictEqual(checkUnit(' ')?.severity, 'error');
  });

  it('counts the ids typed', () => {
    assert.deepStrictEqual(checkIds('a1 a2 a3'), { severity: 'info', message: '3 ids' });
  });

  it('does not build a number key result without a target', () => {
    const input = buildCreateKeyResultInput(answers({ target: '' }));
    assert.strictEqual(input.ok, false);
  });
});
