/**
 * Matrix: odd and bad input in every field a person types into. Each row is
 * either refused by the input box's live check with a one-sentence reason (and
 * the form then sends nothing), or accepted and sent exactly as expected: the
 * request body the emulator received holds the expected value.
 */
import { strict as assert } from 'node:assert';
import { blocksAccept } from '../../../src/core/forms/feedback';
import { countCases } from './support/caseCount';
import { assertOneSentence } from './support/checks';
import { FIELDS, type InputField, type InputWorld } from './support/inputFields';
import { goalInput, keyResultInput, openWorld, shown, writesSince } from './support/world';

type Row = { field: InputField; input: string } & ({ sends: unknown } | { refused: RegExp });

const accept = (field: InputField, input: string, sends: unknown): Row => ({ field, input, sends });
const refuse = (field: InputField, input: string, refused: RegExp): Row => ({ field, input, refused });

const nextYear = new Date().getFullYear() + 1;
const endOfLocalDay = (year: number, month1: number, day: number): number => new Date(year, month1 - 1, day, 23, 59, 59, 999).getTime();
const tomorrow = ((): number => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 23, 59, 59, 999).getTime();
})();

const EMOJI = '🎯 Grow revenue 🚀👩‍👩‍👧';
const RTL = 'زيادة الإيرادات بنسبة ٢٠٪';
const MARKUP = '<img src=x onerror=alert(1)> **bold** [x](command:workbench.action.quit)';
const { goalName, goalNameEdit, dueDate, colour, keyResultName, start, target, percentageTarget, currencyTarget } = FIELDS;
const { currencyUnit, taskIds, current, booleanCurrent, note, targetEdit } = FIELDS;

const ROWS: Row[] = [
  refuse(goalName, '', /cannot be empty/),
  refuse(goalName, '   ', /cannot be empty/),
  refuse(goalName, '\t \u00a0 ', /cannot be empty/),
  refuse(goalName, 'x'.repeat(256), /256 characters long; the limit is 255/),
  refuse(goalName, 'x'.repeat(10_000), /limit is 255/),
  accept(goalName, 'x'.repeat(255), 'x'.repeat(255)),
  accept(goalName, '🎯'.repeat(255), '🎯'.repeat(255)),
  accept(goalName, EMOJI, EMOJI),
  accept(goalName, RTL, RTL),
  accept(goalName, MARKUP, MARKUP),
  accept(goalName, '  Padded name  ', 'Padded name'),
  refuse(goalNameEdit, '', /cannot be empty/),
  refuse(goalNameEdit, '  ', /cannot be empty/),
  accept(goalNameEdit, EMOJI, EMOJI),
  accept(goalNameEdit, RTL, RTL),
  refuse(keyResultName, '', /cannot be empty/),
  refuse(keyResultName, 'y'.repeat(300), /limit is 255/),
  accept(keyResultName, EMOJI, EMOJI),
  accept(keyResultName, MARKUP, MARKUP),

  refuse(dueDate, '', /Enter a due date/),
  refuse(dueDate, '2027-02-30', /is not a real date/),
  refuse(dueDate, `${nextYear}-04-31`, /is not a real date/),
  refuse(dueDate, `${nextYear}-13-01`, /is not a real date/),
  refuse(dueDate, '1970-01-01', /more than a year ago/),
  refuse(dueDate, '1999-12-31', /more than a year ago/),
  refuse(dueDate, '2101-01-01', /no later than 2100/),
  refuse(dueDate, 'in 99999 days', /Enter a date like/),
  refuse(dueDate, 'soon', /Enter a date like/),
  refuse(dueDate, 'NaN', /Enter a date like/),
  accept(dueDate, `${nextYear}-03-31`, endOfLocalDay(nextYear, 3, 31)),
  accept(dueDate, `${nextYear}-2-3`, endOfLocalDay(nextYear, 2, 3)),
  accept(dueDate, '2100-12-31', endOfLocalDay(2100, 12, 31)),
  accept(dueDate, 'tomorrow', tomorrow),

  refuse(colour, 'red', /hex code/),
  refuse(colour, '#12345', /hex code/),
  refuse(colour, '#ggg', /hex code/),
  refuse(colour, 'rgb(1,2,3)', /hex code/),
  refuse(colour, '<b>#fff</b>', /hex code/),
  accept(colour, '#7B68EE', '#7b68ee'),
  accept(colour, 'abc', '#aabbcc'),
  accept(colour, ' #32a852 ', '#32a852'),

  refuse(start, 'NaN', /Enter a number/),
  refuse(start, 'Infinity', /finite number/),
  refuse(start, '-Infinity', /finite number/),
  refuse(start, '∞', /finite number/),
  refuse(start, '1e3', /without an exponent/),
  refuse(start, '0x10', /Enter a number/),
  refuse(start, '1,00', /groups of three digits/),
  refuse(start, '1,0000', /groups of three digits/),
  refuse(start, '9999999999999999', /too large/),
  refuse(start, '', /Enter a number/),
  refuse(start, 'ten', /Enter a number/),
  accept(start, '1,000', 1000),
  accept(start, '1,000,000.5', 1_000_000.5),
  accept(start, '1 000', 1000),
  accept(start, '-3.5', -3.5),
  accept(start, '.5', 0.5),
  refuse(target, '0', /must differ from the start/),
  refuse(target, 'Infinity', /finite number/),
  accept(target, '12,500', 12_500),
  refuse(percentageTarget, '150', /from 0 to 100/),
  refuse(percentageTarget, '-5', /from 0 to 100/),
  accept(percentageTarget, '80%', 80),
  accept(currencyTarget, '€250,000', 250_000),
  accept(currencyTarget, '$1,000,000.50', 1_000_000.5),
  refuse(currencyTarget, '€1.000,50', /Enter a number/),
  refuse(currencyUnit, '', /Enter a currency/),
  refuse(currencyUnit, 'Swiss francs please', /10 characters or fewer/),
  accept(currencyUnit, ' CHF ', 'CHF'),
  refuse(taskIds, '', /at least one id/),
  refuse(taskIds, '<script>', /is not an id/),
  accept(taskIds, 'abc123, def456; abc123', ['abc123', 'def456']),
  accept(taskIds, 'https://app.clickup.com/t/86abc', ['86abc']),

  refuse(current, '11', /from 0 to 10/),
  refuse(current, '-1', /from 0 to 10/),
  refuse(current, '1,000', /from 0 to 10/),
  refuse(current, 'NaN', /Enter a number/),
  refuse(current, 'Infinity', /finite number/),
  refuse(current, '', /Enter a number/),
  accept(current, '10', 10),
  accept(current, '7.25', 7.25),
  accept(current, '0', 0),
  refuse(booleanCurrent, '2', /1 for done or 0/),
  refuse(booleanCurrent, 'yes', /Enter a number/),
  accept(booleanCurrent, '1', 1),
  accept(note, MARKUP, MARKUP),
  accept(note, '  spaced note  ', 'spaced note'),
  accept(note, '', undefined),
  refuse(targetEdit, '0', /must differ from the start/),
  refuse(targetEdit, 'NaN', /Enter a number/),
  accept(targetEdit, '1,500', 1500),
];

describe('hardening: bad input × fields (forms -> store -> client -> emulator)', () => {
  const tried = countCases('bad input × fields');
  let world: InputWorld;

  before(async () => {
    const base = await openWorld();
    const made = await base.side.createKeyResult(base.a.goalId, keyResultInput('Shipped?', { type: 'boolean' }));
    await base.store.loadKeyResults(base.a.goalId, { force: true });
    world = Object.assign(base, { booleanKeyResultId: made.id });
  });

  after(async () => {
    await world.close();
  });

  for (const row of ROWS) {
    const verdict = 'sends' in row ? `sent as ${JSON.stringify(row.sends)?.slice(0, 40)}` : 'refused';
    it(`${row.field.name}: ${JSON.stringify(row.input).slice(0, 50)} is ${verdict}`, async () => {
      tried();
      const from = world.emulator.requests.length;
      const live = row.field.check(row.input, world);
      const result = await row.field.submit(row.input, world);
      const writes = writesSince(world.emulator, from);
      if ('refused' in row) {
        assert.ok(live && blocksAccept(live), 'the input box refuses it');
        assert.match(live.message, row.refused);
        assertOneSentence(live.message);
        assert.equal(result.ok, false, 'the form refuses it too');
        assert.deepEqual(writes, [], 'nothing reaches the service');
      } else {
        assert.ok(!blocksAccept(live), `the input box accepts it (said: ${live?.message ?? ''})`);
        assert.equal(result.ok, true);
        assert.deepEqual(writes.map((request) => request.route), [row.field.route], 'sent once');
        assert.deepEqual(row.field.wire(writes[0].body as Record<string, unknown>), row.sends);
      }
    });
  }
});

/** Values no form builds, handed straight to the store: the client still refuses to send them. */
const DIRECT: { name: string; send(world: InputWorld): Promise<unknown> }[] = [
  { name: 'a NaN current value', send: (w) => w.store.editKeyResult(w.a.keyResultIds[0], { stepsCurrent: Number.NaN }) },
  { name: 'an Infinity current value', send: (w) => w.store.editKeyResult(w.a.keyResultIds[0], { stepsCurrent: Infinity }) },
  { name: 'an edit with nothing in it', send: (w) => w.store.editKeyResult(w.a.keyResultIds[0], {}) },
  { name: 'a NaN start value', send: (w) => w.store.createKeyResult(w.a.goalId, keyResultInput('NaN start', { stepsStart: Number.NaN })) },
  { name: 'an Infinity target', send: (w) => w.store.createKeyResult(w.a.goalId, keyResultInput('Endless', { stepsEnd: Infinity })) },
  { name: 'a due date of 0', send: (w) => w.store.createGoal(goalInput('Zero due', { dueDate: 0 })) },
  { name: 'a NaN due date', send: (w) => w.store.createGoal(goalInput('NaN due', { dueDate: Number.NaN })) },
  { name: 'an update that would blank the name', send: (w) => w.store.updateGoal(w.b.goalId, { name: '   ' }) },
  { name: 'an update with a NaN due date', send: (w) => w.store.updateGoal(w.b.goalId, { dueDate: Number.NaN }) },
];

describe('hardening: values no form builds × the store and client', () => {
  const tried = countCases('unbuildable values × store');
  let world: InputWorld;

  before(async () => {
    const base = await openWorld();
    world = Object.assign(base, { booleanKeyResultId: '' });
  });

  after(async () => {
    await world.close();
  });

  for (const row of DIRECT) {
    it(`refuses ${row.name} before sending, and shows nothing of it`, async () => {
      tried();
      const before = shown(world.store.state);
      const from = world.emulator.requests.length;
      const failure: unknown = await row.send(world).then(
        () => undefined,
        (error: unknown) => error,
      );
      assert.ok(failure instanceof Error, 'refused');
      assertOneSentence(failure.message);
      assert.deepEqual(writesSince(world.emulator, from), [], 'nothing reaches the service');
      assert.deepEqual(shown(world.store.state), before, 'an optimistic value is rolled back');
    });
  }
});
