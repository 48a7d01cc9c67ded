// Matrix (extension host): the token and ClickUp's editor_token values against every place the
// extension writes to. After a full session (sign in, browse, edit, errors, a revoked token and a
// new one) the log file, every clickupGoals.* setting in every scope, globalState, workspaceState,
// the tree and the status bar hold neither token nor any editor_token; the token is in
// SecretStorage only. Then: plain-http addresses that are not this computer are refused before
// anything is sent, and a token removed or replaced in another window applies here at once.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { TOKEN_SECRET_KEY } from '../../../src/vscode/auth/tokenStore';
import { SNAPSHOT_STATE_KEY } from '../../../src/vscode/storage/globalStateSnapshotCache';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { assertNoSecrets } from '../../unit/hardening/support/checks';
import { useEmulator } from '../support/emulator';
import { useSignedIn } from '../support/signedIn';
import { EXTENSION_ID, goalsExtension, recordMessages, resetExtension, setSetting, waitFor } from '../tree/support/goalsExtension';
import { goalInput, keyResultInput } from '../../unit/hardening/support/world';
import { ClickUpClient } from '../../../src/core/clickup/client';
import { nodeFetch } from '../../../src/core/clickup/nodeFetch';
import { logText, TARGET_GOAL, TARGET_KR, treeText } from './support/hostCase';
import { fullSession, type SessionRecord } from './support/session';

function mementoText(memento: vscode.Memento): string {
  return memento.keys().map((key) => `${key}=${JSON.stringify(memento.get(key))}`).join('\n');
}

function settingsText(): string {
  const properties = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { configuration: { properties: object } } })
    .contributes.configuration.properties;
  return Object.keys(properties)
    .map((key) => JSON.stringify(vscode.workspace.getConfiguration().inspect(key)))
    .join('\n');
}

describe('Hardening (host): token and secrets', () => {
  const emulator = useEmulator({ signedIn: false });
  let api: ClickUpGoalsTestApi;
  let session: SessionRecord;
  let tried = 0;

  before(async function () {
    this.timeout(120_000);
    api = await goalsExtension();
    await resetExtension(api);
    // Debug lines reach the log file too for this run (the client's request lines are debug).
    await vscode.commands.executeCommand('_extensionTests.setLogLevel', 'debug');
    const side = new ClickUpClient({ baseUrl: emulator().url, fetch: nodeFetch, token: () => emulator().oauthToken });
    const goal = await side.createGoal(emulator().teamId, goalInput(TARGET_GOAL));
    await side.createKeyResult(goal.id, keyResultInput(TARGET_KR));
    await setSetting('apiBaseUrl', emulator().url);
    session = await fullSession(api, emulator());
  });

  after(async () => {
    await vscode.commands.executeCommand('_extensionTests.setLogLevel', 'info');
    await api.pinned.unpin();
    await resetExtension(api);
    await setSetting('apiBaseUrl', undefined);
    console.log(`token and secrets: ${tried} cases`);
  });

  const places: [string, () => Promise<string>][] = [
    ['the log file', async () => {
      const text = await logText(api);
      assert.match(text, /\[auth\]/, 'the session is in the log');
      return text;
    }],
    ['every clickupGoals.* setting in every scope', () => Promise.resolve(settingsText())],
    ['globalState', () => Promise.resolve(mementoText(api.storage.globalState))],
    ['workspaceState', () => Promise.resolve(mementoText(api.storage.workspaceState))],
    ['the messages shown', () => Promise.resolve(session.shown.join('\n'))],
    ['the tree', async () => (await treeText(api)).join('\n')],
    ['the status bar', () => Promise.resolve(`${api.statusBar.view.text}\n${api.statusBar.view.tooltip}`)],
  ];

  for (const [place, read] of places) {
    it(`${place}: no token and no editor_token`, async () => {
      tried += 1;
      assert.ok(session.secrets.length > 3, 'editor tokens were collected');
      assertNoSecrets(await read(), session.secrets, place);
    });
  }

  it('keeps the token in SecretStorage; sign-out removes it there, and the cached goals with it', async () => {
    tried += 1;
    assert.strictEqual(await api.storage.secrets.get(TOKEN_SECRET_KEY), emulator().oauthToken);
    assert.notStrictEqual(api.storage.globalState.get(SNAPSHOT_STATE_KEY), undefined, 'goals were cached while signed in');
    recordMessages(api);
    await vscode.commands.executeCommand('clickupGoals.signOut');
    assert.strictEqual(await api.storage.secrets.get(TOKEN_SECRET_KEY), undefined);
    await waitFor(() => api.storage.globalState.get(SNAPSHOT_STATE_KEY) === undefined, 'the cached goals to be cleared');
  });

  it('wrote debug lines too, so the log search covered every level', async () => {
    tried += 1;
    assert.match(await logText(api), /\[(debug|trace)\]/);
  });
});

/** Addresses that would reach the emulator if the extension sent anything there, and whether they are allowed. */
const ADDRESSES: { url: (port: number) => string; allowed: boolean }[] = [
  { url: (port) => `http://0.0.0.0:${port}/api/v2`, allowed: false },
  { url: (port) => `http://[::ffff:127.0.0.1]:${port}/api/v2`, allowed: false },
  { url: (port) => `http://localhost.localdomain:${port}/api/v2`, allowed: false },
  { url: (port) => `http://127.0.0.1.nip.io:${port}/api/v2`, allowed: false },
  { url: (port) => `http://user:secret@127.0.0.1:${port}/api/v2`, allowed: false },
  { url: (port) => `ftp://127.0.0.1:${port}/api/v2`, allowed: false },
  { url: () => 'http://example.com/api/v2', allowed: false },
  { url: () => 'http://10.0.0.1/api/v2', allowed: false },
  { url: () => 'javascript:alert(1)', allowed: false },
  { url: (port) => `http://127.0.0.1:${port}/api/v2`, allowed: true },
  { url: (port) => `http://localhost:${port}/api/v2`, allowed: true },
  { url: (port) => `http://2130706433:${port}/api/v2`, allowed: true },
];

describe('Hardening (host): API addresses', () => {
  const emulator = useEmulator({ signedIn: false });
  let api: ClickUpGoalsTestApi;
  let tried = 0;

  before(async () => {
    api = await goalsExtension();
    await resetExtension(api);
  });

  after(async () => {
    await resetExtension(api);
    await setSetting('apiBaseUrl', undefined);
    console.log(`API addresses: ${tried} cases`);
  });

  for (const address of ADDRESSES) {
    const sample = address.url(1234);
    it(`${sample} is ${address.allowed ? 'used' : 'refused before anything is sent, with a clear message'}`, async () => {
      tried += 1;
      await resetExtension(api);
      const seen = recordMessages(api);
      emulator().clearRequests();
      await setSetting('apiBaseUrl', address.url(emulator().port));
      const result = await api.auth.signIn(emulator().token);
      if (address.allowed) {
        assert.strictEqual(api.connection.problem, undefined);
        assert.strictEqual(result.kind, 'signedIn');
        assert.ok(emulator().requests.length > 0);
      } else {
        await waitFor(() => api.connection.problem !== undefined && seen.errors.length > 0, 'the address to be refused');
        assert.match(seen.errors[0], /^ClickUp Goals is not connected: .+ The token was not sent\.$/);
        assert.notStrictEqual(result.kind, 'signedIn');
        assert.strictEqual(await api.tokens.get(), undefined, 'nothing stored');
        assert.deepStrictEqual(emulator().requests, [], 'nothing reached the address');
      }
    });
  }
});

describe('Hardening (host): another window', () => {
  const signedIn = useSignedIn({ eachTest: true });
  const emulator = signedIn.emulator;
  let api: ClickUpGoalsTestApi;

  before(() => {
    api = signedIn.api();
  });

  it('signing out there (the secret deleted) signs this window out at once', async () => {
    await api.storage.secrets.delete(TOKEN_SECRET_KEY);
    await waitFor(() => !api.auth.signedIn, 'signed out here');
    assert.strictEqual(api.contextValue('clickupGoals.signedIn'), false);
    assert.strictEqual(api.store.state.teamId, null);
    assert.deepStrictEqual(await api.treeProvider.getChildren(), []);
    assert.strictEqual(api.statusBar.view.visible, false);
  });

  it('a token replaced there is the one sent from here next', async () => {
    await api.storage.secrets.store(TOKEN_SECRET_KEY, emulator().oauthToken);
    emulator().revokeToken(emulator().token);
    await waitFor(() => api.auth.signedIn, 'still signed in');
    await vscode.commands.executeCommand('clickupGoals.refresh');
    await waitFor(() => api.store.state.fetchedAt !== null && api.store.state.error === null && !api.auth.tokenRefused, 'a refresh with the new token');
    assert.strictEqual(api.auth.tokenRefused, false);
  });
});
