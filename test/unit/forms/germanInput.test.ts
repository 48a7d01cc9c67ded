// The forms read what a German user types, and their prefills read back unchanged.
import * as assert from 'node:assert/strict';
import { readCheckInValue } from '../../../src/core/checkIn/checkInRun';
import { buildGoalChanges } from '../../../src/core/forms/goalEditForm';
import { buildCreateGoalInput, newGoalAnswers } from '../../../src/core/forms/goalForm';
import { buildKeyResultEdit, readTarget } from '../../../src/core/forms/keyResultEditForm';
import { buildCreateKeyResultInput, checkStart, newKeyResultAnswers } from '../../../src/core/forms/keyResultForm';
import { buildProgressEdit, checkProgressValue, newProgressAnswers } from '../../../src/core/forms/progressForm';
import { aGoal, aKeyResult, localEndOfDay, localNoon } from '../builders/domain';

const now = localNoon(2027, 3, 10);

describe('Forms in German', () => {
  it('prefills the current value with a decimal comma, and Enter sends it unchanged', () => {
    const kr = aKeyResult({ stepsStart: 0, stepsEnd: 10, stepsCurrent: 2.5 });
    const answers = newProgressAnswers(kr, 'de');
    assert.equal(answers.value, '2,5');
    assert.deepEqual(buildProgressEdit(answers, kr, 'de'), { ok: true, value: { stepsCurrent: 2.5 } });
    assert.deepEqual(readCheckInValue(answers.value, kr, 'de'), { ok: true, value: { kind: 'keep' } });
  });

  it('keeps every prefill in the check-in and progress boxes for a spread of values', () => {
    for (const locale of ['en', 'de']) {
      for (const current of [0, 0.5, 1.25, 42, 999.99, 1000, 12345.678, 250000, 999999.5]) {
        const kr = aKeyResult({ stepsStart: 0, stepsEnd: 1_000_000, stepsCurrent: current });
        const read = readCheckInValue(newProgressAnswers(kr, locale).value, kr, locale);
        assert.deepEqual(read, { ok: true, value: { kind: 'keep' } }, `${locale} ${current}`);
      }
    }
  });

  it('reads "1,5" as one and a half and refuses "1.5" with the German way to write it', () => {
    const kr = aKeyResult({ stepsStart: 0, stepsEnd: 10, stepsCurrent: 0 });
    assert.deepEqual(buildProgressEdit({ value: '1,5', note: '' }, kr, 'de'), { ok: true, value: { stepsCurrent: 1.5 } });
    const refused = checkProgressValue('1.5', kr, 'de');
    assert.equal(refused?.severity, 'error');
    assert.match(refused?.message ?? '', /Write 1,5/);
  });

  it('reads a German amount and percentage for start and target', () => {
    const answers = { ...newKeyResultAnswers(7), name: 'Umsatz', type: 'currency' as const, unit: '€', start: '0', target: '250.000 €' };
    const built = buildCreateKeyResultInput(answers, 'de');
    assert.equal(built.ok && built.value.stepsEnd, 250000);
    assert.equal(checkStart('12,5 %', 'percentage', 'de')?.severity !== 'error', true);
  });

  it('edits a target typed in German', () => {
    const kr = aKeyResult({ stepsStart: 0, stepsEnd: 50 });
    assert.deepEqual(readTarget('1.000,5', kr, 'de'), { ok: true, value: 1000.5 });
    assert.deepEqual(buildKeyResultEdit(kr, { target: '75,5' }, 'de'), { ok: true, value: { stepsEnd: 75.5 } });
  });

  it('creates and edits goals with German due-date phrases', () => {
    const created = buildCreateGoalInput({ ...newGoalAnswers(7), name: 'Wachstum', due: 'Ende des Quartals' }, now, 'de');
    assert.equal(created.ok && created.value.dueDate, localEndOfDay(2027, 3, 31));
    assert.equal(buildCreateGoalInput({ ...newGoalAnswers(7), name: 'Wachstum', due: 'Ende des Quartals' }, now, 'en').ok, false);
    const changes = buildGoalChanges(aGoal({ dueDate: localEndOfDay(2027, 3, 31) }), { due: 'nächsten Freitag' }, now, 'de');
    assert.deepEqual(changes, { ok: true, value: { dueDate: localEndOfDay(2027, 3, 12) } });
  });
});
