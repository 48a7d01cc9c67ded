import * as assert from 'node:assert/strict';
import type { PendingWrite, PendingWriteOp } from '../../../src/core/pending/pendingWrite';
import { MAX_PENDING_WRITES, parsePendingWrites, PENDING_WRITES_VERSION, serializePendingWrites } from '../../../src/core/pending/pendingWrite';

const every: PendingWriteOp[] = [
  { kind: 'editKeyResult', keyResultId: 'kr1', goalId: 'g1', input: { stepsCurrent: 7, note: 'Shipped «beta» 🚀' } },
  { kind: 'editKeyResult', keyResultId: 'kr2', goalId: null, input: { name: 'Renamed', stepsEnd: 40 } },
  { kind: 'createKeyResult', goalId: 'g1', input: { name: 'New', type: 'currency', owners: [1], stepsStart: 0, stepsEnd: 100, unit: 'EUR', taskIds: [], listIds: [] } },
  { kind: 'deleteKeyResult', keyResultId: 'kr3', goalId: 'g2' },
  { kind: 'createGoal', input: { name: 'Q3', dueDate: 1_800_000_000_000, startDate: 1_700_000_000_000, description: '', multipleOwners: false, owners: [2], color: '#32a852' } },
  { kind: 'updateGoal', goalId: 'g1', input: { name: 'Q3 ✓', dueDate: 1_800_000_000_000, description: 'd', color: '', addOwners: [3], removeOwners: [] } },
  { kind: 'deleteGoal', goalId: 'g9' },
];

function writesOf(ops: readonly PendingWriteOp[]): PendingWrite[] {
  return ops.map((op, index) => ({ id: `s:${index + 1}`, seq: index + 1, madeAt: 1000 + index, op }));
}

/** What globalState would give back: the JSON form. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('pending writes: stored form', () => {
  it('round-trips every kind of write through JSON, in order, with when it was saved and whether its window closed', () => {
    const writes = writesOf(every);
    const parsed = parsePendingWrites(throughJson(serializePendingWrites([...writes].reverse(), 5000, false)));
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.writes, writes);
    assert.equal(parsed.savedAt, 5000);
    assert.equal(parsed.closed, false);
  });

  it('keeps the reason a replay failed, so the values stay with it', () => {
    const [write] = writesOf(every);
    const parsed = parsePendingWrites(throughJson(serializePendingWrites([{ ...write, failed: 'ClickUp had a problem' }], 1, true)));
    assert.equal(parsed.writes[0].failed, 'ClickUp had a problem');
  });

  it('reads nothing (and reports nothing) when nothing is stored', () => {
    assert.deepEqual(parsePendingWrites(undefined), { writes: [], problems: [], savedAt: 0, closed: true });
  });

  for (const [what, stored] of [
    ['a string', 'garbage'],
    ['an array', []],
    ['no list', { version: PENDING_WRITES_VERSION }],
    ['another version', { version: 99, writes: [] }],
    ['an older, unversioned list', { writes: writesOf(every) }],
  ] as const) {
    it(`drops a stored value that is ${what}, with one line saying why, without throwing`, () => {
      const parsed = parsePendingWrites(stored);
      assert.deepEqual(parsed.writes, []);
      assert.equal(parsed.problems.length, 1);
    });
  }

  it('drops each bad entry with a line naming it, and keeps the good ones', () => {
    const good = writesOf(every.slice(0, 1))[0];
    const bad: unknown[] = [
      null,
      'text',
      { ...good, id: '' },
      { ...good, seq: 'one' },
      { ...good, op: { kind: 'teleport' } },
      { ...good, op: { kind: 'editKeyResult', keyResultId: 'kr1', goalId: 'g1', input: {} } },
      { ...good, op: { kind: 'editKeyResult', keyResultId: 'kr1', goalId: 'g1', input: { stepsCurrent: 'NaN' } } },
      { ...good, op: { kind: 'editKeyResult', keyResultId: 'kr1', goalId: 7, input: { stepsCurrent: 1 } } },
      { ...good, op: { kind: 'createGoal', input: { name: 'x' } } },
      { ...good, op: { kind: 'updateGoal', goalId: 'g1', input: { name: 'x', dueDate: 1, description: '', color: '', addOwners: ['a'], removeOwners: [] } } },
      { ...good, op: { kind: 'createKeyResult', goalId: 'g1', input: { ...(every[2] as { input: object }).input, type: 'unknown' } } },
      { ...good, op: { kind: 'editKeyResult', keyResultId: 'kr1', goalId: 'g1', input: { note: 'x'.repeat(100_001) } } },
      { ...good, failed: 42 },
      good,
    ];
    const parsed = parsePendingWrites({ version: PENDING_WRITES_VERSION, writes: bad, savedAt: 1, closed: true });
    assert.deepEqual(parsed.writes, [good]);
    assert.equal(parsed.problems.length, bad.length - 1, parsed.problems.join('\n'));
    const again = parsePendingWrites({ version: PENDING_WRITES_VERSION, writes: [good, good], savedAt: 1, closed: true });
    assert.deepEqual(again.writes, [good]);
    assert.match(again.problems[0], /repeated/);
    assert.ok(parsed.problems.every((line) => !line.includes('x'.repeat(20))), 'problem lines carry no values');
  });

  it('keeps only the fields it knows: an editor_token or token smuggled into a stored entry is not read back', () => {
    const [write] = writesOf(every);
    const tainted = { ...write, token: 'pk_1_SECRET', op: { ...write.op, editor_token: 'SECRET', input: { stepsCurrent: 7, note: 'n', editor_token: 'SECRET' } } };
    const parsed = parsePendingWrites({ version: PENDING_WRITES_VERSION, writes: [tainted], savedAt: 1, closed: true });
    assert.equal(parsed.writes.length, 1);
    assert.doesNotMatch(JSON.stringify(parsed.writes), /SECRET/);
  });

  it(`reads at most ${MAX_PENDING_WRITES} entries and says how many it dropped`, () => {
    const many = Array.from({ length: MAX_PENDING_WRITES + 3 }, (_unused, index) => ({ id: `s:${index}`, seq: index, madeAt: 1, op: { kind: 'deleteGoal', goalId: `g${index}` } }));
    const parsed = parsePendingWrites({ version: PENDING_WRITES_VERSION, writes: many, savedAt: 1, closed: true });
    assert.equal(parsed.writes.length, MAX_PENDING_WRITES);
    assert.match(parsed.problems.join('\n'), /3 unsent writes beyond/);
  });
});
