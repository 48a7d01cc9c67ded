import * as assert from 'node:assert/strict';
import { parseIntent } from '../../../src/core/goalPage/intents';
import { isGoalPageState } from '../../../src/core/goalPage/pageMessages';
import { aKeyResult } from '../builders/domain';

const number = aKeyResult({ id: 'kr-n', type: 'number' });
const flag = aKeyResult({ id: 'kr-b', type: 'boolean', stepsEnd: 1 });
const tasks = aKeyResult({ id: 'kr-a', type: 'automatic' });
const context = { goalId: 'g1', keyResults: [number, flag, tasks] };

describe('goal page: messages from the webview', () => {
  it('accepts each intent the page sends, for this goal and its key results', () => {
    assert.deepEqual(parseIntent({ type: 'ready' }, context), { type: 'ready' });
    for (const action of ['editGoal', 'addKeyResult', 'updateProgress', 'openInClickUp']) {
      assert.deepEqual(parseIntent({ type: 'goal', action, goalId: 'g1' }, context), { type: 'goal', action, goalId: 'g1' });
    }
    for (const action of ['updateProgress', 'increment', 'editKeyResult', 'deleteKeyResult']) {
      assert.deepEqual(parseIntent({ type: 'keyResult', action, goalId: 'g1', keyResultId: 'kr-n' }, context), { type: 'keyResult', action, goalId: 'g1', keyResultId: 'kr-n' });
    }
    assert.deepEqual(parseIntent({ type: 'setDone', goalId: 'g1', keyResultId: 'kr-b', done: false }, context), { type: 'setDone', goalId: 'g1', keyResultId: 'kr-b', done: false });
    assert.deepEqual(parseIntent({ type: 'openLink', href: 'https://app.clickup.com/1/goals/2' }, context), { type: 'openLink', href: 'https://app.clickup.com/1/goals/2' });
  });

  const refused: [string, unknown][] = [
    ['nothing', undefined],
    ['null', null],
    ['a string', 'ready'],
    ['an array', [{ type: 'ready' }]],
    ['an object with a prototype', Object.create({ type: 'ready' }) as unknown],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['an extra field', { type: 'ready', x: 1 }],
    ['another goal', { type: 'goal', action: 'editGoal', goalId: 'g2' }],
    ['a goal action the page does not offer', { type: 'goal', action: 'deleteGoal', goalId: 'g1' }],
    ['a missing goal id', { type: 'goal', action: 'editGoal' }],
    ['a key result of no goal shown', { type: 'keyResult', action: 'editKeyResult', goalId: 'g1', keyResultId: 'kr-x' }],
    ['a key result id that is not a string', { type: 'keyResult', action: 'editKeyResult', goalId: 'g1', keyResultId: ['kr-n'] }],
    ['+1 on a true/false key result', { type: 'keyResult', action: 'increment', goalId: 'g1', keyResultId: 'kr-b' }],
    ['Update Progress on a tasks key result', { type: 'keyResult', action: 'updateProgress', goalId: 'g1', keyResultId: 'kr-a' }],
    ['ticking a number key result', { type: 'setDone', goalId: 'g1', keyResultId: 'kr-n', done: true }],
    ['done that is not a boolean', { type: 'setDone', goalId: 'g1', keyResultId: 'kr-b', done: 1 }],
    ['a command link', { type: 'openLink', href: 'command:workbench.action.quit' }],
    ['a link elsewhere', { type: 'openLink', href: 'https://evil.example/' }],
    ['a huge link', { type: 'openLink', href: `https://app.clickup.com/${'x'.repeat(3000)}` }],
  ];
  for (const [what, message] of refused) {
    it(`refuses ${what}`, () => {
      assert.equal(parseIntent(message, context), undefined);
    });
  }

  it('refuses key-result intents while the key results are not loaded', () => {
    assert.equal(parseIntent({ type: 'keyResult', action: 'editKeyResult', goalId: 'g1', keyResultId: 'kr-n' }, { goalId: 'g1', keyResults: undefined }), undefined);
  });

  it('restores a page only from a state naming a goal', () => {
    assert.equal(isGoalPageState({ goalId: 'g1' }), true);
    for (const state of [undefined, null, {}, { goalId: '' }, { goalId: 5 }, { goalId: 'x'.repeat(101) }]) {
      assert.equal(isGoalPageState(state), false, JSON.stringify(state));
    }
  });
});
