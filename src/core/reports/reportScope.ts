/**
 * Which goals a report covers: the whole Workspace, one folder, one goal, or
 * the goals a person owns, as folders in the store's order with their goals
 * soonest due first. Archived goals are never included.
 */
import * as l10n from '@vscode/l10n';
import { plainText } from '../domain/format';
import { sortGoals } from '../domain/goalQuery';
import type { Goal, GoalFolder } from '../domain/types';
import type { ReportFolderInput } from './reportTypes';

export type ReportScope =
  | { readonly kind: 'workspace' }
  | { readonly kind: 'folder'; readonly folderId: string }
  | { readonly kind: 'goal'; readonly goalId: string }
  | { readonly kind: 'mine'; readonly userId: number; readonly userName: string };

export interface ScopeSource {
  readonly goals: readonly Goal[];
  readonly folders: readonly GoalFolder[];
}

function keep(scope: ReportScope, goal: Goal): boolean {
  if (goal.archived === true) {
    return false;
  }
  switch (scope.kind) {
    case 'goal':
      return goal.id === scope.goalId;
    case 'mine':
      return (goal.owners ?? []).some((owner) => owner.id === scope.userId);
    default:
      return true;
  }
}

/** The folders (and the goals in none, as a folder with id null, last) with the goals in scope. */
export function goalsInScope(scope: ReportScope, source: ScopeSource): ReportFolderInput[] {
  const folders = scope.kind === 'folder' ? source.folders.filter((f) => f.id === scope.folderId) : source.folders;
  const grouped: ReportFolderInput[] = folders.map((folder) => ({
    id: folder.id,
    name: folder.name,
    goals: sortGoals(folder.goals.filter((goal) => keep(scope, goal)), 'dueDate'),
  }));
  if (scope.kind !== 'folder') {
    grouped.push({ id: null, name: '', goals: sortGoals(source.goals.filter((goal) => keep(scope, goal)), 'dueDate') });
  }
  return grouped.filter((folder) => folder.goals.length > 0);
}

/** How the report's header names its scope. */
export function scopeLabel(scope: ReportScope, source: ScopeSource): string {
  const name = (text: string): string => plainText(text, 80) || l10n.t('(no name)');
  switch (scope.kind) {
    case 'workspace':
      return l10n.t('The whole Workspace');
    case 'folder':
      return l10n.t('Folder “{0}”', name(source.folders.find((f) => f.id === scope.folderId)?.name ?? ''));
    case 'goal': {
      const goal = [...source.goals, ...source.folders.flatMap((f) => f.goals)].find((g) => g.id === scope.goalId);
      return l10n.t('Goal “{0}”', name(goal?.name ?? ''));
    }
    case 'mine':
      return l10n.t('Goals owned by {0}', plainText(scope.userName, 80));
  }
}
