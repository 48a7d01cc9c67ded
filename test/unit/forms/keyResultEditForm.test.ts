import * as assert from 'assert';
import { buildKeyResultEdit, canEditTarget, ignoredFields } from '../../../src/core/forms/keyResultEditForm';
import { aKeyResult } from '../builders/domain';

describe('Edit Key Result form', () => {
  it('sends a new name and target', () => {
    const kr = aKeyResult({ name: 'Customers', stepsEnd: 50 });
    assert.deepStrictEqual(buildKeyResultEdit(kr, { name: 'Paying customers', target: '80' }), {
      ok: true,
      value: { name: 'Paying customers', stepsEnd: 80 },
    });
  });

  it('sends nothing for values typed back unchanged', () => {
    const kr = aKeyResult({ name: 'Customers', stepsEnd: 50 });
    assert.deepStrictEqual(buildKeyResultEdit(kr, { name: 'Customers', target: '50' }), { ok: true, value: {} });
  });

  it('refuses a target equal to the start', () => {
    const kr = aKeyResult({ stepsStart: 10, stepsEnd: 50 });
    assert.strictEqual(buildKeyResultEdit(kr, { target: '10' }).ok, false);
  });

  it('keeps the fixed target of a true/false key result', () => {
    assert.strictEqual(canEditTarget(aKeyResult({ type: 'boolean' })), false);
  });

  it('says plainly which fields ClickUp left unchanged', () => {
    const returned = aKeyResult({ name: 'Customers', stepsEnd: 50 });
    assert.deepStrictEqual(ignoredFields({ name: 'Paying customers', stepsEnd: 80 }, returned), [
      'ClickUp did not change the name.',
      'ClickUp kept the target at 50.',
    ]);
  });

  it('reports nothing when ClickUp took every change', () => {
    const returned = aKeyResult({ name: 'Paying customers', stepsEnd: 80 });
    assert.deepStrictEqual(ignoredFields({ name: 'Paying customers', stepsEnd: 80 }, returned), []);
  });
});
