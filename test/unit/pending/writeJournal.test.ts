import * as assert from 'node:assert/strict';
import { parsePendingWrites } from '../../../src/core/pending/pendingWrite';
import { adoptLeftOver } from '../../../src/core/pending/adoptLeftOver';
import { pendingWritesKey, WriteJournal } from '../../../src/core/pending/writeJournal';
import { MemoryStorage, settle } from './memoryStorage';

const edit = (value: number, note?: string) =>
  ({ kind: 'editKeyResult', keyResultId: 'kr1', goalId: 'g1', input: { stepsCurrent: value, ...(note === undefined ? {} : { note }) } }) as const;

describe('pending writes: the journal', () => {
  it('keeps a write in storage from when it is made until it is marked done', async () => {
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage, { sessionId: 'A', now: () => 10 });
    const done = journal.record('team1', edit(5, 'halfway'));
    await settle();
    const stored = parsePendingWrites(storage.get(pendingWritesKey('team1', 'A')));
    assert.deepEqual(stored.writes.map((write) => write.op), [edit(5, 'halfway')]);
    assert.equal(stored.closed, false);
    done();
    done();
    await settle();
    assert.equal(storage.values.size, 0, 'an empty list is removed');
  });

  it('saves a burst of writes made in one go once', async () => {
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage, { sessionId: 'A' });
    for (let value = 0; value < 50; value += 1) journal.record('team1', edit(value));
    await settle();
    assert.equal(storage.updates, 1);
    assert.equal(storage.allWrites().length, 50);
  });

  it('records nothing without a Workspace, and keeps each Workspace apart', async () => {
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage, { sessionId: 'A' });
    journal.record(null, edit(1))();
    journal.record('team1', edit(1));
    journal.record('team2', edit(2));
    await settle();
    assert.deepEqual([...storage.values.keys()].sort(), [pendingWritesKey('team1', 'A'), pendingWritesKey('team2', 'A')]);
  });

  it('on close saves what is pending as left over, and changes nothing after (a write cancelled by the shutdown is not "done")', async () => {
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage, { sessionId: 'A' });
    const done = journal.record('team1', edit(5));
    journal.close();
    done();
    journal.record('team1', edit(6));
    await settle();
    const stored = parsePendingWrites(storage.get(pendingWritesKey('team1', 'A')));
    assert.equal(stored.closed, true);
    assert.deepEqual(stored.writes.map((write) => write.op), [edit(5)]);
  });

  it('adopts the lists of closed or long-silent windows of the Workspace, oldest first, and leaves live windows and other Workspaces alone', async () => {
    let now = 1_000_000;
    const storage = new MemoryStorage();
    const closedWindow = new WriteJournal(storage, { sessionId: 'closed', now: () => now });
    const crashedWindow = new WriteJournal(storage, { sessionId: 'crashed', now: () => now });
    const liveWindow = new WriteJournal(storage, { sessionId: 'live', now: () => now });
    crashedWindow.record('team1', edit(1, 'first'));
    now += 1;
    closedWindow.record('team1', edit(2, 'second'));
    closedWindow.record('team2', edit(9));
    await settle();
    closedWindow.close();
    now += 10 * 60_000;
    liveWindow.record('team1', edit(3, 'live'));
    await settle();

    const next = new WriteJournal(storage, { sessionId: 'next', now: () => now });
    const adopted = adoptLeftOver(next, storage, 'team1', { now: () => now, isRunning: () => undefined });
    assert.deepEqual(adopted.map((write) => write.op), [edit(1, 'first'), edit(2, 'second')]);
    assert.deepEqual(next.leftOver('team1'), adopted);
    await settle();
    assert.deepEqual(
      [...storage.values.keys()].sort(),
      [pendingWritesKey('team1', 'live'), pendingWritesKey('team1', 'next'), pendingWritesKey('team2', 'closed')].sort(),
    );
    // The window's own writes come after the adopted ones and are not "left over".
    next.record('team1', edit(4));
    assert.deepEqual(next.pending('team1').map((write) => write.op.kind === 'editKeyResult' && write.op.input.stepsCurrent), [1, 2, 4]);
    assert.equal(next.leftOver('team1').length, 2);
  });

  it('two windows never overwrite each other’s lists', async () => {
    const storage = new MemoryStorage();
    const one = new WriteJournal(storage, { sessionId: 'one' });
    const two = new WriteJournal(storage, { sessionId: 'two' });
    one.record('team1', edit(1));
    two.record('team1', edit(2));
    await settle();
    assert.equal(storage.allWrites().length, 2);
  });

  it('drops unreadable left-over lists with a log line and adopts the rest', () => {
    const storage = new MemoryStorage();
    storage.update(pendingWritesKey('team1', 'old'), { writes: 'nonsense' });
    const lines: string[] = [];
    const journal = new WriteJournal(storage, { sessionId: 'new' });
    assert.deepEqual(adoptLeftOver(journal, storage, 'team1', { log: (line) => lines.push(line) }), []);
    assert.equal(lines.length, 1);
    assert.equal(storage.values.size, 0);
  });

  it('keeps a failed write with its reason and values until it is removed', async () => {
    const storage = new MemoryStorage();
    const journal = new WriteJournal(storage, { sessionId: 'A' });
    journal.record('team1', edit(5, 'kept'));
    const [write] = journal.pending('team1');
    journal.markFailed('team1', write.id, 'its goal no longer exists');
    await settle();
    const stored = parsePendingWrites(storage.get(pendingWritesKey('team1', 'A')));
    assert.equal(stored.writes[0].failed, 'its goal no longer exists');
    assert.deepEqual(stored.writes[0].op, edit(5, 'kept'));
  });

  it('adopts at once the list of a window whose process is gone, though it saved just now, and never that of a running process, however old', async () => {
    let now = 1_000_000;
    const storage = new MemoryStorage();
    const gone = new WriteJournal(storage, { sessionId: 'gone', now: () => now, owner: { pid: 11, host: 'h' } });
    const running = new WriteJournal(storage, { sessionId: 'running', now: () => now, owner: { pid: 22, host: 'h' } });
    gone.record('team1', edit(1));
    running.record('team1', edit(2));
    await settle();
    now += 60 * 60_000;
    const next = new WriteJournal(storage, { sessionId: 'next', now: () => now });
    assert.deepEqual(adoptLeftOver(next, storage, 'team1', { now: () => now, isRunning: (owner) => owner.pid === 22 }).map((write) => write.op), [edit(1)]);
    now -= 60 * 60_000;
    const unsure = new WriteJournal(storage, { sessionId: 'unsure', now: () => now });
    assert.deepEqual(adoptLeftOver(unsure, storage, 'team1', { now: () => now, isRunning: () => undefined }), [], 'cannot tell, saved recently: still that window’s');
  });
});
