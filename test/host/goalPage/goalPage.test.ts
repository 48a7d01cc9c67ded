// The goal page in the real extension host against the emulator: opened from a tree node, the palette
// and by id; opening again reveals the same page; a page VS Code restores after a reload comes back
// for its goal; every intent the webview may send runs the same command the tree runs, on the right
// goal or key result (shown by what that command asks and what reaches the emulator); malformed or
// foreign messages are refused with nothing sent; the page follows store changes and says when its
// goal is gone.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HostMessage } from '../../../src/core/goalPage/pageMessages';
import type { GoalPageModel } from '../../../src/core/goalPage/viewModel';
import { GOAL_PAGE_VIEW_TYPE } from '../../../src/vscode/goalPage/goalPagePanel';
import type { GoalPagePanel } from '../../../src/vscode/goalPage/goalPagePanel';
import { findGoal, findKeyResult, onlyBody, writes } from '../commands/support/editSession';
import { accept, choose, escape, type } from '../commands/support/scriptedPrompts';
import { ScriptedPrompts } from '../commands/support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';
import { stubUi, restoreUi, waitFor } from '../tree/support/goalsExtension';
import { goalRow } from '../tree/support/treeReading';

const REVENUE = 'Reach €1M in annual recurring revenue';
const LAUNCH = 'Launch Northwind in the DACH market';
const OPEN_GOAL = 'clickupGoals.openGoal';

function modelOf(page: GoalPagePanel | undefined): GoalPageModel {
  const shown: HostMessage | undefined = page?.shown;
  assert.ok(shown?.type === 'show', `the page shows a goal (it shows ${JSON.stringify(shown)?.slice(0, 120)})`);
  return shown.model;
}

describe('Goal page', () => {
  const { emulator, api } = useSignedIn({ waitForMembers: true });

  afterEach(async () => {
    restoreUi(api());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => api().goalPages.openGoalIds.length === 0, 'every page closed');
  });

  async function openPage(goalName: string): Promise<GoalPagePanel> {
    const goal = findGoal(api(), goalName);
    await vscode.commands.executeCommand(OPEN_GOAL, (await goalRow(api(), goalName)).node);
    const page = api().goalPages.pageOf(goal.id);
    assert.ok(page, 'a page opened');
    await waitFor(() => page.shown?.type === 'show' && page.shown.model.keyResults !== null, 'the key results on the page');
    return page;
  }

  /** Runs a page intent with a scripted user answering the command's questions. */
  async function send(page: GoalPagePanel, message: unknown, replies: ConstructorParameters<typeof ScriptedPrompts>[0] = []): Promise<ScriptedPrompts> {
    const script = new ScriptedPrompts(replies);
    const using = api().prompts.use(script);
    try {
      await page.receive(message);
    } finally {
      using.dispose();
    }
    return script;
  }

  it('opens from a goal in the tree, titled with the goal, and shows it with its key results', async () => {
    const page = await openPage(REVENUE);
    assert.strictEqual(page.panel.viewType, GOAL_PAGE_VIEW_TYPE);
    assert.strictEqual(page.panel.title, REVENUE);
    const model = modelOf(page);
    assert.strictEqual(model.name, REVENUE);
    assert.strictEqual(model.color, '#32a852');
    assert.deepStrictEqual(model.keyResults?.map((kr) => kr.name), ['Annual recurring revenue', 'New enterprise customers', 'Net revenue retention']);
    assert.ok(model.owners.length > 0);
    assert.ok(page.panel.webview.options.enableScripts);
    assert.deepStrictEqual(page.panel.webview.options.localResourceRoots?.map((uri) => uri.path.split('/').slice(-2).join('/')), ['dist/goalPage']);
    assert.match(page.panel.webview.html, /default-src 'none'; img-src data:; style-src [^;]+; font-src [^;]+; script-src 'nonce-[A-Za-z0-9_-]+'/);
  });

  it('is the default action of a goal in the tree', async () => {
    const row = await goalRow(api(), REVENUE);
    assert.strictEqual(row.item.command?.command, OPEN_GOAL);
    assert.deepStrictEqual(row.item.command?.arguments, [row.node, { preserveFocus: true }]);
  });

  it('reveals the open page when the same goal is opened again, from the tree, by id or from the palette', async () => {
    const page = await openPage(REVENUE);
    const goalId = findGoal(api(), REVENUE).id;
    await vscode.commands.executeCommand(OPEN_GOAL, goalId);
    const using = api().prompts.use(new ScriptedPrompts([choose(REVENUE)]));
    try {
      await vscode.commands.executeCommand(OPEN_GOAL);
    } finally {
      using.dispose();
    }
    await vscode.commands.executeCommand(OPEN_GOAL, (await goalRow(api(), REVENUE)).node);
    assert.deepStrictEqual(api().goalPages.openGoalIds, [goalId]);
    assert.strictEqual(api().goalPages.pageOf(goalId), page);
  });

  it('opens from the status bar\'s goal list (its Open Goal button) and from the goal\'s context menu', async () => {
    const goalId = findGoal(api(), LAUNCH).id;
    let buttons: string[] = [];
    stubUi(api(), {
      pickWithButtons: ((_items: unknown, offered: readonly { id: string; tooltip: string }[]) => {
        buttons = offered.map((button) => button.tooltip);
        return Promise.resolve({ value: goalId, button: 'open' });
      }) as never,
    });
    await vscode.commands.executeCommand('clickupGoals.goToGoal');
    assert.deepStrictEqual(buttons, ['Open Goal', 'Pin to Status Bar']);
    await waitFor(() => api().goalPages.pageOf(goalId)?.shown?.type === 'show', 'the page from the status bar list');
    const manifest = vscode.extensions.getExtension('clickup-goals-team.clickup-goals')?.packageJSON as {
      contributes: { menus: Record<string, { command: string; when?: string }[]> };
      activationEvents: string[];
    };
    const entry = manifest.contributes.menus['view/item/context'].find((candidate) => candidate.command === OPEN_GOAL);
    const pattern = /viewItem =~ \/(.+?)\//.exec(entry?.when ?? '')?.[1];
    assert.ok(pattern !== undefined && new RegExp(pattern).test(String((await goalRow(api(), LAUNCH)).item.contextValue)), 'on the goal\'s context menu');
    assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${GOAL_PAGE_VIEW_TYPE}`), 'activates to restore a page');
  });

  it('opens another goal\'s page beside it, asking which goal from the palette', async () => {
    await openPage(REVENUE);
    const launch = findGoal(api(), LAUNCH);
    const script = new ScriptedPrompts([choose(LAUNCH)]);
    const using = api().prompts.use(script);
    try {
      await vscode.commands.executeCommand(OPEN_GOAL);
    } finally {
      using.dispose();
    }
    script.assertDone();
    assert.strictEqual(script.asked[0].placeholder, 'Which goal do you want to open?');
    assert.strictEqual(api().goalPages.openGoalIds.length, 2);
    await waitFor(() => api().goalPages.pageOf(launch.id)?.shown?.type === 'show', 'the second page');
  });

  it('comes back for its goal when VS Code restores it, and closes a restored page that names no goal', async () => {
    const goalId = findGoal(api(), LAUNCH).id;
    const restored = vscode.window.createWebviewPanel(GOAL_PAGE_VIEW_TYPE, 'restored', vscode.ViewColumn.Active);
    const page = api().goalPages.restore(restored, { goalId });
    assert.ok(page);
    await waitFor(() => page.shown?.type === 'show', 'the restored page to draw');
    assert.strictEqual(modelOf(page).name, LAUNCH);
    assert.match(restored.webview.html, /goalPage\.js/);
    for (const state of [undefined, null, {}, { goalId: 42 }, { goalId: '' }, 'x']) {
      const bogus = vscode.window.createWebviewPanel(GOAL_PAGE_VIEW_TYPE, 'bogus', vscode.ViewColumn.Active);
      let closed = false;
      bogus.onDidDispose(() => (closed = true));
      assert.strictEqual(api().goalPages.restore(bogus, state), undefined);
      assert.ok(closed, `closed for state ${JSON.stringify(state)}`);
    }
  });

  it('Update Progress on a key result runs the tree\'s command for that key result', async () => {
    const page = await openPage(REVENUE);
    const kr = await findKeyResult(api(), REVENUE, 'New enterprise customers');
    const script = await send(page, { type: 'keyResult', action: 'updateProgress', goalId: kr.goalId, keyResultId: kr.id }, [type('33'), type('From the goal page')]);
    script.assertDone();
    assert.strictEqual(script.asked[0].frame?.title, 'Update Progress of “New enterprise customers”');
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 33, note: 'From the goal page' });
    await waitFor(() => modelOf(page).keyResults?.find((row) => row.id === kr.id)?.progressText === '33 / 50', 'the page to follow');
  });

  it('+1 runs the tree\'s increment for that key result', async () => {
    const page = await openPage(LAUNCH);
    const kr = await findKeyResult(api(), LAUNCH, 'Signed reseller partners');
    await send(page, { type: 'keyResult', action: 'increment', goalId: kr.goalId, keyResultId: kr.id });
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: kr.stepsCurrent + 1 });
  });

  it('ticking a true/false key result sends done, as the tree\'s checkbox does', async () => {
    const page = await openPage(LAUNCH);
    const kr = await findKeyResult(api(), LAUNCH, 'German localisation shipped');
    await send(page, { type: 'setDone', goalId: kr.goalId, keyResultId: kr.id, done: true });
    assert.deepStrictEqual(onlyBody(emulator(), 'editKeyResult'), { steps_current: 1 });
    await waitFor(() => modelOf(page).keyResults?.find((row) => row.id === kr.id)?.done === true, 'the box ticked');
  });

  it('Edit Goal, Add Key Result and goal-level Update Progress ask about this goal', async () => {
    const page = await openPage(LAUNCH);
    const goalId = findGoal(api(), LAUNCH).id;
    const edit = await send(page, { type: 'goal', action: 'editGoal', goalId }, [escape()]);
    assert.match(edit.asked[0].frame?.title ?? '', /Launch Northwind in the DACH market/);
    const add = await send(page, { type: 'goal', action: 'addKeyResult', goalId }, [escape()]);
    assert.match(add.asked[0].frame?.title ?? '', /Launch Northwind in the DACH market/);
    const update = await send(page, { type: 'goal', action: 'updateProgress', goalId }, [escape()]);
    assert.deepStrictEqual(update.asked[0].items?.map((item) => item.label), ['German localisation shipped', 'Signed reseller partners']);
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('Edit and Delete Key Result ask about that key result', async () => {
    const page = await openPage(REVENUE);
    const kr = await findKeyResult(api(), REVENUE, 'Net revenue retention');
    const edit = await send(page, { type: 'keyResult', action: 'editKeyResult', goalId: kr.goalId, keyResultId: kr.id }, [escape()]);
    assert.match(edit.asked[0].frame?.title ?? '', /Net revenue retention/);
    const remove = await send(page, { type: 'keyResult', action: 'deleteKeyResult', goalId: kr.goalId, keyResultId: kr.id }, [{ kind: 'confirm', yes: false }]);
    assert.match(remove.asked[0].message ?? '', /Net revenue retention/);
    assert.deepStrictEqual(writes(emulator()), []);
  });

  it('Open in ClickUp opens the goal\'s https address; a link in the description only to app.clickup.com', async () => {
    const page = await openPage(REVENUE);
    const opened: string[] = [];
    stubUi(api(), { openExternal: (uri) => (opened.push(uri.toString(true)), Promise.resolve(true)) });
    await send(page, { type: 'goal', action: 'openInClickUp', goalId: findGoal(api(), REVENUE).id });
    await send(page, { type: 'openLink', href: 'https://app.clickup.com/1/goals/2' });
    await send(page, { type: 'openLink', href: 'https://evil.example/app.clickup.com' });
    await send(page, { type: 'openLink', href: 'command:workbench.action.quit' });
    assert.strictEqual(opened.length, 2);
    assert.match(opened[0], /^https:\/\//);
    assert.strictEqual(opened[1], 'https://app.clickup.com/1/goals/2');
  });

  it('refuses malformed and foreign messages: nothing is asked and nothing is sent', async () => {
    const page = await openPage(REVENUE);
    const revenue = await findKeyResult(api(), REVENUE, 'New enterprise customers');
    const foreign = await findKeyResult(api(), LAUNCH, 'Signed reseller partners');
    const currency = await findKeyResult(api(), REVENUE, 'Annual recurring revenue');
    const goalId = revenue.goalId;
    const bad: unknown[] = [
      null,
      'updateProgress',
      [],
      { type: 'run' },
      { type: 'goal', action: 'deleteGoal', goalId },
      { type: 'goal', action: 'editGoal', goalId: findGoal(api(), LAUNCH).id },
      { type: 'goal', action: 'editGoal', goalId, extra: 1 },
      { type: 'keyResult', action: 'increment', goalId, keyResultId: foreign.id },
      { type: 'keyResult', action: 'increment', goalId, keyResultId: 'no-such-id' },
      { type: 'keyResult', action: 'increment', goalId, keyResultId: currency.id },
      { type: 'setDone', goalId, keyResultId: revenue.id, done: true },
      { type: 'setDone', goalId, keyResultId: revenue.id, done: 'yes' },
      { type: 'keyResult', action: 'updateProgress', goalId, keyResultId: { toString: () => revenue.id } },
    ];
    for (const message of bad) {
      const script = await send(page, message);
      assert.deepStrictEqual(script.asked, [], `asked nothing for ${JSON.stringify(message)}`);
    }
    assert.deepStrictEqual(writes(emulator()), []);
    assert.strictEqual(await page.receive({ type: 'keyResult', action: 'increment', goalId, keyResultId: 'no-such-id' }), undefined);
  });

  it('follows a change made elsewhere (the store) at once', async () => {
    const page = await openPage(REVENUE);
    const kr = await findKeyResult(api(), REVENUE, 'Annual recurring revenue');
    const before = modelOf(page).percent;
    await api().store.editKeyResult(kr.id, { stepsCurrent: 900_000 });
    await waitFor(() => modelOf(page).percent !== before, 'the page to redraw');
    assert.strictEqual(modelOf(page).keyResults?.find((row) => row.id === kr.id)?.progressText, '€900,000 / €1,000,000');
  });

  it('says so when its goal is deleted', async () => {
    const page = await openPage('Publish the security whitepaper');
    await api().store.deleteGoal(findGoal(api(), 'Publish the security whitepaper').id);
    await waitFor(() => page.shown?.type === 'gone', 'the page to say the goal is gone');
    const shown = page.shown;
    assert.ok(shown?.type === 'gone');
    assert.match(shown.text, /deleted/);
  });

  it('never carries the token or an editor_token to the webview', async () => {
    const page = await openPage(REVENUE);
    const sent = JSON.stringify(page.shown) + page.panel.webview.html;
    assert.ok(!sent.includes(emulator().token));
    assert.ok(!/editor_?token/i.test(sent));
  });

  it('keeps the answers flowing: an accepted update reaches the tree too', async () => {
    const page = await openPage(REVENUE);
    const kr = await findKeyResult(api(), REVENUE, 'New enterprise customers');
    await send(page, { type: 'keyResult', action: 'updateProgress', goalId: kr.goalId, keyResultId: kr.id }, [type('40'), accept()]);
    const rows = await api().treeProvider.getChildren((await goalRow(api(), REVENUE)).node);
    const row = rows.map((node) => api().treeProvider.getTreeItem(node)).find((item) => item.label === 'New enterprise customers');
    assert.strictEqual(row?.description, '40 / 50');
  });
});
