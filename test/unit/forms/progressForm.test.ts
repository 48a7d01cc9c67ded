import * as assert from 'assert';
import {
  booleanEdit,
  buildProgressEdit,
  checkProgressValue,
  describeRange,
  incrementEdit,
  manualUpdateRefusal,
  newProgressAnswers,
} from '../../../src/core/forms/progressForm';
import { aKeyResult } from '../builders/domain';

describe('Update Progress form', () => {
  it('prefills the current value', () => {
    assert.strictEqual(newProgressAnswers(aKeyResult({ stepsCurrent: 30 })).value, '30');
  });

  it('shows the range and where it stands', () => {
    assert.strictEqual(describeRange(aKeyResult({ stepsStart: 0, stepsEnd: 50, stepsCurrent: 30 })), 'From 0 to 50; now 30.');
  });

  it('shows a currency range with its unit', () => {
    const kr = aKeyResult({ type: 'currency', unit: '€', stepsStart: 0, stepsEnd: 1_000_000, stepsCurrent: 250_000 });
    assert.strictEqual(describeRange(kr), 'From €0 to €1,000,000; now €250,000.');
  });

  it('refuses a value outside the range while typing', () => {
    assert.strictEqual(checkProgressValue('60', aKeyResult({ stepsEnd: 50 }))?.severity, 'error');
  });

  it('accepts a value in a decreasing range', () => {
    const kr = aKeyResult({ stepsStart: 50, stepsEnd: 10, stepsCurrent: 40 });
    assert.strictEqual(checkProgressValue('20', kr)?.severity, 'info');
  });

  it('shows an accepted value with the range, as the message hides the prompt', () => {
    const kr = aKeyResult({ type: 'percentage', stepsStart: 0, stepsEnd: 80, stepsCurrent: 40 });
    assert.deepStrictEqual(checkProgressValue('45%', kr), { severity: 'info', message: 'Set to 45% (from 0% to 80%; now 40%)' });
  });

  it('sends the note with the value when one was written', () => {
    const edit = buildProgressEdit({ value: '35', note: ' signed two customers ' }, aKeyResult({ stepsEnd: 50 }));
    assert.deepStrictEqual(edit, { ok: true, value: { stepsCurrent: 35, note: 'signed two customers' } });
  });

  it('sends no note when none was written', () => {
    const edit = buildProgressEdit({ value: '35', note: '' }, aKeyResult({ stepsEnd: 50 }));
    assert.deepStrictEqual(edit, { ok: true, value: { stepsCurrent: 35 } });
  });

  it('adds one towards the target', () => {
    assert.deepStrictEqual(incrementEdit(aKeyResult({ stepsCurrent: 30, stepsEnd: 50 })), { ok: true, value: { stepsCurrent: 31 } });
  });

  it('steps down towards a decreasing target', () => {
    const kr = aKeyResult({ stepsStart: 50, stepsEnd: 10, stepsCurrent: 40 });
    assert.deepStrictEqual(incrementEdit(kr), { ok: true, value: { stepsCurrent: 39 } });
  });

  it('stops at the target rather than passing it', () => {
    assert.deepStrictEqual(incrementEdit(aKeyResult({ stepsCurrent: 49.5, stepsEnd: 50 })), { ok: true, value: { stepsCurrent: 50 } });
  });

  it('says so when the target is already reached', () => {
    const edit = incrementEdit(aKeyResult({ name: 'Customers', stepsCurrent: 50, stepsEnd: 50 }));
    assert.deepStrictEqual(edit, { ok: false, message: '“Customers” has already reached its target.' });
  });

  it('ticks a true/false key result as 1 and unticks it as 0', () => {
    assert.deepStrictEqual([booleanEdit(true), booleanEdit(false)], [{ stepsCurrent: 1 }, { stepsCurrent: 0 }]);
  });

  it('explains that an automatic key result follows its tasks', () => {
    assert.match(manualUpdateRefusal(aKeyResult({ type: 'automatic' })) ?? '', /linked tasks/);
  });
});
