// The recorded progress history in the real extension host: the goals' percents are recorded
// from the store into globalState (one key per Workspace, ids and numbers only), a progress
// update reaches it, and Sign Out forgets it, as it forgets the cached goals.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { allGoals } from '../../../src/core/domain/goalQuery';
import { goalProgress } from '../../../src/core/domain/progress';
import { PROGRESS_HISTORY_KEY_PREFIX } from '../../../src/vscode/storage/progressHistoryStore';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useEmulator } from '../support/emulator';
import { goalsExtension, recordMessages, resetExtension, signInAndLoad, waitFor } from '../tree/support/goalsExtension';

const REVENUE = 'Reach €1M in annual recurring revenue';

describe('Progress history', () => {
  const emulator = useEmulator({ signedIn: false });
  let api: ClickUpGoalsTestApi;

  before(async () => {
    api = await goalsExtension();
    await resetExtension(api);
  });

  after(async () => {
    await resetExtension(api);
  });

  function historyKeys(): string[] {
    return api.storage.globalState.keys().filter((key) => key.startsWith(PROGRESS_HISTORY_KEY_PREFIX));
  }

  function revenueGoalId(): string {
    const goal = allGoals(api.store.state).find((candidate) => candidate.name === REVENUE);
    assert.ok(goal, `${REVENUE} is shown`);
    return goal.id;
  }

  it('records every shown goal\'s percent in globalState, under the Workspace, without names or secrets', async () => {
    await signInAndLoad(api, emulator());
    const goalId = revenueGoalId();
    await waitFor(() => api.progressHistory.pointsOf(goalId).length === 1, 'a first point');
    const goal = api.store.findGoal(goalId);
    assert.ok(goal);
    assert.strictEqual(api.progressHistory.pointsOf(goalId)[0].percent, Math.round(goalProgress(goal) * 100));
    // Written to globalState a moment after it changed.
    await waitFor(() => historyKeys().length > 0, 'the history to be written');
    assert.deepStrictEqual(historyKeys(), [PROGRESS_HISTORY_KEY_PREFIX + emulator().teamId]);
    const stored = JSON.stringify(api.storage.globalState.get(historyKeys()[0]));
    assert.ok(stored.includes(goalId));
    assert.ok(!stored.includes(emulator().token), 'no token');
    assert.ok(!stored.includes('Reach'), 'no goal names');
  });

  it('follows a progress update (within the hour it replaces the last point\'s value)', async () => {
    const goalId = revenueGoalId();
    const before = api.progressHistory.pointsOf(goalId);
    const keyResults = await api.store.loadKeyResults(goalId);
    const kr = keyResults.find((candidate) => candidate.type === 'number' && candidate.stepsCurrent !== candidate.stepsEnd);
    assert.ok(kr, 'a number key result with room to grow');
    const changes: string[][] = [];
    const listening = api.progressHistory.onDidChange((change) => changes.push([...change.goalIds]));
    try {
      await api.store.editKeyResult(kr.id, { stepsCurrent: kr.stepsEnd });
    } finally {
      listening.dispose();
    }
    const goal = api.store.findGoal(goalId);
    assert.ok(goal);
    const expected = Math.round(goalProgress(goal) * 100);
    assert.notStrictEqual(expected, before[0].percent, 'the update changed the goal\'s progress');
    assert.deepStrictEqual(api.progressHistory.pointsOf(goalId), [{ at: before[0].at, percent: expected }]);
    assert.ok(changes.some((ids) => ids.includes(goalId)), 'onDidChange named the goal');
    const stored = (): Array<[number, number]> | undefined =>
      api.storage.globalState.get<{ goals: Record<string, Array<[number, number]>> }>(PROGRESS_HISTORY_KEY_PREFIX + emulator().teamId)?.goals[goalId];
    await waitFor(() => JSON.stringify(stored()) === JSON.stringify([[before[0].at, expected]]), 'the new value to be written');
  });

  it('writes a burst of recorded changes to globalState once, not once per change', async () => {
    const goalId = revenueGoalId();
    const keyResults = (await api.store.loadKeyResults(goalId)).filter((candidate) => candidate.type === 'number');
    assert.ok(keyResults.length >= 1, 'a number key result');
    const memento = api.storage.globalState;
    const update = memento.update.bind(memento);
    let writes = 0;
    const changes: string[][] = [];
    const listening = api.progressHistory.onDidChange((change) => changes.push([...change.goalIds]));
    memento.update = (key: string, value: unknown): Thenable<void> => {
      if (key.startsWith(PROGRESS_HISTORY_KEY_PREFIX)) writes += 1;
      return update(key, value);
    };
    try {
      // Sent at once: they queue in the client, so the burst takes a few round trips, well inside the half second.
      await Promise.all([1, 2, 3, 4].map((steps) => api.store.editKeyResult(keyResults[0].id, { stepsCurrent: keyResults[0].stepsStart + steps })));
      const recorded = changes.filter((ids) => ids.includes(goalId)).length;
      assert.ok(recorded >= 2, `recorded ${recorded} change(s)`);
      await waitFor(() => writes > 0, 'the history to be written');
      await new Promise((resolve) => setTimeout(resolve, 700));
      // One write for the burst (two only if a round trip outlasted the half second), never one per change.
      assert.ok(writes >= 1 && writes < recorded, `${writes} write(s) for ${recorded} recorded changes`);
    } finally {
      memento.update = update;
      listening.dispose();
    }
  });

  it('is forgotten on Sign Out', async () => {
    const goalId = revenueGoalId();
    assert.strictEqual(historyKeys().length, 1);
    recordMessages(api);
    await vscode.commands.executeCommand('clickupGoals.signOut');
    await waitFor(() => historyKeys().length === 0, 'the history to be cleared');
    assert.deepStrictEqual(api.progressHistory.pointsOf(goalId), []);
    // Signing in again starts a new history, from what the service shows now.
    await signInAndLoad(api, emulator());
    await waitFor(() => api.progressHistory.pointsOf(goalId).length === 1, 'a new first point');
  });

  it('records a refreshed list after the change that shows it, then every goal of it at once', async () => {
    await vscode.commands.executeCommand('clickupGoals.signOut');
    await waitFor(() => historyKeys().length === 0, 'the history to be cleared');
    // Read in the store's change event, after the history's own listener: globalState, not pointsOf (which records what is pending).
    const storedInChange: number[] = [];
    const listening = api.store.onDidChange((change) => {
      const state = api.store.state;
      if (change.kind === 'all' && state.fetchedAt !== null && !state.fromCache) {
        storedInChange.push(historyKeys().length);
      }
    });
    try {
      await signInAndLoad(api, emulator());
    } finally {
      listening.dispose();
    }
    assert.deepStrictEqual(storedInChange, [0], 'nothing recorded or saved inside the change that brought the list');
    const shown = allGoals(api.store.state);
    assert.strictEqual(shown.filter((goal) => api.progressHistory.pointsOf(goal.id).length === 1).length, shown.length, 'one point per shown goal');
    await waitFor(() => historyKeys().length > 0, 'the history to be written');
    assert.deepStrictEqual(historyKeys(), [PROGRESS_HISTORY_KEY_PREFIX + emulator().teamId]);
  });
});
