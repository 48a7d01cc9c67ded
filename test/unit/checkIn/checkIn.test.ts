// The check-in plan (which key results, in which order, what each step shows), pinned by a golden
// file, and the bookkeeping of a pass: keep, skip, a new value with its note, Back and answer again,
// a late answer to an earlier send, a failure kept for Retry, and the summary counts.
import * as assert from 'assert';
import type { CheckInScope, CheckInStep } from '../../../src/core/checkIn/checkInPlan';
import { checkInGoals, checkInPlan, checkInStepText } from '../../../src/core/checkIn/checkInPlan';
import { CheckInRun, checkInEdit, readCheckInValue } from '../../../src/core/checkIn/checkInRun';
import { assertGolden } from '../builders/golden';
import { FOLDERS, JONAS, LOOSE_GOALS, MAYA, NOW, keyResultsOf } from '../reports/reportFixture';

const source = { goals: LOOSE_GOALS, folders: FOLDERS };

function planText(scope: CheckInScope): string {
  const steps = checkInPlan(checkInGoals(scope, source), keyResultsOf);
  const lines = steps.map((step, index) => {
    const text = checkInStepText(step, keyResultsOf(step.goal.id), NOW);
    return `(${index + 1}/${steps.length}) ${text.title}\n    ${text.prompt}\n    value box: ${String(step.keyResult.stepsCurrent)} [${step.keyResult.type}]`;
  });
  return `${lines.join('\n')}\n`;
}

function stepsFor(scope: CheckInScope): CheckInStep[] {
  return checkInPlan(checkInGoals(scope, source), keyResultsOf);
}

describe('Check-in plan (golden)', () => {
  it('my open goals: soonest due first, only key results set by hand, nothing from a done or archived goal', () => {
    assertGolden('checkIn', 'mine.txt', planText({ kind: 'mine', userId: MAYA.id }));
  });

  it('a folder\'s open goals, decreasing targets and hostile names included', () => {
    assertGolden('checkIn', 'folder.txt', planText({ kind: 'folder', folderId: 'f-eng' }));
  });

  it('one goal asked for by id, even a completed one', () => {
    assertGolden('checkIn', 'goal-done.txt', planText({ kind: 'goal', goalId: 'g-done' }));
  });

  it('leaves out automatic and unknown key results, and goals whose key results are not loaded', () => {
    const steps = stepsFor({ kind: 'mine', userId: MAYA.id });
    assert.ok(steps.every((step) => step.keyResult.type !== 'automatic' && step.keyResult.type !== 'unknown'));
    assert.ok(!steps.some((step) => step.goal.id === 'g-unloaded' || step.goal.id === 'g-archived'));
    assert.ok(checkInGoals({ kind: 'mine', userId: MAYA.id }, source).some((goal) => goal.id === 'g-unloaded'), 'still a goal of the pass (to load)');
  });

  it('has no steps for someone who owns no open goals', () => {
    assert.deepStrictEqual(stepsFor({ kind: 'mine', userId: 424242 }), []);
    assert.ok(!stepsFor({ kind: 'mine', userId: JONAS.id }).some((step) => step.goal.id === 'g-done'));
  });
});

describe('Check-in answers', () => {
  const [arr] = stepsFor({ kind: 'goal', goalId: 'g-revenue' });

  it('keeps the current value, also written differently', () => {
    for (const text of ['250000', '250,000', '€250,000', ' 250000 ']) {
      assert.deepStrictEqual(readCheckInValue(text, arr.keyResult), { ok: true, value: { kind: 'keep' } }, text);
    }
  });

  it('reads a new value, and refuses one out of range as Update Progress does', () => {
    assert.deepStrictEqual(readCheckInValue('300000', arr.keyResult), { ok: true, value: { kind: 'set', value: 300000 } });
    assert.strictEqual(readCheckInValue('2000000', arr.keyResult).ok, false);
    assert.strictEqual(readCheckInValue('lots', arr.keyResult).ok, false);
  });

  it('accepts a value on the way down to a decreasing target', () => {
    const p95 = stepsFor({ kind: 'folder', folderId: 'f-eng' }).find((step) => step.keyResult.id === 'kr-p95');
    assert.ok(p95);
    assert.deepStrictEqual(readCheckInValue('250', p95.keyResult), { ok: true, value: { kind: 'set', value: 250 } });
    assert.strictEqual(readCheckInValue('150', p95.keyResult).ok, false);
  });

  it('sends the note only when one was written', () => {
    assert.deepStrictEqual(checkInEdit({ value: 3, note: '  ' }), { stepsCurrent: 3 });
    assert.deepStrictEqual(checkInEdit({ value: 3, note: ' Two more ' }), { stepsCurrent: 3, note: 'Two more' });
  });
});

describe('Check-in run', () => {
  const steps = stepsFor({ kind: 'goal', goalId: 'g-revenue' });

  it('counts updated, kept, skipped (also steps never reached) and failed', () => {
    const run = new CheckInRun(steps);
    const first = run.answer(0, { kind: 'set', value: 300000, note: '' });
    run.answer(1, { kind: 'keep' });
    run.answer(2, { kind: 'skip' });
    assert.strictEqual(run.answer(1, { kind: 'keep' }), undefined, 'nothing to send for a kept value');
    assert.ok(first !== undefined);
    run.settle(0, first, true);
    assert.deepStrictEqual(run.tally(), { updated: 1, kept: 1, skipped: 2, failed: 0 });
  });

  it('keeps a failed answer for Retry and counts it updated once the retry is accepted', () => {
    const run = new CheckInRun(steps);
    const attempt = run.answer(1, { kind: 'set', value: 35, note: 'Two more' });
    assert.ok(attempt !== undefined);
    run.settle(1, attempt, false);
    assert.deepStrictEqual(run.failedSteps(), [1]);
    assert.deepStrictEqual(run.answerAt(1), { kind: 'set', value: 35, note: 'Two more' });
    assert.strictEqual(run.tally().failed, 1);
    const retry = run.resend(1);
    assert.ok(retry !== undefined);
    assert.strictEqual(run.resend(1), undefined, 'not twice while on its way');
    run.settle(1, retry, true);
    assert.deepStrictEqual([run.failedSteps(), run.tally().updated, run.tally().failed], [[], 1, 0]);
  });

  it('lets only the last edit of a step decide, whatever order the answers arrive in', () => {
    const run = new CheckInRun(steps);
    const early = run.answer(0, { kind: 'set', value: 300000, note: '' });
    const late = run.answer(0, { kind: 'set', value: 400000, note: '' });
    assert.ok(early !== undefined && late !== undefined);
    run.settle(0, late, true);
    run.settle(0, early, false);
    assert.strictEqual(run.sendStateAt(0), 'sent');
  });

  it('counts a step that was sent and then kept on the way Back as updated', () => {
    const run = new CheckInRun(steps);
    const attempt = run.answer(0, { kind: 'set', value: 300000, note: '' });
    assert.ok(attempt !== undefined);
    run.settle(0, attempt, true);
    run.answer(0, { kind: 'keep' });
    assert.strictEqual(run.tally().updated, 1);
  });
});
