/**
 * What a screen reader says for each row of the Goals view: in words, what a
 * sighted user reads from the label, the description and the icon's shape and
 * colour (the goal's state, a key result's type, done or not).
 */
import * as vscode from 'vscode';
import { formatDueDate, formatKeyResultProgress, formatPercent, plainText } from '../../core/domain/format';
import type { GoalState } from '../../core/domain/goalQuery';
import { goalState } from '../../core/domain/goalQuery';
import { goalProgress, isKeyResultDone, keyResultProgress } from '../../core/domain/progress';
import type { Goal, KeyResult, KeyResultType } from '../../core/domain/types';
import { displayLocale } from '../displayLanguage';

const NAME_LIMIT = 200;

function stateWords(state: GoalState): string {
  switch (state) {
    case 'completed':
      return vscode.l10n.t('completed');
    case 'overdue':
      return vscode.l10n.t('overdue');
    case 'atRisk':
      return vscode.l10n.t('at risk');
    case 'onTrack':
      return vscode.l10n.t('on track');
    default:
      return vscode.l10n.t('not started');
  }
}

function typeWords(type: KeyResultType): string {
  switch (type) {
    case 'number':
      return vscode.l10n.t('number');
    case 'currency':
      return vscode.l10n.t('currency');
    case 'percentage':
      return vscode.l10n.t('percentage');
    case 'boolean':
      return vscode.l10n.t('true or false');
    case 'automatic':
      return vscode.l10n.t('tasks');
    default:
      return vscode.l10n.t('unknown type');
  }
}

export function folderAccessibility(name: string, shownCount: number): vscode.AccessibilityInformation {
  const count = shownCount === 1 ? vscode.l10n.t('1 goal') : vscode.l10n.t('{0} goals', shownCount);
  return { label: vscode.l10n.t('Goal folder {0}, {1}', plainText(name, NAME_LIMIT), count) };
}

/** "Goal Raise NPS to 55, 40% done, due in 3 days, at risk, pinned to the status bar". */
export function goalAccessibility(goal: Goal, nowMs: number, pinned: boolean): vscode.AccessibilityInformation {
  const state = goalState(goal, nowMs);
  const parts = [vscode.l10n.t('Goal {0}', plainText(goal.name, NAME_LIMIT)), vscode.l10n.t('{0} done', formatPercent(goalProgress(goal), displayLocale()))];
  const due = formatDueDate(goal.dueDate, nowMs, displayLocale());
  parts.push(due.absolute === '' ? vscode.l10n.t('no due date') : vscode.l10n.t('due {0}, {1}', due.relative, due.absolute));
  parts.push(stateWords(state));
  if (pinned) {
    parts.push(vscode.l10n.t('pinned to the status bar'));
  }
  return { label: parts.join(', ') };
}

/** "Key result Net Promoter Score, number, 42 of 55, 24% done". */
export function keyResultAccessibility(kr: KeyResult): vscode.AccessibilityInformation {
  const parts = [vscode.l10n.t('Key result {0}', plainText(kr.name, NAME_LIMIT)), typeWords(kr.type)];
  if (kr.type === 'boolean') {
    parts.push(isKeyResultDone(kr) ? vscode.l10n.t('done') : vscode.l10n.t('not done'));
  } else {
    parts.push(formatKeyResultProgress(kr, displayLocale()).replace(/ \/ /g, vscode.l10n.t(' of ')));
    parts.push(vscode.l10n.t('{0} done', formatPercent(keyResultProgress(kr), displayLocale())));
  }
  return { label: parts.join(', ') };
}

/** The checkbox of a true/false key result: what it is and what ticking it does. */
export function checkboxAccessibility(kr: KeyResult): vscode.AccessibilityInformation {
  const name = plainText(kr.name, NAME_LIMIT);
  return {
    label: isKeyResultDone(kr)
      ? vscode.l10n.t('{0} is done. Untick to mark it not done.', name)
      : vscode.l10n.t('{0} is not done. Tick to mark it done.', name),
    role: 'checkbox',
  };
}

/** A row standing for a failure reads its error. */
export function noticeAccessibility(message: string): vscode.AccessibilityInformation {
  return { label: vscode.l10n.t('Error: {0}. Use Refresh to try again.', message) };
}
