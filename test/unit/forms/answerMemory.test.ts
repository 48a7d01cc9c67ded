import * as assert from 'assert';
import { AnswerMemory } from '../../../src/core/forms/answerMemory';

interface Answers {
  name: string;
  owners: number[];
}

describe('AnswerMemory', () => {
  it('gives back what was remembered for the same target', () => {
    const memory = new AnswerMemory<Answers>();
    memory.remember('goal-1', { name: 'Grow', owners: [7] });
    assert.deepStrictEqual(memory.recall('goal-1'), { name: 'Grow', owners: [7] });
  });

  it('keeps targets apart', () => {
    const memory = new AnswerMemory<Answers>();
    memory.remember('goal-1', { name: 'Grow', owners: [] });
    assert.strictEqual(memory.recall('goal-2'), undefined);
  });

  it('forgets a target once asked to', () => {
    const memory = new AnswerMemory<Answers>();
    memory.remember('goal-1', { name: 'Grow', owners: [] });
    memory.forget('goal-1');
    assert.strictEqual(memory.recall('goal-1'), undefined);
  });

  it('is not changed by edits to answers it handed out', () => {
    const memory = new AnswerMemory<Answers>();
    memory.remember('goal-1', { name: 'Grow', owners: [7] });
    memory.recall('goal-1')?.owners.push(8);
    assert.deepStrictEqual(memory.recall('goal-1')?.owners, [7]);
  });
});
