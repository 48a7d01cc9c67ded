/**
 * What the status bar item says, worked out from the store and the pin:
 * "$(target) Q1 Revenue 62%" for a pinned goal, "$(target) 7 goals 48%" for the
 * Workspace's open goals, a spinner while loading, a warning state on error.
 */
import * as vscode from 'vscode';
import { formatPercent, plainText } from '../../core/domain/format';
import { filterGoals } from '../../core/domain/goalQuery';
import { goalProgress, workspaceProgress } from '../../core/domain/progress';
import type { Goal } from '../../core/domain/types';
import { allGoals } from '../../core/domain/goalQuery';
import type { StoreState } from '../../core/model/storeTypes';
import { reasonText } from '../log/userMessages';
import { displayLocale } from '../displayLanguage';

export interface StatusBarInput {
  signedIn: boolean;
  tokenRefused: boolean;
  state: Pick<StoreState, 'status' | 'goals' | 'folders' | 'error' | 'fetchedAt' | 'fromCache'>;
  /** The pinned goal with its key results attached when loaded; undefined when none is pinned (or it is gone). */
  pinned: Goal | undefined;
}

export interface StatusBarView {
  visible: boolean;
  text: string;
  tooltip: string;
  warning: boolean;
  /** What a screen reader says: the text in words (no icons), and the warning state. */
  accessibility: string;
}

const NAME_LIMIT = 30;

/** Status bar text renders $(icon) syntax: a goal name must not. */
function asText(name: string): string {
  return plainText(name, NAME_LIMIT).replace(/\$\(/g, '\\$(');
}

export function statusBarView(input: StatusBarInput): StatusBarView {
  const hint = vscode.l10n.t('Click to go to a goal or pin one.');
  if (!input.signedIn) {
    return { visible: false, text: '', tooltip: '', warning: false, accessibility: '' };
  }
  if (input.tokenRefused) {
    return {
      visible: true,
      text: `$(warning) ${vscode.l10n.t('ClickUp Goals')}`,
      tooltip: vscode.l10n.t('ClickUp refused your token. Use "Set API Token" to sign in again.'),
      warning: true,
      accessibility: vscode.l10n.t('ClickUp Goals, warning: ClickUp refused your token. Use "Set API Token" to sign in again.'),
    };
  }
  const { state } = input;
  // Cached data is being revalidated until fresh data (or an error) arrives.
  const loading = state.status === 'loading' || (state.fromCache && state.error === null);
  const icon = loading ? '$(sync~spin)' : '$(target)';
  if (state.fetchedAt === null && state.goals.length === 0 && state.folders.length === 0) {
    const failed = state.error !== null;
    const tooltip = failed ? vscode.l10n.t('Could not load goals: {0}', reasonText(state.error)) : vscode.l10n.t('Loading goals…');
    return {
      visible: true,
      text: `${failed ? '$(warning)' : '$(sync~spin)'} ${vscode.l10n.t('ClickUp Goals')}`,
      tooltip,
      warning: failed,
      accessibility: failed ? vscode.l10n.t('ClickUp Goals, warning: {0}', tooltip) : vscode.l10n.t('ClickUp Goals: {0}', tooltip),
    };
  }
  const errorLine = state.error === null ? '' : `\n${vscode.l10n.t('Not up to date: {0}', reasonText(state.error))}`;
  const spoken = (what: string): string =>
    [what, loading ? vscode.l10n.t('updating') : '', state.error === null ? '' : vscode.l10n.t('warning: not up to date: {0}', reasonText(state.error))]
      .filter((part) => part !== '')
      .join(', ');
  if (input.pinned !== undefined) {
    const percent = formatPercent(goalProgress(input.pinned), displayLocale());
    return {
      visible: true,
      text: `${icon} ${asText(input.pinned.name)} ${percent}`,
      tooltip: `${vscode.l10n.t('Pinned goal: {0}, {1} done.', plainText(input.pinned.name, 200), percent)}${errorLine}\n${hint}`,
      warning: state.error !== null,
      accessibility: spoken(vscode.l10n.t('Pinned goal {0}, {1} done', plainText(input.pinned.name, 200), percent)),
    };
  }
  const open = filterGoals(allGoals(state), { includeCompleted: false });
  const percent = formatPercent(workspaceProgress(open), displayLocale());
  const count = open.length === 1 ? vscode.l10n.t('1 goal') : vscode.l10n.t('{0} goals', open.length);
  return {
    visible: true,
    text: open.length === 0 ? `${icon} ${vscode.l10n.t('No open goals')}` : `${icon} ${count} ${percent}`,
    tooltip: `${vscode.l10n.t('Open goals in this Workspace: {0}, {1} done on average.', open.length, percent)}${errorLine}\n${hint}`,
    warning: state.error !== null,
    accessibility: spoken(
      open.length === 0 ? vscode.l10n.t('No open goals') : vscode.l10n.t('{0} open goals, {1} done on average', open.length, percent),
    ),
  };
}
