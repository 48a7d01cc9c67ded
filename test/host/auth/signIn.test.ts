// Sign-in in the real extension host against the emulator: the signed-out state, a wrong token
// refused with nothing stored, sign-in and sign-out through the commands, the https-only address,
// and a 401 that is confirmed with GET /user before the token is called refused.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { readDevEnvironment } from '../../../src/vscode/config/devEnvironment';
import { useSignedOut } from '../support/signedOut';
import {
  recordMessages,
  setSetting,
  signInAndLoad,
  stubUi,
  waitFor,
} from '../tree/support/goalsExtension';

const WRONG_TOKEN = 'pk_1_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

describe('Sign-in', () => {
  const { emulator, api } = useSignedOut();

  it('starts signed out: the welcome shows, the status bar is hidden, the tree is empty', async () => {
    assert.strictEqual(api().contextValue('clickupGoals.authKnown'), true);
    assert.strictEqual(api().contextValue('clickupGoals.signedIn'), false);
    assert.strictEqual(api().statusBar.view.visible, false);
    assert.deepStrictEqual(await api().treeProvider.getChildren(), []);
  });

  it('refuses a wrong token with a clear message and stores nothing', async () => {
    const messages: unknown[] = [];
    let asked = 0;
    stubUi(api(), {
      showInputBox: async (options) => {
        asked += 1;
        if (asked === 1) {
          return WRONG_TOKEN;
        }
        // The box comes back holding the refused token, with the reason as its prompt and its validation.
        messages.push(options.prompt, await options.validateInput?.(options.value ?? ''));
        return undefined;
      },
    });
    await vscode.commands.executeCommand('clickupGoals.setApiToken');
    assert.strictEqual(asked, 2);
    assert.match(String(messages[0]), /ClickUp did not accept this token/);
    assert.match(String(messages[1]), /ClickUp did not accept this token/);
    assert.strictEqual(await api().tokens.get(), undefined);
    assert.strictEqual(api().auth.signedIn, false);
  });

  it('signs in with a valid token: stored in SecretStorage, goals loaded, status bar shown', async () => {
    const seen = recordMessages(api());
    stubUi(api(), { showInputBox: () => Promise.resolve(emulator().token) });
    await vscode.commands.executeCommand('clickupGoals.setApiToken');
    assert.strictEqual(await api().tokens.get(), emulator().token);
    await waitFor(() => api().store.state.fetchedAt !== null, 'goals loaded');
    assert.strictEqual(api().contextValue('clickupGoals.signedIn'), true);
    assert.ok(api().statusBar.view.visible);
    assert.match(seen.infos.join('\n'), /Signed in to ClickUp as /);
  });

  it('checks the token with GET /user before storing it', async () => {
    emulator().clearRequests();
    stubUi(api(), { showInputBox: () => Promise.resolve(emulator().token) });
    recordMessages(api());
    await vscode.commands.executeCommand('clickupGoals.setApiToken');
    assert.strictEqual(emulator().requests[0]?.route, 'getAuthorizedUser');
  });

  it('signs out: the token is deleted and the view forgets the goals', async () => {
    await signInAndLoad(api(), emulator());
    recordMessages(api());
    await vscode.commands.executeCommand('clickupGoals.signOut');
    assert.strictEqual(await api().tokens.get(), undefined);
    await waitFor(() => api().contextValue('clickupGoals.signedIn') === false, 'signed-out context key');
    assert.strictEqual(api().store.state.teamId, null);
    assert.deepStrictEqual(await api().treeProvider.getChildren(), []);
    assert.strictEqual(api().statusBar.view.visible, false);
  });

  it('follows SecretStorage changed elsewhere (another window signing in)', async () => {
    await api().tokens.set(emulator().token);
    await waitFor(() => api().auth.signedIn, 'signed in after the secret changed');
    await waitFor(() => api().store.state.teamId === emulator().teamId, 'the Workspace loaded');
  });

  it('does not sign out on a 401 for a missing object when GET /user still accepts the token', async () => {
    await signInAndLoad(api(), emulator());
    const seen = recordMessages(api());
    emulator().injectFault({ route: 'getGoal', status: 401, ecode: 'OAUTH_018', times: 1 });
    const goal = api().store.state.goals.find((candidate) => candidate.keyResultCount > 0);
    assert.ok(goal);
    await assert.rejects(api().store.loadKeyResults(goal.id));
    await waitFor(() => emulator().requests.some((request) => request.route === 'getAuthorizedUser'), 'the check');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.strictEqual(api().auth.tokenRefused, false);
    assert.strictEqual(api().auth.signedIn, true);
    assert.deepStrictEqual(seen.errors, []);
  });

  it('says "Your ClickUp token was refused" when GET /user refuses it too, and keeps the token', async () => {
    await signInAndLoad(api(), emulator());
    const seen = recordMessages(api());
    const token = emulator().token;
    emulator().revokeToken(token);
    try {
      await vscode.commands.executeCommand('clickupGoals.refresh');
      await waitFor(() => api().auth.tokenRefused, 'the token to be found refused');
      await waitFor(() => seen.errors.length > 0, 'the error message');
      assert.match(seen.errors[0], /Your ClickUp token was refused/);
      assert.strictEqual(await api().tokens.get(), token, 'a refusal is reported, not acted on: the token stays');
      assert.strictEqual(api().statusBar.view.warning, true);
    } finally {
      await api().auth.signOut();
    }
  });

  it('refuses a plain-http API address that is not this computer, without sending the token', async () => {
    const seen = recordMessages(api());
    await setSetting('apiBaseUrl', 'http://example.invalid/api()/v2');
    await waitFor(() => api().connection.problem !== undefined, 'the address to be refused');
    await waitFor(() => seen.errors.length > 0, 'the error message');
    assert.match(seen.errors[0], /not connected.*token was not sent/i);
    const result = await api().auth.signIn(emulator().token);
    assert.strictEqual(result.kind, 'failed');
    assert.strictEqual(await api().tokens.get(), undefined);
  });

  it('never reads a token from the environment in production mode', () => {
    const env = { CLICKUP_GOALS_TEST_TOKEN: 'pk_1_x', CLICKUP_GOALS_API_BASE_URL: 'http://127.0.0.1:1/api()/v2' };
    assert.deepStrictEqual(readDevEnvironment(vscode.ExtensionMode.Production, env), { apiBaseUrl: undefined, token: undefined });
    assert.strictEqual(readDevEnvironment(vscode.ExtensionMode.Development, env).token, 'pk_1_x');
  });
});
