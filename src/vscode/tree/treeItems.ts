/**
 * Draws one node as a TreeItem: folders with their goal count, goals with
 * progress, due date and a state icon, key results with a type icon, their
 * progress as the type means it, and a checkbox for true/false ones.
 */
import * as vscode from 'vscode';
import { formatDueDate, formatKeyResultProgress, formatPercent, plainText } from '../../core/domain/format';
import { goalState } from '../../core/domain/goalQuery';
import { goalProgress, isKeyResultDone } from '../../core/domain/progress';
import type { Goal, GoalFolder, KeyResult } from '../../core/domain/types';
import { checkboxAccessibility, folderAccessibility, goalAccessibility, keyResultAccessibility, noticeAccessibility } from './accessibility';
import { folderIcon, goalIcon, keyResultIcon } from './icons';
import { GOALS_PER_PAGE } from './goalPages';
import type { FolderNode, GoalNode, KeyResultNode, MoreNode, NoticeNode } from './nodes';
import { folderContextValue, goalContextValue, keyResultContextValue } from './nodes';
import type { PeopleLookup } from './tooltips';
import { goalTooltip, keyResultTooltip } from './tooltips';
import { displayLocale } from '../displayLanguage';

const LABEL_LIMIT = 120;
/** clickupGoals.openGoal (the tree only names it; the command lives in commands/openGoal.ts). */
const OPEN_GOAL_COMMAND = 'clickupGoals.openGoal';

export function folderItem(node: FolderNode, folder: GoalFolder, shownCount: number): vscode.TreeItem {
  const item = new vscode.TreeItem(
    plainText(folder.name, LABEL_LIMIT) || vscode.l10n.t('(unnamed folder)'),
    shownCount > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
  );
  item.id = node.id;
  item.description = shownCount === 1 ? vscode.l10n.t('1 goal') : vscode.l10n.t('{0} goals', shownCount);
  item.iconPath = folderIcon();
  item.contextValue = folderContextValue();
  item.tooltip = plainText(folder.name, 200);
  item.accessibilityInformation = folderAccessibility(folder.name, shownCount);
  return item;
}

/** The goal with its key results attached when they are loaded, so progress is computed from them. */
export function withKeyResults(goal: Goal, keyResults: readonly KeyResult[] | undefined): Goal {
  return keyResults === undefined ? goal : { ...goal, keyResults: [...keyResults] };
}

/** "62% · due in 3 days", "40% · overdue, due 2 weeks ago", "100% · done". */
export function goalDescription(goal: Goal, nowMs: number): string {
  const state = goalState(goal, nowMs);
  const percent = formatPercent(goalProgress(goal), displayLocale());
  if (state === 'completed') {
    return vscode.l10n.t('{0} · done', percent);
  }
  const due = formatDueDate(goal.dueDate, nowMs, displayLocale());
  if (due.absolute === '') {
    return percent;
  }
  return due.overdue
    ? vscode.l10n.t('{0} · overdue, due {1}', percent, due.relative)
    : vscode.l10n.t('{0} · due {1}', percent, due.relative);
}

export interface GoalItemContext {
  keyResults: readonly KeyResult[] | undefined;
  pinned: boolean;
  nowMs: number;
}

export function goalItem(node: GoalNode, listed: Goal, context: GoalItemContext): vscode.TreeItem {
  const goal = withKeyResults(listed, context.keyResults);
  const collapsible =
    goal.keyResultCount > 0 || (context.keyResults?.length ?? 0) > 0
      ? vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
  const item = new vscode.TreeItem(plainText(goal.name, LABEL_LIMIT) || vscode.l10n.t('(unnamed goal)'), collapsible);
  item.id = node.id;
  item.description = goalDescription(goal, context.nowMs);
  item.iconPath = goalIcon(goalState(goal, context.nowMs));
  item.contextValue = goalContextValue(context.pinned);
  item.accessibilityInformation = goalAccessibility(goal, context.nowMs, context.pinned);
  // The default action: the goal's page, keeping focus in the tree (the arrow keys and twistie still expand it).
  item.command = { command: OPEN_GOAL_COMMAND, title: vscode.l10n.t('Open Goal'), arguments: [node, { preserveFocus: true }] };
  return item;
}

export function keyResultItem(node: KeyResultNode, kr: KeyResult): vscode.TreeItem {
  const item = new vscode.TreeItem(
    plainText(kr.name, LABEL_LIMIT) || vscode.l10n.t('(unnamed key result)'),
    vscode.TreeItemCollapsibleState.None,
  );
  const done = isKeyResultDone(kr);
  item.id = node.id;
  item.description = formatKeyResultProgress(kr, displayLocale());
  item.iconPath = keyResultIcon(kr.type, done);
  item.contextValue = keyResultContextValue(kr.type);
  item.accessibilityInformation = keyResultAccessibility(kr);
  if (kr.type === 'boolean') {
    item.checkboxState = {
      state: done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      accessibilityInformation: checkboxAccessibility(kr),
    };
  }
  return item;
}

export function noticeItem(node: NoticeNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.message, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = 'notice;';
  item.tooltip = vscode.l10n.t('Use Refresh to try again.');
  item.accessibilityInformation = noticeAccessibility(node.message);
  return item;
}

/**
 * The hover text of a goal or key result, built when the row is hovered (resolveTreeItem), not
 * with the row: a large Workspace draws hundreds of rows at first paint and few are hovered.
 */
export function goalItemTooltip(listed: Goal, keyResults: readonly KeyResult[] | undefined, people: PeopleLookup, nowMs: number): vscode.MarkdownString {
  return goalTooltip(withKeyResults(listed, keyResults), keyResults, people, nowMs);
}

export function keyResultItemTooltip(kr: KeyResult, people: PeopleLookup, nowMs: number): vscode.MarkdownString {
  return keyResultTooltip(kr, people, nowMs);
}

/** The command "Show more goals" runs; registered in commands/showMoreGoals.ts. */
export const SHOW_MORE_GOALS = 'clickupGoals.showMoreGoals';

export function moreItem(node: MoreNode): vscode.TreeItem {
  const next = Math.min(GOALS_PER_PAGE, node.hidden);
  const item = new vscode.TreeItem(
    next === 1 ? vscode.l10n.t('Show 1 more goal') : vscode.l10n.t('Show {0} more goals', next),
    vscode.TreeItemCollapsibleState.None,
  );
  item.id = node.id;
  item.description = node.hidden === 1 ? vscode.l10n.t('1 not shown') : vscode.l10n.t('{0} not shown', node.hidden);
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.contextValue = 'more;';
  item.command = { command: SHOW_MORE_GOALS, title: vscode.l10n.t('Show More Goals'), arguments: [node] };
  return item;
}

/** Shown when a node's data has just gone (a refresh raced the drawing). */
export function missingItem(id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('(no longer available)'), vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.accessibilityInformation = { label: vscode.l10n.t('No longer available. Use Refresh to update the view.') };
  return item;
}
