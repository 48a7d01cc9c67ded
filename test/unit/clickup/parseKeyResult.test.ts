import { strict as assert } from 'node:assert';
import { parseKeyResultResponse } from '../../../src/core/clickup/parse/keyResult';
import { isClickUpError } from '../../../src/core/clickup/errors';
import { wireKeyResult, wireLastAction, wireUser } from '../builders/wire';

function parse(overrides: Record<string, unknown>): ReturnType<typeof parseKeyResultResponse> {
  return parseKeyResultResponse({ key_result: wireKeyResult(overrides) });
}

describe('parsing key results', () => {
  it('reads a freshly created key result', () => {
    const kr = parse({});
    assert.equal(kr.id, 'kr-1');
    assert.equal(kr.goalId, 'goal-1');
    assert.equal(kr.type, 'number');
    assert.equal(kr.reportedPercent, null);
    assert.equal(kr.lastAction?.note, 'Created Key Result');
    assert.equal(kr.lastAction?.userId, 183);
    assert.equal(kr.lastAction?.dateModified, 1738368000000);
  });

  it('keeps float steps', () => {
    const kr = parse({ steps_start: '0.5', steps_end: 2.75, steps_current: '1.25' });
    assert.deepEqual([kr.stepsStart, kr.stepsEnd, kr.stepsCurrent], [0.5, 2.75, 1.25]);
  });

  it('rebuilds the latest progress from the float fields when steps_current is null (after an edit)', () => {
    const kr = parse({
      steps_current: 7.5,
      percent_completed: null,
      last_action: wireLastAction({
        note: 'Halfway',
        steps_before: 5,
        steps_taken: 2,
        steps_current: null,
        steps_before_float: 5,
        steps_taken_float: 2.5,
      }),
    });
    assert.equal(kr.stepsCurrent, 7.5);
    assert.equal(kr.lastAction?.stepsBefore, 5);
    assert.equal(kr.lastAction?.stepsTaken, 2.5);
    assert.equal(kr.lastAction?.stepsCurrent, 7.5);
    assert.equal(kr.lastAction?.note, 'Halfway');
  });

  it("falls back to the last action when the key result's own steps_current is missing", () => {
    const kr = parse({
      steps_current: null,
      last_action: wireLastAction({ steps_before_float: '3', steps_taken_float: '1.5' }),
    });
    assert.equal(kr.stepsCurrent, 4.5);
  });

  it('marks a type it does not know as unknown and keeps the raw type', () => {
    const kr = parse({ type: 'okr_magic' });
    assert.equal(kr.type, 'unknown');
    assert.equal(kr.rawType, 'okr_magic');
  });

  it('reads list links from subcategory_ids and task links from task_ids', () => {
    const kr = parse({ task_ids: ['t1', 42], subcategory_ids: ['l1'] });
    assert.deepEqual(kr.taskIds, ['t1', '42']);
    assert.deepEqual(kr.listIds, ['l1']);
  });

  it('survives nulls, a missing last action and extra fields', () => {
    const kr = parse({ owners: null, last_action: null, unit: null, completed: null, surprise: { deep: true } });
    assert.deepEqual(kr.owners, []);
    assert.equal(kr.lastAction, null);
    assert.equal(kr.unit, '');
    assert.equal(kr.completed, false);
  });

  it('accepts owners wrapped as {user} and numeric ids as strings', () => {
    const kr = parse({ owners: [{ user: wireUser({ id: '77' }) }] });
    assert.equal(kr.owners[0]?.id, 77);
  });

  it('takes the goal id from the request when the body omits it', () => {
    const kr = parseKeyResultResponse({ key_result: wireKeyResult({ goal_id: undefined }) }, 'goal-from-path');
    assert.equal(kr.goalId, 'goal-from-path');
  });

  it('refuses a body without a key result', () => {
    assert.throws(
      () => parseKeyResultResponse({ key_result: 'nope' }),
      (error: unknown) => isClickUpError(error) && error.reason === 'invalidResponse',
    );
  });
});
