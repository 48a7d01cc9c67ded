/**
 * The line the Goals view shows above the tree (TreeView.message): where the
 * data comes from when it is not fresh, and why. Undefined when all is well.
 */
import * as vscode from 'vscode';
import type { StoreState } from '../../core/model/storeTypes';
import { reasonText } from '../log/userMessages';
import { formatAge } from '../relativeTime';

export interface ViewMessageInput {
  signedIn: boolean;
  tokenRefused: boolean;
  /** Why the configured API address is refused, if it is. */
  baseUrlProblem: string | undefined;
  state: Pick<StoreState, 'status' | 'fetchedAt' | 'fromCache' | 'error'>;
}

export function viewMessage(input: ViewMessageInput, nowMs: number): string | undefined {
  if (!input.signedIn) {
    return undefined;
  }
  if (input.baseUrlProblem !== undefined) {
    return vscode.l10n.t('Not connected: {0} Check the setting clickupGoals.apiBaseUrl.', input.baseUrlProblem);
  }
  if (input.tokenRefused) {
    return vscode.l10n.t('ClickUp refused your token. Use "Set API Token" to sign in again.');
  }
  const { state } = input;
  const age = state.fetchedAt === null ? undefined : formatAge(state.fetchedAt, nowMs);
  if (state.error !== null) {
    return age === undefined
      ? vscode.l10n.t('Could not load goals: {0}', reasonText(state.error))
      : vscode.l10n.t('Showing goals from {0}: {1}', age, reasonText(state.error));
  }
  if (state.fromCache && age !== undefined) {
    return state.status === 'loading'
      ? vscode.l10n.t('Cached goals from {0}; refreshing…', age)
      : vscode.l10n.t('Cached goals from {0}.', age);
  }
  return undefined;
}
