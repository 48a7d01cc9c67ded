import * as assert from 'node:assert/strict';
import type { PendingWrite, PendingWriteOp } from '../../../src/core/pending/pendingWrite';
import type { GoalFact, ReplayFacts } from '../../../src/core/pending/replayDecision';
import { decideReplay, goalsToCheck, needsTeamGoals, REPLAY_REASONS } from '../../../src/core/pending/replayDecision';
import type { CreateKeyResultInput } from '../../../src/core/domain/types';
import { aGoal, aKeyResult, aProgressAction, aUser } from '../builders/domain';

function writes(...ops: PendingWriteOp[]): PendingWrite[] {
  return ops.map((op, index) => ({ id: `w${index}`, seq: index - ops.length, madeAt: index, op }));
}

const edit = (value: number, note?: string, keyResultId = 'kr1'): PendingWriteOp => ({
  kind: 'editKeyResult',
  keyResultId,
  goalId: 'g1',
  input: { stepsCurrent: value, ...(note === undefined ? {} : { note }) },
});

/** Goal g1 as ClickUp has it now: kr1 at `value` with `note` as its latest note, kr2 at 0. */
function facts(value: number, note = '', extra: Partial<ReplayFacts> = {}): ReplayFacts {
  const goal = aGoal({
    id: 'g1',
    name: 'Launch',
    dueDate: 2000,
    description: 'd',
    color: '#32a852',
    owners: [aUser({ id: 1 })],
    keyResults: [
      aKeyResult({ id: 'kr1', goalId: 'g1', name: 'Signups', type: 'number', stepsCurrent: value, lastAction: aProgressAction({ note }) }),
      aKeyResult({ id: 'kr2', goalId: 'g1', name: 'Revenue', type: 'currency', stepsCurrent: 0, lastAction: null }),
    ],
  });
  return { goals: new Map<string, GoalFact>([['g1', { goal }]]), ...extra };
}

function actions(list: PendingWrite[], known: ReplayFacts): string[] {
  return decideReplay(list, known).map((decision) => (decision.action === 'fail' ? `fail: ${decision.reason}` : decision.action));
}

describe('pending writes: what to resend', () => {
  it('does not resend an edit the service already shows (value, and note as the latest note)', () => {
    assert.deepEqual(actions(writes(edit(7, 'done')), facts(7, 'done')), ['alreadyApplied']);
    assert.deepEqual(actions(writes(edit(7)), facts(7)), ['alreadyApplied']);
  });

  it('resends an edit whose value or note the service does not show', () => {
    assert.deepEqual(actions(writes(edit(7)), facts(6)), ['send']);
    assert.deepEqual(actions(writes(edit(7, 'new note')), facts(7, 'older note')), ['send'], 'same value, note missing: the note must not be lost');
  });

  it('treats every edit before the last one shown as applied (one key result’s edits are sent in order) and sends the rest in order', () => {
    const list = writes(edit(3, 'a'), edit(5, 'b'), edit(8, 'c'), edit(9, 'd'));
    assert.deepEqual(actions(list, facts(5, 'b')), ['alreadyApplied', 'alreadyApplied', 'send', 'send']);
    assert.deepEqual(actions(list, facts(1, 'x')), ['send', 'send', 'send', 'send']);
    assert.deepEqual(actions(list, facts(9, 'd')), ['alreadyApplied', 'alreadyApplied', 'alreadyApplied', 'alreadyApplied']);
  });

  it('judges each key result on its own', () => {
    assert.deepEqual(actions(writes(edit(7, undefined, 'kr1'), edit(4, undefined, 'kr2')), facts(7)), ['alreadyApplied', 'send']);
  });

  it('fails (keeping the values) an edit whose goal or key result is gone, or whose goal could not be read or is unknown', () => {
    assert.deepEqual(actions(writes(edit(1, undefined, 'kr404')), facts(0)), [`fail: ${REPLAY_REASONS.keyResultGone}`]);
    assert.deepEqual(actions(writes(edit(1)), { goals: new Map([['g1', { missing: true }]]) }), [`fail: ${REPLAY_REASONS.goalGone}`]);
    assert.deepEqual(actions(writes(edit(1)), { goals: new Map([['g1', { error: 'ClickUp had a problem' }]]) }), ['fail: ClickUp had a problem']);
    const unknown: PendingWriteOp = { kind: 'editKeyResult', keyResultId: 'kr1', goalId: null, input: { stepsCurrent: 1 } };
    assert.deepEqual(actions(writes(unknown), facts(0)), [`fail: ${REPLAY_REASONS.unknownGoal}`]);
  });

  it('never recreates blindly: a goal with the same name and due date, or a key result with the same name and type, counts as there', () => {
    const goalInput = { name: 'Launch', dueDate: 2000, description: '', multipleOwners: false, owners: [], color: '' };
    const existing = facts(0, '', { teamGoals: [aGoal({ name: 'Launch', dueDate: 2000 })] });
    assert.deepEqual(actions(writes({ kind: 'createGoal', input: goalInput }), existing), ['alreadyApplied']);
    assert.deepEqual(actions(writes({ kind: 'createGoal', input: { ...goalInput, name: 'Other' } }), existing), ['send']);
    assert.deepEqual(actions(writes({ kind: 'createGoal', input: goalInput }), facts(0, '', { teamGoals: { error: 'offline' } })), ['fail: offline']);
    const krInput: CreateKeyResultInput = { name: 'Revenue', type: 'currency', owners: [], stepsStart: 0, stepsEnd: 10, unit: 'EUR', taskIds: [], listIds: [] };
    assert.deepEqual(actions(writes({ kind: 'createKeyResult', goalId: 'g1', input: krInput }), facts(0)), ['alreadyApplied']);
    assert.deepEqual(actions(writes({ kind: 'createKeyResult', goalId: 'g1', input: { ...krInput, name: 'Churn' } }), facts(0)), ['send']);
  });

  it('does not resend a goal edit the goal already shows; sends deletes (a "not found" answer then means done)', () => {
    const update = { name: 'Launch', dueDate: 2000, description: 'd', color: '#32A852', addOwners: [1], removeOwners: [2] };
    assert.deepEqual(actions(writes({ kind: 'updateGoal', goalId: 'g1', input: update }), facts(0)), ['alreadyApplied']);
    assert.deepEqual(actions(writes({ kind: 'updateGoal', goalId: 'g1', input: { ...update, name: 'Renamed' } }), facts(0)), ['send']);
    assert.deepEqual(actions(writes({ kind: 'updateGoal', goalId: 'g1', input: { ...update, addOwners: [5] } }), facts(0)), ['send']);
    assert.deepEqual(actions(writes({ kind: 'deleteGoal', goalId: 'g1' }, { kind: 'deleteKeyResult', keyResultId: 'kr1', goalId: 'g1' }), facts(0)), ['send', 'send']);
  });

  it('reads each goal concerned once, and the goal list only for a goal create', () => {
    const list = writes(edit(1), edit(2), { kind: 'updateGoal', goalId: 'g2', input: { name: '', dueDate: 1, description: '', color: '', addOwners: [], removeOwners: [] } }, { kind: 'deleteGoal', goalId: 'g3' });
    assert.deepEqual(goalsToCheck(list), ['g1', 'g2']);
    assert.equal(needsTeamGoals(list), false);
    assert.equal(needsTeamGoals(writes({ kind: 'createGoal', input: { name: 'x', dueDate: 1, description: '', multipleOwners: false, owners: [], color: '' } })), true);
  });
});
