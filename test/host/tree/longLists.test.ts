// A long list of goals in the Goals tree: VS Code draws every child a tree returns, so a list
// shows 200 goals and a "Show 200 more goals" line; clicking it shows the next 200; revealing a
// goal further down (Go to Goal) pages the list to it. 650 generated goals, every third in one folder.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useEmulator } from '../support/emulator';
import { goalsExtension, resetExtension, setSetting, signInAndLoad, waitFor } from './support/goalsExtension';
import { rows } from './support/treeReading';

describe('Goals tree: long lists', () => {
  const emulator = useEmulator({ signedIn: false, seed: 'empty', extraGoals: 650, keyResultsPerGoal: 1, largeFolder: true });
  let api: ClickUpGoalsTestApi;

  before(async () => {
    api = await goalsExtension();
    await resetExtension(api);
    await signInAndLoad(api, emulator());
    // Completed goals too, so every generated goal counts.
    await setSetting('showCompleted', true);
    await waitFor(() => api.options.showCompleted && api.store.state.folders[0]?.goals.length === 217, 'completed goals to load');
  });

  after(async () => {
    await setSetting('showCompleted', undefined);
    await resetExtension(api);
  });

  it('shows 200 goals of a long list, then a line for the rest', async () => {
    const top = await rows(api);
    assert.strictEqual(top[0].node.kind, 'folder');
    // 650 goals: 217 in the folder, 433 at the top level.
    assert.strictEqual(top[0].description, '217 goals');
    const topGoals = top.filter((row) => row.node.kind === 'goal');
    assert.strictEqual(topGoals.length, 200);
    const more = top[top.length - 1];
    assert.strictEqual(more.node.kind, 'more');
    assert.strictEqual(more.label, 'Show 200 more goals');
    assert.strictEqual(more.description, '233 not shown');
    assert.strictEqual(more.item.command?.command, 'clickupGoals.showMoreGoals');
    const inFolder = await rows(api, top[0].node);
    assert.strictEqual(inFolder.filter((row) => row.node.kind === 'goal').length, 200);
    assert.strictEqual(inFolder[inFolder.length - 1].label, 'Show 17 more goals');
  });

  it('shows the next page when the line is clicked, and no line once all are shown', async () => {
    const folder = (await rows(api))[0];
    const before = await rows(api, folder.node);
    await vscode.commands.executeCommand('clickupGoals.showMoreGoals', before[before.length - 1].node);
    const after = await rows(api, folder.node);
    assert.strictEqual(after.length, 217);
    assert.ok(after.every((row) => row.node.kind === 'goal'));
    assert.deepStrictEqual(
      after.slice(0, 200).map((row) => row.node.id),
      before.slice(0, 200).map((row) => row.node.id),
    );
  });

  it('pages the list to a goal it reveals', async () => {
    const hidden = (await rows(api)).filter((row) => row.node.kind === 'goal').length;
    assert.strictEqual(hidden, 200);
    const shownIds = new Set((await rows(api)).map((row) => row.node.id));
    const beyond = api.store.state.goals.find((goal) => !shownIds.has(`goal:${goal.id}`));
    assert.ok(beyond);
    const node = api.treeModel.nodeForGoal(beyond.id);
    assert.ok(node);
    assert.ok((await rows(api)).some((row) => row.node.id === node.id));
  });
});
