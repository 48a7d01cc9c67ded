// The "Get started with ClickUp Goals" walkthrough: each step has an image that ships, a button
// that runs a real command, and completion events the extension actually fires (the workbench
// ticks a step off when its context key turns true, its command runs or its view opens; the
// ticks themselves are checked in the UI suite). It opens once per profile, and again from
// "Get Started".
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { GET_STARTED, WALKTHROUGH_OFFERED_KEY, offerWalkthroughOnce } from '../../../src/vscode/walkthrough/getStarted';
import { useEmulator } from '../support/emulator';
import { EXTENSION_ID, goalsExtension, resetExtension, signInAndLoad, waitFor } from '../tree/support/goalsExtension';
import { goalRow } from '../tree/support/treeReading';
import { stepsByContextKey } from '../../../src/vscode/walkthrough/walkthroughProgress';
import { MemoryMemento } from './memoryMemento';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image: string; altText: string };
  completionEvents: string[];
}

function steps(): Step[] {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { walkthroughs: Array<{ steps: Step[] }> } };
  return manifest.contributes.walkthroughs[0].steps;
}

function step(id: string): Step {
  const found = steps().find((candidate) => candidate.id === id);
  assert.ok(found, `no walkthrough step ${id}`);
  return found;
}

const extensionPath = (): string => vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '';

const allTabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((group) => group.tabs);

/**
 * The walkthrough editor's tab ("Walkthrough: ClickUp Goals"). In a test-mode host the workbench
 * may open its walkthrough editor before it lists this extension's walkthrough (it then shows
 * another one), so this checks that the command opened the walkthrough editor; the UI suite
 * checks it is this extension's walkthrough, with its steps.
 */
function walkthroughTabs(): vscode.Tab[] {
  return allTabs().filter((tab) => tab.input === undefined && /^Walkthrough: |^Welcome$/.test(tab.label));
}

async function waitForWalkthrough(): Promise<void> {
  await waitFor(() => walkthroughTabs().length === 1, 'the walkthrough to open').catch((error: unknown) => {
    throw new Error(`${String(error)}; open tabs: ${JSON.stringify(allTabs().map((tab) => tab.label))}`);
  });
}

async function closeWalkthrough(): Promise<void> {
  await vscode.window.tabGroups.close(walkthroughTabs());
}

describe('Walkthrough', () => {
  const emulator = useEmulator({ signedIn: false });
  let api: ClickUpGoalsTestApi;

  before(async () => {
    api = await goalsExtension();
    await resetExtension(api);
  });

  after(async () => {
    await closeWalkthrough();
    await resetExtension(api);
  });

  it('walks through sign-in, Workspace, Goals view, pinning and progress', () => {
    assert.deepStrictEqual(steps().map((each) => each.id), ['signIn', 'chooseWorkspace', 'openGoalsView', 'pinGoal', 'updateProgress']);
  });

  it('gives every step an image that exists and is shipped, with alternative text', () => {
    const shipped = fs.readFileSync(path.join(extensionPath(), '.vscodeignore'), 'utf8');
    assert.match(shipped, /^!media\/walkthrough\/\*\.png$/m);
    for (const each of steps()) {
      assert.match(each.media.image, /^media\/walkthrough\/[a-z-]+\.png$/, each.id);
      assert.ok(fs.statSync(path.join(extensionPath(), each.media.image)).size > 1000, `${each.id}: ${each.media.image}`);
      assert.ok(each.media.altText.length > 10, each.id);
    }
  });

  it('gives every step a button that runs a registered command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const each of steps()) {
      const commands = [...each.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((match) => match[1]);
      assert.strictEqual(commands.length, 1, `${each.id} has one button`);
      assert.ok(registered.has(commands[0]), `${each.id}: ${commands[0]} is not a command`);
    }
  });

  it('marks every step done by an event the extension can fire', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const each of steps()) {
      assert.ok(each.completionEvents.length > 0, each.id);
      for (const event of each.completionEvents) {
        const [kind, what] = event.split(/:(.*)/s);
        if (kind === 'onCommand') assert.ok(registered.has(what), `${each.id}: ${what} is not a command`);
        else if (kind === 'onView') assert.strictEqual(what, 'clickupGoals.goals', each.id);
        else assert.strictEqual(kind, 'onContext', `${each.id}: ${event}`);
      }
    }
  });

  it('completes "Sign in" and "Choose your Workspace" when their context keys turn true', async () => {
    assert.deepStrictEqual(step('signIn').completionEvents, ['onContext:clickupGoals.signedIn']);
    assert.deepStrictEqual(step('chooseWorkspace').completionEvents, ['onContext:clickupGoals.workspaceChosen']);
    assert.notStrictEqual(api.contextValue('clickupGoals.signedIn'), true);
    assert.notStrictEqual(api.contextValue('clickupGoals.workspaceChosen'), true);
    await signInAndLoad(api, emulator());
    await waitFor(() => api.contextValue('clickupGoals.signedIn') === true, 'signedIn to turn true');
    await waitFor(() => api.contextValue('clickupGoals.workspaceChosen') === true, 'workspaceChosen to turn true');
  });

  it('completes "Open the Goals view" when its button shows the view', async () => {
    // The context key covers a view that was already showing when the walkthrough opened (no visibility change then).
    assert.deepStrictEqual(step('openGoalsView').completionEvents, ['onView:clickupGoals.goals', 'onContext:clickupGoals.goalsViewShown']);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await waitFor(() => !api.treeView.visible, 'the Goals view to be hidden');
    await vscode.commands.executeCommand('clickupGoals.goals.focus');
    await waitFor(() => api.treeView.visible, 'the Goals view to be visible');
    await waitFor(() => api.contextValue('clickupGoals.goalsViewShown') === true, 'goalsViewShown to turn true');
  });

  it('completes "Pin a goal" when a goal is pinned', async () => {
    assert.deepStrictEqual(step('pinGoal').completionEvents, ['onContext:clickupGoals.hasPinnedGoal']);
    const goal = await goalRow(api, 'Raise NPS to 55');
    await vscode.commands.executeCommand('clickupGoals.pinGoal', goal.node);
    await waitFor(() => api.contextValue('clickupGoals.hasPinnedGoal') === true, 'hasPinnedGoal to turn true');
    await api.pinned.unpin();
  });

  it('opens the walkthrough from "Get Started"', async () => {
    await closeWalkthrough();
    await vscode.commands.executeCommand(GET_STARTED);
    await waitForWalkthrough();
    await closeWalkthrough();
  });

  it('marks a context-key step done itself, through the workbench command, with the step ids the workbench knows', async () => {
    // The workbench's walkthrough service starts lazily and misses a key already true as it starts,
    // so the extension (WalkthroughProgress) marks these steps with welcome.markStepComplete.
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as unknown;
    assert.deepStrictEqual(Object.fromEntries(stepsByContextKey(manifest)), {
      'clickupGoals.signedIn': ['signIn'],
      'clickupGoals.workspaceChosen': ['chooseWorkspace'],
      'clickupGoals.goalsViewShown': ['openGoalsView'],
      'clickupGoals.hasPinnedGoal': ['pinGoal'],
    });
    assert.ok((await vscode.commands.getCommands(true)).includes('welcome.markStepComplete'), 'the workbench has welcome.markStepComplete');
    // The command refuses a step the workbench does not know, and takes each of ours.
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('welcome.markStepComplete', `${EXTENSION_ID}#getStarted#noSuchStep`)));
    for (const id of ['signIn', 'chooseWorkspace', 'openGoalsView', 'pinGoal']) {
      await vscode.commands.executeCommand('welcome.markStepComplete', `${EXTENSION_ID}#getStarted#${id}`);
    }
  });

  it('offers the walkthrough once per profile, on the first start', async () => {
    const workbench = vscode.workspace.getConfiguration('workbench.welcomePage');
    const before = workbench.inspect<boolean>('walkthroughs.openOnInstall')?.globalValue;
    await workbench.update('walkthroughs.openOnInstall', true, vscode.ConfigurationTarget.Global);
    try {
      const state = new MemoryMemento();
      assert.strictEqual(await offerWalkthroughOnce(state, EXTENSION_ID), true);
      await waitForWalkthrough();
      assert.strictEqual(state.get(WALKTHROUGH_OFFERED_KEY), true);
      await closeWalkthrough();
      assert.strictEqual(await offerWalkthroughOnce(state, EXTENSION_ID), false, 'opened a second time');
      assert.strictEqual(walkthroughTabs().length, 0);
    } finally {
      await workbench.update('walkthroughs.openOnInstall', before, vscode.ConfigurationTarget.Global);
    }
  });

  it('does not open it when the user turned walkthroughs on install off, and does not ask again', async () => {
    const workbench = vscode.workspace.getConfiguration('workbench.welcomePage');
    const before = workbench.inspect<boolean>('walkthroughs.openOnInstall')?.globalValue;
    await workbench.update('walkthroughs.openOnInstall', false, vscode.ConfigurationTarget.Global);
    try {
      const state = new MemoryMemento();
      assert.strictEqual(await offerWalkthroughOnce(state, EXTENSION_ID), false);
      assert.strictEqual(state.get(WALKTHROUGH_OFFERED_KEY), true);
      assert.strictEqual(walkthroughTabs().length, 0);
    } finally {
      await workbench.update('walkthroughs.openOnInstall', before, vscode.ConfigurationTarget.Global);
    }
  });

  it('remembered the offer in the extension\'s globalState when it activated', () => {
    assert.strictEqual(api.storage.globalState.get(WALKTHROUGH_OFFERED_KEY), true);
  });
});
