import * as assert from 'assert';
import type { FlowStep, StepFrame, StepOutcome } from '../../../src/core/forms/stepFlow';
import { runFlow } from '../../../src/core/forms/stepFlow';

interface Answers {
  name: string;
  kind: string;
  unit: string;
}

type Reply = StepOutcome<Answers> | ((answers: Readonly<Answers>) => StepOutcome<Answers>);

/** A scripted user: each step answers with the next reply in the script; every frame shown is recorded. */
function scripted(replies: Reply[]): { step: (id: string, applies?: (a: Readonly<Answers>) => boolean) => FlowStep<Answers>; shown: string[]; frames: StepFrame[] } {
  const shown: string[] = [];
  const frames: StepFrame[] = [];
  const step = (id: string, applies?: (a: Readonly<Answers>) => boolean): FlowStep<Answers> => ({
    id,
    applies,
    ask(frame, answers) {
      shown.push(id);
      frames.push(frame);
      const reply = replies.shift();
      if (reply === undefined) {
        throw new Error(`no scripted reply for step ${id}`);
      }
      return Promise.resolve(typeof reply === 'function' ? reply(answers) : reply);
    },
  });
  return { step, shown, frames };
}

const blank: Answers = { name: '', kind: '', unit: '' };
const set = (change: Partial<Answers>) => (answers: Readonly<Answers>): StepOutcome<Answers> => ({ kind: 'next', answers: { ...answers, ...change } });

describe('runFlow', () => {
  it('runs every step in order and ends with all the answers', async () => {
    const user = scripted([set({ name: 'Grow' }), set({ kind: 'number' })]);
    const result = await runFlow('Create', [user.step('name'), user.step('kind')], blank);
    assert.deepStrictEqual(result, { kind: 'done', answers: { name: 'Grow', kind: 'number', unit: '' } });
    assert.deepStrictEqual(user.shown, ['name', 'kind']);
  });

  it('counts steps and offers Back only after the first', async () => {
    const user = scripted([set({ name: 'a' }), set({ kind: 'b' })]);
    await runFlow('Create', [user.step('name'), user.step('kind')], blank);
    assert.deepStrictEqual(user.frames, [
      { title: 'Create', step: 1, totalSteps: 2, canGoBack: false },
      { title: 'Create', step: 2, totalSteps: 2, canGoBack: true },
    ]);
  });

  it('goes back to the previous step with the answers given so far', async () => {
    const seen: Answers[] = [];
    const user = scripted([
      set({ name: 'first' }),
      { kind: 'back' },
      (answers) => {
        seen.push({ ...answers });
        return { kind: 'next', answers: { ...answers, name: 'second' } };
      },
      set({ kind: 'number' }),
    ]);
    const result = await runFlow('Create', [user.step('name'), user.step('kind')], blank);
    assert.deepStrictEqual(user.shown, ['name', 'kind', 'name', 'kind']);
    assert.strictEqual(seen[0]?.name, 'first');
    assert.strictEqual(result.kind === 'done' && result.answers.name, 'second');
  });

  it('skips steps that do not apply and leaves them out of the count', async () => {
    const user = scripted([set({ kind: 'number' }), set({ name: 'x' })]);
    const steps = [user.step('kind'), user.step('unit', (a) => a.kind === 'currency'), user.step('name')];
    await runFlow('Add', steps, blank);
    assert.deepStrictEqual(user.shown, ['kind', 'name']);
    assert.deepStrictEqual(user.frames.map((f) => f.totalSteps), [2, 2]);
  });

  it('shows a step that an earlier answer made apply', async () => {
    const user = scripted([set({ kind: 'currency' }), set({ unit: '€' }), set({ name: 'x' })]);
    const steps = [user.step('kind'), user.step('unit', (a) => a.kind === 'currency'), user.step('name')];
    const result = await runFlow('Add', steps, blank);
    assert.deepStrictEqual(user.shown, ['kind', 'unit', 'name']);
    assert.deepStrictEqual(user.frames.map((f) => `${f.step}/${f.totalSteps}`), ['1/2', '2/3', '3/3']);
    assert.strictEqual(result.kind === 'done' && result.answers.unit, '€');
  });

  it('stops at Escape and reports the answers given before it', async () => {
    const user = scripted([set({ name: 'kept' }), { kind: 'cancel' }]);
    const result = await runFlow('Create', [user.step('name'), user.step('kind'), user.step('unit')], blank);
    assert.deepStrictEqual(result, { kind: 'cancelled', answers: { name: 'kept', kind: '', unit: '' } });
    assert.deepStrictEqual(user.shown, ['name', 'kind']);
  });

  it('stays on the first step when Back is pressed there', async () => {
    const user = scripted([{ kind: 'back' }, set({ name: 'a' })]);
    const result = await runFlow('Create', [user.step('name')], blank);
    assert.deepStrictEqual(user.shown, ['name', 'name']);
    assert.strictEqual(result.kind, 'done');
  });
});
