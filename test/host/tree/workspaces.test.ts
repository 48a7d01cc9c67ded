// Workspaces from GET /team: one is used as is; with several the user picks one
// ("Select Workspace"), the choice is remembered and the view says which Workspace it shows.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useEmulator } from '../support/emulator';
import { goalsExtension, pointAt, recordMessages, resetExtension, stubUi, waitFor } from './support/goalsExtension';

describe('Workspaces', () => {
  let api: ClickUpGoalsTestApi;

  before(async () => {
    api = await goalsExtension();
  });

  afterEach(async () => {
    await resetExtension(api);
  });

  describe('with one Workspace', () => {
    const emulator = useEmulator({ signedIn: false });

    it('uses it without asking and shows its name as the view title', async () => {
      await resetExtension(api);
      await pointAt(api, emulator());
      let asked = false;
      stubUi(api, {
        showInputBox: () => Promise.resolve(emulator().token),
        showQuickPick: () => ((asked = true), Promise.resolve(undefined)),
      });
      recordMessages(api);
      await vscode.commands.executeCommand('clickupGoals.setApiToken');
      await waitFor(() => api.store.state.teamId === emulator().teamId, 'the only Workspace to be used');
      assert.strictEqual(asked, false);
      const name = api.workspaces.current?.name;
      assert.ok(name);
      await waitFor(() => api.treeView.title === name, 'the Workspace name as the view title');
      assert.strictEqual(api.contextValue('clickupGoals.multipleWorkspaces'), false);
    });
  });

  describe('with several Workspaces', () => {
    const emulator = useEmulator({ signedIn: false, workspaces: 2 });

    beforeEach(async () => {
      await resetExtension(api);
      await pointAt(api, emulator());
    });

    it('asks which one at sign-in and shows the one picked', async () => {
      const offered: string[] = [];
      stubUi(api, {
        showInputBox: () => Promise.resolve(emulator().token),
        showQuickPick: (items) => {
          offered.push(...items.map((item) => item.label));
          return Promise.resolve(items[1]);
        },
      });
      recordMessages(api);
      await vscode.commands.executeCommand('clickupGoals.setApiToken');
      assert.strictEqual(offered.length, 2);
      const second = api.workspaces.workspaces?.[1];
      assert.ok(second);
      await waitFor(() => api.store.state.teamId === second.id, 'the picked Workspace to load');
      await waitFor(() => api.treeView.title === second.name, 'its name as the view title');
      assert.strictEqual(api.contextValue('clickupGoals.multipleWorkspaces'), true);
    });

    it('waits for a choice when signed in elsewhere, and "Select Workspace" switches', async () => {
      await api.tokens.set(emulator().token);
      await waitFor(() => api.contextValue('clickupGoals.needsWorkspace') === true, 'the "choose a Workspace" welcome');
      assert.strictEqual(api.store.state.teamId, null);

      stubUi(api, { showQuickPick: (items) => Promise.resolve(items[0]) });
      await vscode.commands.executeCommand('clickupGoals.selectWorkspace');
      await waitFor(() => api.store.state.teamId === emulator().teamId, 'the first Workspace to load');
      assert.strictEqual(api.contextValue('clickupGoals.needsWorkspace'), false);

      stubUi(api, { showQuickPick: (items) => Promise.resolve(items[1]) });
      await vscode.commands.executeCommand('clickupGoals.selectWorkspace');
      const second = api.workspaces.workspaces?.[1];
      await waitFor(() => api.store.state.teamId === second?.id, 'the second Workspace to load');
    });

    it('remembers the choice for the next start (id only)', async () => {
      stubUi(api, {
        showInputBox: () => Promise.resolve(emulator().token),
        showQuickPick: (items) => Promise.resolve(items[1]),
      });
      recordMessages(api);
      await vscode.commands.executeCommand('clickupGoals.setApiToken');
      const second = api.workspaces.workspaces?.[1];
      await waitFor(() => api.store.state.teamId === second?.id, 'the picked Workspace');
      // Loading the list again (as a restart does) keeps the remembered Workspace without asking.
      let asked = false;
      stubUi(api, { showQuickPick: () => ((asked = true), Promise.resolve(undefined)) });
      assert.strictEqual(await api.workspaces.load({ interactive: true }), 'chosen');
      assert.strictEqual(asked, false);
      assert.strictEqual(api.workspaces.currentId, second?.id);
    });
  });

  describe('with no goals', () => {
    const emulator = useEmulator({ signedIn: false, seed: 'empty' });

    it('shows the "no goals" welcome instead of an empty tree', async () => {
      await resetExtension(api);
      await pointAt(api, emulator());
      await api.auth.signIn(emulator().token);
      await waitFor(() => api.contextValue('clickupGoals.noGoals') === true, 'the "no goals" context key');
      assert.deepStrictEqual(await api.treeProvider.getChildren(), []);
      assert.strictEqual(api.statusBar.view.text, '$(target) No open goals');
    });
  });
});
