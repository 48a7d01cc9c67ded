// The Goals tree against the emulator's sample Workspace: its levels and labels, lazy key
// results, filters and sorting, tooltips that show API text as text, and reveal.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useSignedIn } from '../support/signedIn';
import { setSetting, stubUi, waitFor } from './support/goalsExtension';
import { checkboxOf, goalRow, goalRows, iconId, rows } from './support/treeReading';

describe('Goals tree', () => {
  const signedIn = useSignedIn();
  const emulator = signedIn.emulator;
  let api: ClickUpGoalsTestApi;

  before(() => {
    api = signedIn.api();
  });

  it('shows folders with their goal count, then the goals in no folder', async () => {
    const top = await rows(api);
    const kinds = top.map((row) => row.node.kind);
    assert.deepStrictEqual(kinds.slice(0, 3), ['folder', 'folder', 'folder']);
    assert.ok(kinds.slice(3).every((kind) => kind === 'goal'));
    const engineering = top.find((row) => row.label === 'Engineering');
    assert.ok(engineering);
    // "Migrate CI" is completed and hidden by default: 3 of its 4 goals show.
    assert.strictEqual(engineering.description, '3 goals');
    assert.strictEqual((await rows(api, engineering.node)).length, 3);
    assert.ok(top.some((row) => row.label === 'Company offsite in Lisbon'));
  });

  it('never shows archived goals', async () => {
    await setSetting('showCompleted', true);
    try {
      await waitFor(() => api.options.showCompleted, 'the setting to apply');
      const names = (await goalRows(api)).map((row) => row.label);
      assert.ok(!names.includes('Customer onboarding revamp (last year)'));
    } finally {
      await setSetting('showCompleted', undefined);
    }
  });

  it('hides completed goals until "Show Completed Goals", and hides them again', async () => {
    const completed = 'Migrate CI to the new build farm';
    assert.ok(!(await goalRows(api)).some((row) => row.label === completed));
    await vscode.commands.executeCommand('clickupGoals.showCompletedGoals');
    const loaded = (): boolean => api.store.state.folders.some((folder) => folder.goals.some((goal) => goal.name === completed));
    await waitFor(() => api.options.showCompleted && loaded(), 'completed goals to load');
    const shown = await goalRow(api, completed);
    assert.match(shown.description, /^100% · done$/);
    assert.strictEqual(iconId(shown.item), 'pass-filled');
    await vscode.commands.executeCommand('clickupGoals.hideCompletedGoals');
    await waitFor(() => !api.options.showCompleted, 'the setting to apply');
    assert.ok(!(await goalRows(api)).some((row) => row.label === completed));
  });

  it('shows a goal with its progress and due date, and marks an overdue one', async () => {
    const upcoming = await goalRow(api, 'Company offsite in Lisbon');
    assert.match(upcoming.description, /^\d+% · due in \d+ (days|weeks|months)$/);
    const overdue = await goalRow(api, 'Publish the security whitepaper');
    assert.match(overdue.description, /^\d+% · overdue, due \d+ days ago$/);
    assert.strictEqual(iconId(overdue.item), 'error');
  });

  it('gives a goal without key results no expander', async () => {
    const row = await goalRow(api, 'Pay down tech debt in billing');
    assert.strictEqual(row.item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    const withKeyResults = await goalRow(api, 'Raise NPS to 55');
    assert.strictEqual(withKeyResults.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('fetches key results only when a goal is expanded, and only once', async () => {
    await vscode.commands.executeCommand('clickupGoals.refresh');
    emulator().clearRequests();
    const row = await goalRow(api, 'Raise NPS to 55');
    assert.ok(!emulator().requests.some((request) => request.route === 'getGoal'), 'no details before expanding');
    await rows(api, row.node);
    await rows(api, row.node);
    assert.strictEqual(emulator().requests.filter((request) => request.route === 'getGoal').length, 1);
  });

  it('labels key results of every type as their type means it', async () => {
    const revenue = await rows(api, (await goalRow(api, 'Reach €1M in annual recurring revenue')).node);
    const byName = new Map(revenue.map((row) => [row.label, row]));
    assert.strictEqual(byName.get('Annual recurring revenue')?.description, '€250,000 / €1,000,000');
    assert.strictEqual(iconId(byName.get('Annual recurring revenue')!.item), 'credit-card');
    assert.strictEqual(byName.get('New enterprise customers')?.description, '30 / 50');
    assert.strictEqual(iconId(byName.get('New enterprise customers')!.item), 'symbol-numeric');
    assert.strictEqual(byName.get('Net revenue retention')?.description, '62% / 100%');
    assert.strictEqual(iconId(byName.get('Net revenue retention')!.item), 'pie-chart');

    const launch = new Map((await rows(api, (await goalRow(api, 'Launch Northwind in the DACH market')).node)).map((row) => [row.label, row]));
    assert.strictEqual(launch.get('Launch checklist tasks done')?.description, '12 / 20 tasks');
    assert.strictEqual(iconId(launch.get('Launch checklist tasks done')!.item), 'tasklist');
    const localisation = launch.get('German localisation shipped');
    assert.strictEqual(localisation?.description, 'Not done');
    assert.strictEqual(checkboxOf(localisation.item), vscode.TreeItemCheckboxState.Unchecked);
    assert.strictEqual(iconId(localisation.item), 'symbol-boolean');
    assert.match(String(localisation.item.contextValue), /;toggleable;/);

    const hire = new Map((await rows(api, (await goalRow(api, 'Hire a world-class team')).node)).map((row) => [row.label, row]));
    assert.strictEqual(checkboxOf(hire.get('Head of Sales signed')!.item), vscode.TreeItemCheckboxState.Checked);
    assert.strictEqual(hire.get('Head of Sales signed')?.description, 'Done');
  });

  it('gives goals capability tokens for their menus', async () => {
    const row = await goalRow(api, 'Raise NPS to 55');
    assert.strictEqual(row.item.id, row.node.id);
    assert.match(row.node.id, /^goal:/);
    const contextValue = String(row.item.contextValue);
    assert.match(contextValue, /^goal;/);
    assert.match(contextValue, /;editable;/);
    assert.match(contextValue, /;pinnable;$/);
  });

  it('shows description, owners, due date, a progress bar and the latest note in the tooltip', async () => {
    const row = await goalRow(api, 'Reach €1M in annual recurring revenue');
    await rows(api, row.node);
    const item = api.treeProvider.getTreeItem(row.node);
    // Built on hover, not with the row.
    assert.strictEqual(item.tooltip, undefined);
    const tooltip = api.treeProvider.resolveTreeItem(item, row.node).tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.strictEqual(tooltip.isTrusted, false);
    assert.strictEqual(tooltip.supportHtml, false);
    assert.match(tooltip.value, /Board target for the year/);
    assert.match(tooltip.value, /\*\*Owners:\*\* Maya Okafor, Diego Alvarez/);
    assert.match(tooltip.value, /\*\*Due:\*\*/);
    assert.match(tooltip.value, /[█░]{10}/);
    assert.match(tooltip.value, /Latest progress:.*Two Hamburg logistics deals.*by Diego Alvarez/);
  });

  it('draws goal and key-result rows without their tooltips and builds each on hover (resolveTreeItem)', async () => {
    const goals = await goalRows(api);
    const keyResults = await rows(api, (await goalRow(api, 'Reach €1M in annual recurring revenue')).node);
    const drawn = [...goals, ...keyResults];
    assert.ok(goals.length >= 5 && keyResults.length >= 2, `${goals.length} goal rows, ${keyResults.length} key-result rows`);
    assert.strictEqual(drawn.filter((row) => row.item.tooltip !== undefined).length, 0, 'no tooltip built with the rows');
    const resolved = drawn.map((row) => api.treeProvider.resolveTreeItem(row.item, row.node).tooltip);
    assert.strictEqual(resolved.filter((tooltip) => tooltip instanceof vscode.MarkdownString).length, drawn.length, 'one tooltip per hovered row');
    // The folder's tooltip is its name, cheap enough to give with the row.
    const folder = (await rows(api)).find((row) => row.node.kind === 'folder');
    assert.strictEqual(typeof folder?.item.tooltip, 'string');
  });

  it('shows markup in a goal name as text in label and tooltip', async () => {
    const name = '<img src=x onerror=alert(1)> **Bold** [run](command:workbench.action.quit)';
    const response = await fetch(`${emulator().url}/team/${emulator().teamId}/goal`, {
      method: 'POST',
      headers: { Authorization: emulator().token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, due_date: Date.now() + 86_400_000, description: '', multiple_owners: false, owners: [], color: '#32a852' }),
    });
    assert.strictEqual(response.status, 200);
    await vscode.commands.executeCommand('clickupGoals.refresh');
    const row = await goalRow(api, name);
    const tooltip = api.treeProvider.resolveTreeItem(row.item, row.node).tooltip as vscode.MarkdownString;
    assert.ok(!tooltip.value.includes('<img'), 'HTML is entity-encoded');
    assert.ok(tooltip.value.includes('&lt;img'));
    assert.ok(tooltip.value.includes('\\*\\*Bold\\*\\*'), 'Markdown emphasis is escaped');
    assert.ok(!tooltip.value.includes('[run](command:'), 'no live link');
  });

  it('sorts by name with "Sort Goals…"', async () => {
    stubUi(api, { showQuickPick: (items) => Promise.resolve(items.find((item) => item.label === 'Name')) });
    await vscode.commands.executeCommand('clickupGoals.sortGoals');
    try {
      await waitFor(() => api.options.sortBy === 'name', 'the sort to apply');
      const engineering = (await rows(api)).find((row) => row.label === 'Engineering');
      assert.ok(engineering);
      const names = (await rows(api, engineering.node)).map((row) => row.label);
      assert.deepStrictEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    } finally {
      await setSetting('sortBy', undefined);
    }
  });

  it('"Show My Goals Only" keeps the goals the signed-in user owns', async () => {
    await vscode.commands.executeCommand('clickupGoals.showMyGoalsOnly');
    try {
      await waitFor(() => api.options.mineOnly, 'the filter to apply');
      const names = (await goalRows(api)).map((row) => row.label);
      assert.ok(names.includes('Read 12 books this year'));
      assert.ok(!names.includes('Cut p95 API latency below 200 ms'));
      assert.strictEqual(api.contextValue('clickupGoals.myGoalsOnly'), true);
    } finally {
      await vscode.commands.executeCommand('clickupGoals.showAllGoals');
    }
    assert.ok((await goalRows(api)).some((row) => row.label === 'Cut p95 API latency below 200 ms'));
  });

  it('"Open in ClickUp" opens the goal\'s page', async () => {
    const opened: string[] = [];
    stubUi(api, { openExternal: (uri) => (opened.push(uri.toString(true)), Promise.resolve(true)) });
    const row = await goalRow(api, 'Raise NPS to 55');
    await vscode.commands.executeCommand('clickupGoals.openInClickUp', row.node);
    assert.strictEqual(opened.length, 1);
    assert.match(opened[0], new RegExp(`^https://app\\.clickup\\.com/${emulator().teamId}/goals/\\w+`));
  });

  it('leads from a key result back to its folder, so reveal works', async () => {
    const goal = await goalRow(api, 'Raise NPS to 55');
    const keyResult = (await rows(api, goal.node))[0];
    assert.strictEqual(api.treeProvider.getParent(keyResult.node), goal.node);
    const folder = api.treeProvider.getParent(goal.node);
    assert.strictEqual(folder?.kind, 'folder');
    assert.strictEqual(api.treeProvider.getParent(folder), undefined);
    assert.strictEqual(await api.goalsView.reveal(goal.node.kind === 'goal' ? goal.node.goalId : ''), true);
    assert.strictEqual(api.treeView.selection[0]?.id, goal.node.id);
  });

  it('redraws only the goal whose key result changed', async () => {
    const goal = await goalRow(api, 'Raise NPS to 55');
    const keyResult = (await rows(api, goal.node)).find((row) => row.label === 'Net Promoter Score');
    assert.ok(keyResult && keyResult.node.kind === 'keyResult');
    const fired: unknown[] = [];
    const listener = api.treeProvider.onDidChangeTreeData((change) => fired.push(change));
    try {
      await api.store.editKeyResult(keyResult.node.keyResultId, { stepsCurrent: 44, note: 'Host test' });
      await waitFor(() => fired.length > 0, 'a tree change');
      assert.ok(fired.every((change) => Array.isArray(change) && change.includes(goal.node)), 'the goal node, not the whole tree');
    } finally {
      listener.dispose();
    }
  });

  it('asks VS Code to redraw a goal only after its key results were handed over', async () => {
    // A redraw during a fetch would make VS Code register the key results twice ("already registered").
    await vscode.commands.executeCommand('clickupGoals.refresh');
    const goal = await goalRow(api, 'Company offsite in Lisbon');
    emulator().injectFault({ route: 'getGoal', latencyMs: 300, times: 1 });
    const events: string[] = [];
    const listener = api.treeProvider.onDidChangeTreeData((change) => {
      if (Array.isArray(change) ? change.includes(goal.node) : change === goal.node) {
        events.push('redraw');
      }
    });
    try {
      const children = api.treeProvider.getChildren(goal.node).then((nodes) => {
        events.push('children');
        return nodes;
      });
      assert.strictEqual((await children).length, 2);
      await waitFor(() => events.includes('redraw'), 'the goal to be redrawn with its key results');
      assert.strictEqual(events[0], 'children');
    } finally {
      listener.dispose();
      emulator().clearFaults();
    }
  });

  it('recomputes the view title, message and empty state once per store change, not once more for the tree', async () => {
    const view = api.goalsView;
    const original = view.update.bind(view);
    let updates = 0;
    let changes = 0;
    view.update = (): void => {
      updates += 1;
      original();
    };
    const counting = api.store.onDidChange(() => (changes += 1));
    try {
      // A refresh that finds a changed goal: the list ('all') and then, in the background, that goal's key results.
      await api.store.refresh();
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      counting.dispose();
      view.update = original;
    }
    assert.ok(changes > 0, 'the refresh changed the store');
    assert.strictEqual(updates, changes);
  });
});
