// Unsent writes in the real extension host: lists a closed window left in globalState are checked
// against the emulator and sent on the next sign-in to their Workspace, each exactly once, what
// ClickUp already has is not sent again, the user is told with counts, and failures are kept with
// Retry and Discard. (test/ui/windowClosed.ui.ts reloads a real window with writes queued.)
import * as assert from 'assert';
import { ClickUpClient } from '../../../src/core/clickup/client';
import { nodeFetch } from '../../../src/core/clickup/nodeFetch';
import { allGoals } from '../../../src/core/domain/goalQuery';
import type { KeyResult } from '../../../src/core/domain/types';
import type { PendingWrite, PendingWriteOp } from '../../../src/core/pending/pendingWrite';
import { serializePendingWrites } from '../../../src/core/pending/pendingWrite';
import { pendingWritesKey } from '../../../src/core/pending/writeJournal';
import type { RouteName } from '../../../src/emulator/types';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useEmulator } from '../support/emulator';
import { goalsExtension, recordMessages, resetExtension, signInAndLoad, stubUi, waitFor } from '../tree/support/goalsExtension';

const OTHER_TEAM = '424242';

describe('Unsent writes left by a closed window', () => {
  const emulator = useEmulator({ signedIn: false });
  let api: ClickUpGoalsTestApi;

  before(async () => {
    api = await goalsExtension();
    await resetExtension(api);
  });

  beforeEach(() => {
    emulator().clearRequests();
    emulator().clearFaults();
  });

  after(async () => {
    await resetExtension(api);
    for (const key of pendingKeys()) await api.storage.globalState.update(key, undefined);
  });

  function pendingKeys(): string[] {
    return api.storage.globalState.keys().filter((key) => key.startsWith('clickupGoals.pendingWrites/'));
  }

  function received(route: RouteName): unknown[] {
    return emulator().requests.filter((request) => request.route === route).map((request) => request.body);
  }

  function client(): ClickUpClient {
    return new ClickUpClient({ baseUrl: emulator().url, fetch: nodeFetch, token: () => emulator().token });
  }

  /** Two key results whose value can be set (number, currency, percentage), as the emulator has them. */
  async function twoKeyResults(): Promise<{ first: KeyResult; second: KeyResult }> {
    const found: KeyResult[] = [];
    for (const goal of allGoals(await client().getGoals(emulator().teamId, false))) {
      const settable = ((await client().getGoal(goal.id)).keyResults ?? []).filter(
        (keyResult) => ['number', 'currency', 'percentage'].includes(keyResult.type) && keyResult.stepsStart < keyResult.stepsEnd,
      );
      found.push(...settable.map((keyResult) => ({ ...keyResult, goalId: goal.id })));
      if (found.length >= 2) return { first: found[0], second: found[1] };
    }
    throw new Error('fewer than two key results whose value can be set');
  }

  /** What a window that closed leaves in globalState. */
  async function plant(teamId: string, ops: PendingWriteOp[], extra: unknown[] = []): Promise<string> {
    const writes: PendingWrite[] = ops.map((op, index) => ({ id: `closed:${index}`, seq: index + 1, madeAt: Date.now(), op }));
    const stored = serializePendingWrites(writes, Date.now(), true);
    const key = pendingWritesKey(teamId, `closed-${Math.random().toString(36).slice(2)}`);
    await holdInGlobalState(key, { ...stored, writes: [...stored.writes, ...extra] });
    return key;
  }

  /**
   * Writes a value and waits until globalState still holds it a while later: the echo of an earlier
   * write (the extension's journal re-checks its own keys a second after a change) carries the whole
   * state as it was and can drop a key written just before it, as src/vscode/storage/pendingWriteStorage.ts
   * explains. A window that closed wrote its list long before the next start, so the test does too.
   */
  async function holdInGlobalState(key: string, value: unknown): Promise<void> {
    const wanted = JSON.stringify(value);
    for (let round = 0; round < 5; round += 1) {
      await api.storage.globalState.update(key, value);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      if (JSON.stringify(api.storage.globalState.get(key)) === wanted) {
        return;
      }
    }
    assert.fail(`globalState did not keep ${key}`);
  }

  it('sends them once on the next sign-in to their Workspace, not what ClickUp already has, says so, and leaves another Workspace’s alone', async () => {
    const { first, second } = await twoKeyResults();
    const goalId = first.goalId;
    const target = first.stepsCurrent + 1 <= first.stepsEnd ? first.stepsCurrent + 1 : first.stepsStart;
    const goal = { name: 'Left by a closed window', dueDate: Date.UTC(2027, 5, 30), description: '', multipleOwners: false, owners: [], color: '#32a852' };
    await plant(
      emulator().teamId,
      [
        { kind: 'editKeyResult', keyResultId: first.id, goalId, input: { stepsCurrent: target, note: 'Written before the window closed' } },
        { kind: 'editKeyResult', keyResultId: second.id, goalId: second.goalId, input: { stepsCurrent: second.stepsCurrent } },
        { kind: 'createGoal', input: goal },
      ],
      [{ id: 'broken', op: { kind: 'teleport' } }],
    );
    const otherKey = await plant(OTHER_TEAM, [{ kind: 'deleteGoal', goalId }]);
    emulator().clearRequests();

    const seen = recordMessages(api);
    await signInAndLoad(api, emulator());
    await waitFor(() => seen.infos.some((message) => message.includes('not yet sent when the window closed')), 'the user told', 15_000);

    assert.deepStrictEqual(
      seen.infos.filter((message) => message.includes('window closed')),
      ['ClickUp Goals: 3 changes not yet sent when the window closed are saved now (2 sent, 1 already in ClickUp).'],
    );
    assert.deepStrictEqual(received('editKeyResult'), [{ steps_current: target, note: 'Written before the window closed' }]);
    assert.deepStrictEqual(received('createGoal').map((body) => (body as { name: string }).name), [goal.name]);
    assert.strictEqual(received('deleteGoal').length, 0, 'another Workspace’s writes wait for that Workspace');
    await waitFor(() => pendingKeys().length === 1, 'the sent writes gone from globalState');
    assert.deepStrictEqual(pendingKeys(), [otherKey]);
    await waitFor(() => allGoals(api.store.state).some((candidate) => candidate.name === goal.name), 'the new goal shown after the refresh');
    await api.storage.globalState.update(otherKey, undefined);
  });

  it('keeps what it could not send, with Retry sending it once', async () => {
    const { first } = await twoKeyResults();
    const goalId = first.goalId;
    if (!api.auth.signedIn) await signInAndLoad(api, emulator());
    await plant(emulator().teamId, [{ kind: 'editKeyResult', keyResultId: first.id, goalId, input: { stepsCurrent: first.stepsStart, note: 'Retried' } }]);
    emulator().injectFault({ route: 'getGoal', status: 500, ecode: 'SRV_002' });
    const infos: string[] = [];
    const warnings: string[] = [];
    stubUi(api, {
      showInformationMessage: (message) => (infos.push(message), Promise.resolve(undefined)),
      showWarningMessage: (message, ...actions) => {
        warnings.push(`${message} [${actions.join(', ')}]`);
        emulator().clearFaults();
        return Promise.resolve('Retry');
      },
    });
    const summary = await api.pendingWrites.resume(emulator().teamId);
    assert.strictEqual(summary?.failed, 1);
    assert.strictEqual(received('editKeyResult').length, 0, 'not sent while its goal could not be checked');
    await waitFor(() => infos.some((message) => message.includes('window closed')), 'the retry to succeed');
    assert.match(warnings[0], /1 change not yet sent when the window closed could not be sent\. It is kept until you retry or discard it\. \[Retry, Discard, Show Log\]/);
    assert.deepStrictEqual(received('editKeyResult'), [{ steps_current: first.stepsStart, note: 'Retried' }]);
    await waitFor(() => pendingKeys().length === 0, 'nothing left in globalState');
  });

  it('drops what the user discards, without sending it', async () => {
    const { first } = await twoKeyResults();
    const goalId = first.goalId;
    if (!api.auth.signedIn) await signInAndLoad(api, emulator());
    await plant(emulator().teamId, [{ kind: 'editKeyResult', keyResultId: first.id, goalId, input: { stepsCurrent: first.stepsStart } }]);
    await client().deleteGoal(goalId);
    emulator().clearRequests();
    let asked = false;
    stubUi(api, {
      showWarningMessage: () => ((asked = true), Promise.resolve('Discard')),
    });
    const summary = await api.pendingWrites.resume(emulator().teamId);
    assert.strictEqual(summary?.failed, 1);
    await waitFor(() => asked && pendingKeys().length === 0, 'the discarded write gone from globalState');
    assert.strictEqual(received('editKeyResult').length, 0);
  });
});
