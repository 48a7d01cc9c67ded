// The Accounts menu's "ClickUp" provider in the real extension host: one session named after the
// ClickUp user, sign-in and sign-out through it (as the Accounts menu calls them), VS Code told of
// each change, another window's sign-out followed, and a sign-in that costs exactly three requests.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { TOKEN_SECRET_KEY } from '../../../src/vscode/auth/tokenStore';
import { useSignedOut } from '../support/signedOut';
import { recordMessages, signInAndLoad, stubUi, waitFor } from '../tree/support/goalsExtension';

/** The user the sample data's token belongs to. */
const USER_NAME = 'Maya Okafor';

/** Records VS Code's own "sessions changed" events for the ClickUp provider. */
function watchSessionEvents(): { count: () => number; dispose: () => void } {
  let seen = 0;
  const subscription = vscode.authentication.onDidChangeSessions((event) => {
    if (event.provider.id === 'clickup') seen += 1;
  });
  return {
    count: () => seen,
    dispose: () => {
      subscription.dispose();
    },
  };
}

describe('Accounts menu (ClickUp authentication provider)', () => {
  const { emulator, api } = useSignedOut({ seed: 'sample' });

  it('has no session while signed out', async () => {
    assert.deepStrictEqual(await api().authProvider.getSessions(), []);
  });

  it('signed in, has one session: the ClickUp user\'s name as the account, the stored token, no scopes', async () => {
    await signInAndLoad(api(), emulator());
    const sessions = await api().authProvider.getSessions();
    assert.strictEqual(sessions.length, 1);
    assert.strictEqual(sessions[0].account.label, USER_NAME);
    assert.strictEqual(sessions[0].accessToken, await api().tokens.get());
    assert.deepStrictEqual(sessions[0].scopes, []);
  });

  it('"Sign in with ClickUp" asks for the token, checks it with GET /user and returns the session; VS Code hears of it', async () => {
    const events = watchSessionEvents();
    try {
      recordMessages(api());
      stubUi(api(), { showInputBox: () => Promise.resolve(emulator().token) });
      emulator().clearRequests();
      const session = await api().authProvider.createSession([]);
      assert.strictEqual(emulator().requests[0]?.route, 'getAuthorizedUser');
      assert.strictEqual(session.account.label, USER_NAME);
      assert.strictEqual(await api().tokens.get(), emulator().token);
      await waitFor(() => api().store.state.teamId === emulator().teamId, 'the Workspace to load');
      await waitFor(() => events.count() > 0, 'VS Code to hear of the new session');
    } finally {
      events.dispose();
    }
  });

  it('a cancelled sign-in stores nothing and tells VS Code so (an error, not a session)', async () => {
    stubUi(api(), { showInputBox: () => Promise.resolve(undefined) });
    await assert.rejects(api().authProvider.createSession([]), /cancelled/);
    assert.strictEqual(await api().tokens.get(), undefined);
  });

  it('a refused token is not a session: the box comes back and nothing is stored', async () => {
    let asked = 0;
    stubUi(api(), { showInputBox: () => Promise.resolve(++asked === 1 ? 'pk_1_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345' : undefined) });
    await assert.rejects(api().authProvider.createSession([]));
    assert.strictEqual(asked, 2);
    assert.deepStrictEqual(await api().authProvider.getSessions(), []);
  });

  it('"Sign Out" from the Accounts menu deletes the token and the view forgets the goals; VS Code hears of it', async () => {
    await signInAndLoad(api(), emulator());
    await waitFor(() => api().contextValue('clickupGoals.signedIn') === true, 'signed-in context key');
    const events = watchSessionEvents();
    try {
      recordMessages(api());
      await api().authProvider.removeSession('clickup-personal-token');
      assert.strictEqual(await api().tokens.get(), undefined);
      await waitFor(() => api().contextValue('clickupGoals.signedIn') === false, 'signed-out context key');
      assert.strictEqual(api().store.state.teamId, null);
      assert.deepStrictEqual(await api().authProvider.getSessions(), []);
      await waitFor(() => events.count() > 0, 'VS Code to hear the session was removed');
    } finally {
      events.dispose();
    }
  });

  it('the Sign Out command goes through the same provider (the session is gone)', async () => {
    await signInAndLoad(api(), emulator());
    recordMessages(api());
    await vscode.commands.executeCommand('clickupGoals.signOut');
    assert.deepStrictEqual(await api().authProvider.getSessions(), []);
  });

  it('another window\'s sign-out (the shared SecretStorage entry deleted) removes the session here', async () => {
    await signInAndLoad(api(), emulator());
    await waitFor(() => api().contextValue('clickupGoals.signedIn') === true, 'signed-in context key');
    const events = watchSessionEvents();
    try {
      await api().storage.secrets.delete(TOKEN_SECRET_KEY);
      await waitFor(() => !api().auth.signedIn, 'signed out after the secret was deleted');
      await waitFor(() => events.count() > 0, 'VS Code to hear the session was removed');
      assert.deepStrictEqual(await api().authProvider.getSessions(), []);
      assert.strictEqual(api().store.state.teamId, null);
    } finally {
      events.dispose();
    }
  });

  it('an extension never granted access gets no session without asking (VS Code\'s consent comes first)', async () => {
    await signInAndLoad(api(), emulator());
    // Signed in through the command, not through VS Code: no extension has been granted this account.
    const session = await vscode.authentication.getSession('clickup', [], { silent: true });
    assert.strictEqual(session, undefined);
  });

  it('signing in costs three requests: GET /user, GET /team and the goal list', async () => {
    recordMessages(api());
    stubUi(api(), { showInputBox: () => Promise.resolve(emulator().token) });
    emulator().clearRequests();
    await vscode.commands.executeCommand('clickupGoals.setApiToken');
    await waitFor(() => api().store.state.fetchedAt !== null && !api().store.state.fromCache, 'fresh goals');
    // Anything late (a second Workspace list, a second GET /user) would arrive while we wait a little.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepStrictEqual(
      emulator().requests.map((request) => request.route),
      ['getAuthorizedUser', 'getAuthorizedWorkspaces', 'getGoals'],
    );
  });
});
