// Host-test helpers for the Goals view, sign-in and status bar suites: the extension's test API,
// pointing it at a suite's emulator through the clickupGoals.apiBaseUrl setting (global target),
// signing in and out, and waiting for asynchronous UI state without fixed sleeps.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RunningEmulator } from '../../../../src/emulator/types';
import type { ClickUpGoalsTestApi } from '../../../../src/vscode/testApi';
import type { WindowApis } from '../../../../src/vscode/windowApis';

export const EXTENSION_ID = 'clickup-goals-team.clickup-goals';

export async function goalsExtension(): Promise<ClickUpGoalsTestApi> {
  const extension = vscode.extensions.getExtension<ClickUpGoalsTestApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** Polls until `condition` holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      assert.fail(`Timed out waiting for: ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const stubs = new WeakMap<object, vscode.Disposable[]>();

/** Answers prompt/message calls for one test (through ui.use); restoreUi() puts the real ones back. */
export function stubUi(api: ClickUpGoalsTestApi, overrides: Partial<WindowApis>): void {
  stubs.set(api.ui, [...(stubs.get(api.ui) ?? []), api.ui.use(overrides)]);
}

export function restoreUi(api: ClickUpGoalsTestApi): void {
  for (const stub of stubs.get(api.ui) ?? []) {
    stub.dispose();
  }
  stubs.delete(api.ui);
}

/** Records messages instead of showing them (a notification would wait for a click). */
export function recordMessages(api: ClickUpGoalsTestApi): { errors: string[]; infos: string[]; warnings: string[] } {
  const seen = { errors: [] as string[], infos: [] as string[], warnings: [] as string[] };
  stubUi(api, {
    showErrorMessage: (message) => (seen.errors.push(message), Promise.resolve(undefined)),
    showInformationMessage: (message) => (seen.infos.push(message), Promise.resolve(undefined)),
    showWarningMessage: (message) => (seen.warnings.push(message), Promise.resolve(undefined)),
  });
  return seen;
}

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('clickupGoals');

/** Points the extension at the emulator (a user setting, as a person would). */
export async function pointAt(api: ClickUpGoalsTestApi, emulator: RunningEmulator): Promise<void> {
  await config().update('apiBaseUrl', emulator.url, vscode.ConfigurationTarget.Global);
  await waitFor(() => api.connection.baseUrl === emulator.url, 'the client to use the emulator');
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await config().update(key, value, vscode.ConfigurationTarget.Global);
}

/** Signed out, no Workspace, no pin, no filters: the state a fresh install starts in. */
export async function resetExtension(api: ClickUpGoalsTestApi): Promise<void> {
  restoreUi(api);
  await api.auth.signOut();
  await waitFor(() => !api.auth.signedIn && api.store.state.teamId === null, 'signed out');
  await api.pinned.unpin();
  await api.options.setMineOnly(false);
  await setSetting('showCompleted', undefined);
  await setSetting('sortBy', undefined);
}

/** Signs in through the API session (not the command) and waits for the first goal list. */
export async function signInAndLoad(api: ClickUpGoalsTestApi, emulator: RunningEmulator): Promise<void> {
  await pointAt(api, emulator);
  const result = await api.auth.signIn(emulator.token);
  assert.strictEqual(result.kind, 'signedIn');
  await waitFor(() => api.store.state.teamId === emulator.teamId, 'the Workspace to be chosen');
  await waitFor(() => api.store.state.fetchedAt !== null && !api.store.state.fromCache, 'fresh goals');
}
