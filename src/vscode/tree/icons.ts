/** Codicons for goals (by state) and key results (by type), coloured through theme colours. */
import * as vscode from 'vscode';
import type { GoalState } from '../../core/domain/goalQuery';
import type { KeyResultType } from '../../core/domain/types';

const GOAL_ICONS: Record<GoalState, { icon: string; color?: string }> = {
  completed: { icon: 'pass-filled', color: 'charts.green' },
  overdue: { icon: 'error', color: 'list.errorForeground' },
  atRisk: { icon: 'warning', color: 'list.warningForeground' },
  onTrack: { icon: 'target', color: 'charts.blue' },
  notStarted: { icon: 'circle-large-outline' },
};

export function goalIcon(state: GoalState): vscode.ThemeIcon {
  const { icon, color } = GOAL_ICONS[state] ?? GOAL_ICONS.notStarted;
  return new vscode.ThemeIcon(icon, color === undefined ? undefined : new vscode.ThemeColor(color));
}

const KEY_RESULT_ICONS: Record<KeyResultType, string> = {
  number: 'symbol-numeric',
  currency: 'credit-card',
  percentage: 'pie-chart',
  boolean: 'symbol-boolean',
  automatic: 'tasklist',
  unknown: 'question',
};

export function keyResultIcon(type: KeyResultType, done: boolean): vscode.ThemeIcon {
  const icon = KEY_RESULT_ICONS[type] ?? KEY_RESULT_ICONS.unknown;
  return new vscode.ThemeIcon(icon, done ? new vscode.ThemeColor('charts.green') : undefined);
}

export function folderIcon(): vscode.ThemeIcon {
  return new vscode.ThemeIcon('folder');
}
