// The status bar item: the Workspace's open goals' progress, or the pinned goal's; a spinner while
// loading, a warning on error, hidden when signed out; clicking offers reveal or pin.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useSignedIn } from '../support/signedIn';
import { stubUi, waitFor } from '../tree/support/goalsExtension';
import { goalRow } from '../tree/support/treeReading';

describe('Status bar', () => {
  const signedIn = useSignedIn({ eachTest: true });
  const emulator = signedIn.emulator;
  let api: ClickUpGoalsTestApi;

  before(() => {
    api = signedIn.api();
  });

  afterEach(() => {
    emulator().clearFaults();
  });

  it('shows the open goals\' overall progress when no goal is pinned', () => {
    // 13 sample goals: one archived and one completed are not open.
    assert.match(api.statusBar.view.text, /^\$\(target\) 11 goals \d+%$/);
    assert.strictEqual(api.statusBar.view.warning, false);
    assert.ok(api.statusBar.view.visible);
  });

  it('shows the pinned goal\'s name and progress after "Pin Goal to Status Bar"', async () => {
    const row = await goalRow(api, 'Raise NPS to 55');
    await vscode.commands.executeCommand('clickupGoals.pinGoal', row.node);
    await waitFor(() => api.statusBar.view.text.includes('Raise NPS'), 'the pinned goal');
    assert.match(api.statusBar.view.text, /^\$\(target\) Raise NPS to 55 \d+%$/);
    assert.match(String(api.treeProvider.getTreeItem(row.node).contextValue), /;pinned;/);
    await vscode.commands.executeCommand('clickupGoals.unpinGoal');
    await waitFor(() => /goals/.test(api.statusBar.view.text), 'the overall progress again');
  });

  it('cuts a long pinned name short', async () => {
    const row = await goalRow(api, 'Reach €1M in annual recurring revenue');
    await vscode.commands.executeCommand('clickupGoals.pinGoal', row.node);
    await waitFor(() => api.statusBar.view.text.includes('Reach'), 'the pinned goal');
    assert.match(api.statusBar.view.text, /^\$\(target\) Reach €1M in annual recurring… \d+%$/);
  });

  it('spins while the first goal list loads', async () => {
    await api.auth.signOut();
    await waitFor(() => api.store.state.teamId === null, 'signed out');
    emulator().injectFault({ route: 'getGoals', latencyMs: 1500, times: 1 });
    await api.auth.signIn(emulator().token);
    await waitFor(() => api.statusBar.view.text.startsWith('$(sync~spin)'), 'the spinner');
    await waitFor(() => api.statusBar.view.text.startsWith('$(target)'), 'the progress', 10_000);
  });

  it('turns to a warning when ClickUp cannot be reached, keeping the last figures', async () => {
    emulator().injectFault({ route: 'getGoals', drop: true });
    await vscode.commands.executeCommand('clickupGoals.refresh');
    await waitFor(() => api.statusBar.view.warning, 'the warning');
    assert.match(api.statusBar.view.text, /\d+ goals \d+%$/);
    assert.match(api.statusBar.view.tooltip, /Not up to date: ClickUp could not be reached/);
  });

  it('hides when signed out', async () => {
    await vscode.commands.executeCommand('clickupGoals.signOut');
    await waitFor(() => !api.statusBar.view.visible, 'the item to hide');
  });

  it('offers the goals on click: the pin button pins, choosing reveals', async () => {
    const target = api.store.state.goals.find((goal) => goal.name === 'Company offsite in Lisbon');
    assert.ok(target);
    let offered = 0;
    stubUi(api, {
      pickWithButtons: (items) => {
        offered = items.length;
        return Promise.resolve({ value: target.id as never, button: 'pin' });
      },
    });
    await vscode.commands.executeCommand('clickupGoals.goToGoal');
    assert.ok(offered >= 11);
    assert.strictEqual(api.pinned.goalId, target.id);

    stubUi(api, { pickWithButtons: () => Promise.resolve({ value: target.id as never }) });
    await vscode.commands.executeCommand('clickupGoals.goToGoal');
    await waitFor(() => api.treeView.selection[0]?.id === `goal:${target.id}`, 'the goal to be revealed');
  });
});
