// What a screen reader hears in the Goals view and the status bar: every kind of row (folder, goal
// in each state, key result of each type, the true/false checkbox, an error row, the status bar
// item) carries accessibilityInformation that says in words what the label, description and icon
// colour show.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useEmulator } from '../support/emulator';
import { goalsExtension, resetExtension, setSetting, signInAndLoad, waitFor } from './support/goalsExtension';
import type { Row } from './support/treeReading';
import { goalRow, goalRows, iconId, rows } from './support/treeReading';

/** The state each goal icon shows by shape and colour, as words. */
const STATE_BY_ICON: Record<string, string> = {
  'pass-filled': 'completed',
  error: 'overdue',
  warning: 'at risk',
  target: 'on track',
  'circle-large-outline': 'not started',
};

function spoken(row: Row): string {
  const label = row.item.accessibilityInformation?.label;
  assert.ok(label, `"${row.label}" has accessibility information`);
  return label;
}

describe('Goals view accessibility', () => {
  const emulator = useEmulator({ signedIn: false });
  let api: ClickUpGoalsTestApi;

  before(async () => {
    api = await goalsExtension();
    await resetExtension(api);
    await setSetting('showCompleted', true);
    await signInAndLoad(api, emulator());
    await waitFor(() => api.options.showCompleted, 'completed goals shown');
  });

  after(async () => {
    await resetExtension(api);
  });

  it('reads a folder as a folder with its goal count', async () => {
    const engineering = (await rows(api)).find((row) => row.label === 'Engineering');
    assert.ok(engineering);
    assert.strictEqual(spoken(engineering), `Goal folder Engineering, ${engineering.description}`);
  });

  it('reads every goal\'s name, progress, due date and the state its icon colour shows', async () => {
    const goals = await goalRows(api);
    const states = new Set<string>();
    for (const goal of goals) {
      const label = spoken(goal);
      const state = STATE_BY_ICON[iconId(goal.item) ?? ''];
      assert.ok(state, `known icon for "${goal.label}"`);
      states.add(state);
      const percent = /^(\d+%)/.exec(goal.description)?.[1];
      assert.ok(label.startsWith(`Goal ${goal.label}, ${percent} done, `), label);
      assert.ok(label.includes(`, ${state}`), `"${label}" says ${state}`);
      assert.match(label, /, (no due date|due [^,]+, \w{3} \d{1,2}, \d{4}),/);
    }
    // The sample Workspace has goals in these states; each is read out.
    ['completed', 'overdue', 'on track'].forEach((state) => assert.ok(states.has(state), `a goal ${state}`));
  });

  it('reads an overdue goal as overdue with when it was due', async () => {
    const overdue = await goalRow(api, 'Publish the security whitepaper');
    assert.match(spoken(overdue), /^Goal Publish the security whitepaper, \d+% done, due \d+ days ago, \w{3} \d{1,2}, \d{4}, overdue$/);
  });

  it('reads a key result of each type with its type and progress in words', async () => {
    const expected: Record<string, RegExp> = {
      'Annual recurring revenue': /^Key result Annual recurring revenue, currency, €[\d,]+ of €1,000,000, \d+% done$/,
      'Net revenue retention': /^Key result Net revenue retention, percentage, 62% of 100%, 62% done$/,
      'New enterprise customers': /^Key result New enterprise customers, number, 30 of 50, 60% done$/,
      'Launch checklist tasks done': /^Key result Launch checklist tasks done, tasks, 12 of 20 tasks, 60% done$/,
      'German localisation shipped': /^Key result German localisation shipped, true or false, not done$/,
    };
    const seen: string[] = [];
    for (const goal of ['Reach €1M in annual recurring revenue', 'Launch Northwind in the DACH market']) {
      for (const kr of await rows(api, (await goalRow(api, goal)).node)) {
        if (expected[kr.label]) {
          assert.match(spoken(kr), expected[kr.label]);
          seen.push(kr.label);
        }
      }
    }
    assert.deepStrictEqual(seen.sort(), Object.keys(expected).sort());
  });

  it('gives the true/false checkbox its own words: the state and what ticking does', async () => {
    const launch = await goalRow(api, 'Launch Northwind in the DACH market');
    const row = (await rows(api, launch.node)).find((candidate) => candidate.label === 'German localisation shipped');
    assert.ok(row);
    const checkbox = row.item.checkboxState;
    assert.ok(typeof checkbox === 'object', 'the checkbox carries accessibility information');
    assert.strictEqual(checkbox.state, vscode.TreeItemCheckboxState.Unchecked);
    assert.deepStrictEqual(checkbox.accessibilityInformation, {
      label: 'German localisation shipped is not done. Tick to mark it done.',
      role: 'checkbox',
    });
  });

  it('reads an error row as its error', async () => {
    emulator().injectFault({ route: 'getGoal', drop: true });
    try {
      const row = await goalRow(api, 'Read 12 books this year');
      const [notice] = await rows(api, row.node);
      assert.strictEqual(notice.node.kind, 'notice');
      assert.strictEqual(spoken(notice), `Error: ${notice.label}. Use Refresh to try again.`);
      assert.match(spoken(notice), /ClickUp could not be reached/);
    } finally {
      emulator().clearFaults();
    }
  });

  it('reads the status bar item in words: open goals and average progress, then a pinned goal', async () => {
    await waitFor(() => api.statusBar.view.visible && !/spin/.test(api.statusBar.view.text), 'the status bar settled');
    assert.match(api.statusBar.view.accessibility, /^\d+ open goals, \d+% done on average$/);
    const goal = await goalRow(api, 'Raise NPS to 55');
    await api.pinned.pinGoal((goal.node as { goalId: string }).goalId);
    try {
      await waitFor(() => /Pinned goal/.test(api.statusBar.view.accessibility), 'the pinned goal read out');
      assert.match(api.statusBar.view.accessibility, /^Pinned goal Raise NPS to 55, \d+% done$/);
    } finally {
      await api.pinned.unpin();
    }
  });
});
