// When ClickUp cannot be reached the tree keeps what it showed and says so in the view's
// message; cached goals paint at once on start and the message says "Cached" until fresh data.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useSignedIn } from '../support/signedIn';
import { waitFor } from './support/goalsExtension';
import { goalRow, goalRows, rows } from './support/treeReading';

describe('Goals tree offline', () => {
  const signedIn = useSignedIn();
  const emulator = signedIn.emulator;
  let api: ClickUpGoalsTestApi;

  before(() => {
    api = signedIn.api();
  });

  afterEach(async () => {
    emulator().clearFaults();
    await vscode.commands.executeCommand('clickupGoals.refresh');
    await waitFor(() => api.store.state.error === null, 'fresh data again');
  });

  async function labels(): Promise<string[]> {
    return (await goalRows(api)).map((row) => row.label).sort();
  }

  it('keeps the goals and says they are old when the connection drops', async () => {
    const before = await labels();
    emulator().injectFault({ route: 'getGoals', drop: true });
    await vscode.commands.executeCommand('clickupGoals.refresh');
    await waitFor(() => api.store.state.error !== null, 'the refresh to fail');
    assert.deepStrictEqual(await labels(), before);
    api.goalsView.update();
    assert.match(String(api.treeView.message), /^Showing goals from (just now|\d+ minutes? ago): ClickUp could not be reached\.$/);
  });

  it('keeps the goals when ClickUp answers 500', async () => {
    const before = await labels();
    emulator().injectFault({ route: 'getGoals', status: 500, ecode: 'APP_500' });
    await vscode.commands.executeCommand('clickupGoals.refresh');
    await waitFor(() => api.store.state.error !== null, 'the refresh to fail');
    assert.deepStrictEqual(await labels(), before);
    assert.match(String(api.treeView.message), /^Showing goals from .*: ClickUp had a problem/);
  });

  it('clears the message once ClickUp answers again', async () => {
    emulator().injectFault({ route: 'getGoals', drop: true, times: 3 });
    await vscode.commands.executeCommand('clickupGoals.refresh');
    await waitFor(() => api.store.state.error !== null, 'the refresh to fail');
    emulator().clearFaults();
    await vscode.commands.executeCommand('clickupGoals.refresh');
    await waitFor(() => api.store.state.error === null, 'fresh data');
    assert.strictEqual(api.treeView.message, undefined);
  });

  it('shows a notice, not an error, when a goal\'s key results cannot be loaded', async () => {
    emulator().injectFault({ route: 'getGoal', drop: true });
    const row = await goalRow(api, 'Read 12 books this year');
    const children = await rows(api, row.node);
    assert.strictEqual(children.length, 1);
    assert.strictEqual(children[0].node.kind, 'notice');
    assert.match(children[0].label, /^Key results could not be loaded: ClickUp could not be reached\.$/);
  });

  it('paints cached goals at once and says "Cached" until fresh data arrives', async () => {
    const teamId = emulator().teamId;
    const before = await labels();
    emulator().injectFault({ route: 'getGoals', latencyMs: 1500, times: 1 });
    // Pointing the store away and back is what a restart does: it loads the snapshot first.
    api.store.setWorkspace(null);
    api.store.setWorkspace(teamId);
    assert.strictEqual(api.store.state.fromCache, true);
    assert.deepStrictEqual(await labels(), before);
    api.goalsView.update();
    assert.match(String(api.treeView.message), /^Cached goals from /);
    assert.match(api.statusBar.view.text, /^\$\(sync~spin\) /);
    await vscode.commands.executeCommand('clickupGoals.refresh');
    await waitFor(() => !api.store.state.fromCache, 'fresh data');
    assert.strictEqual(api.treeView.message, undefined);
  });
});
