// A full session in the real extension, as a person would have it: sign in with the command,
// browse every goal (tree, tooltips, pin), edit through the commands, meet errors (a failed
// refresh, a lost write, a missing item, a revoked token) and sign in again with another token.
// Everything shown to the person is recorded, for the secrets matrix to search.
import * as vscode from 'vscode';
import type { RunningEmulator } from '../../../../src/emulator/types';
import type { ClickUpGoalsTestApi } from '../../../../src/vscode/testApi';
import { editorTokens } from '../../../unit/hardening/support/world';
import { runScripted } from '../../commands/support/editSession';
import { accept, choose, type } from '../../commands/support/scriptedPrompts';
import { recordMessages, stubUi, waitFor } from '../../tree/support/goalsExtension';
import { keyResultNode, TARGET_GOAL } from './hostCase';
import { walkAndCheck } from './treeWalk';

export interface SessionRecord {
  /** Error, warning and information messages and the edit commands' error sentences. */
  shown: string[];
  /** Both tokens used and every editor_token the service handed out during the session. */
  secrets: string[];
}

async function signInWithCommand(api: ClickUpGoalsTestApi, token: string): Promise<void> {
  stubUi(api, { showInputBox: () => Promise.resolve(token) });
  await vscode.commands.executeCommand('clickupGoals.setApiToken');
  await waitFor(() => api.auth.signedIn && api.store.state.fetchedAt !== null, 'signed in with goals');
}

async function failingRefresh(api: ClickUpGoalsTestApi): Promise<void> {
  await vscode.commands.executeCommand('clickupGoals.refresh');
  await waitFor(() => api.store.state.error !== null, 'the refresh to fail');
}

export async function fullSession(api: ClickUpGoalsTestApi, emulator: RunningEmulator): Promise<SessionRecord> {
  const seen = new Set(await editorTokens(emulator));
  const messages = recordMessages(api);
  const errors: string[] = [];
  const edit = async (command: string, replies: Parameters<typeof runScripted>[2], arg?: unknown): Promise<void> => {
    errors.push(...(await runScripted(api, command, replies, { arg })).errors.map((error) => error.message));
  };

  await signInWithCommand(api, emulator.token);
  await walkAndCheck(api.treeProvider);
  const goal = api.store.state.goals.find((candidate) => candidate.name === TARGET_GOAL);
  await api.pinned.pinGoal(goal?.id ?? '');
  await edit('clickupGoals.updateProgress', [type('6'), type('Session note')], await keyResultNode(api));
  await edit('clickupGoals.createGoal', [type('Made in the session'), type('in 6 weeks'), type('Words'), accept(), accept()]);
  await edit('clickupGoals.editGoal', [choose('Name'), type(`${TARGET_GOAL} (renamed)`), choose('Save')], { kind: 'goal', goalId: goal?.id });
  await edit('clickupGoals.editGoal', [choose('Name'), type(TARGET_GOAL), choose('Save')], { kind: 'goal', goalId: goal?.id });

  emulator.injectFault({ route: 'getGoals', status: 500 });
  await failingRefresh(api);
  emulator.clearFaults();
  emulator.injectFault({ route: 'editKeyResult', drop: true, times: 1 });
  await edit('clickupGoals.updateProgress', [type('7'), type('Lost note')], await keyResultNode(api));
  emulator.injectFault({ route: 'getGoal', status: 401, ecode: 'OAUTH_018', times: 1 });
  await api.store.loadKeyResults(goal?.id ?? '', { force: true }).catch(() => undefined);
  emulator.clearFaults();
  await vscode.commands.executeCommand('clickupGoals.refresh');
  await waitFor(() => api.store.state.error === null, 'a refresh that works');

  emulator.revokeToken(emulator.token);
  await vscode.commands.executeCommand('clickupGoals.refresh');
  await waitFor(() => api.auth.tokenRefused, 'the revoked token to be found out');
  await signInWithCommand(api, emulator.oauthToken);
  await walkAndCheck(api.treeProvider);

  (await editorTokens(emulator)).forEach((token) => seen.add(token));
  return {
    shown: [...messages.errors, ...messages.warnings, ...messages.infos, ...errors],
    secrets: [emulator.token, emulator.oauthToken, ...seen],
  };
}
