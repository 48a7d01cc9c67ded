/**
 * Asks what a report covers: the whole Workspace, a folder, a goal, or the
 * signed-in user's goals. A folder or goal from the tree's context menu
 * answers it without asking.
 */
import * as vscode from 'vscode';
import { plainText } from '../../../core/domain/format';
import type { ReportScope } from '../../../core/reports/reportScope';
import type { PromptFrame, PromptResult } from '../../input/prompts';
import { goalIdOf, resolveGoal } from '../goalArgument';
import type { ReportCommandDeps } from './reportDeps';

type ScopeKind = ReportScope['kind'];

/** The scope a tree node stands for: its folder or its goal (a key result's goal). */
export function scopeOfNode(arg: unknown): ReportScope | undefined {
  if (typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'folder') {
    const folderId = (arg as { folderId?: unknown }).folderId;
    return typeof folderId === 'string' ? { kind: 'folder', folderId } : undefined;
  }
  const goalId = goalIdOf(arg);
  return goalId === undefined ? undefined : { kind: 'goal', goalId };
}

async function askFolder(deps: ReportCommandDeps): Promise<PromptResult<ReportScope>> {
  const folders = deps.store.state.folders;
  if (folders.length === 0) {
    await deps.prompts.showInfo(vscode.l10n.t('This Workspace has no goal folders.'));
    return { kind: 'cancel' };
  }
  const picked = await deps.prompts.pick({
    frame: undefined,
    placeholder: vscode.l10n.t('Which folder?'),
    items: folders.map((folder) => ({
      label: plainText(folder.name, 80) || folder.id,
      description: vscode.l10n.t('{0} goals', folder.goals.length),
      icon: 'folder',
      value: folder.id,
    })),
  });
  return picked.kind === 'value' ? { kind: 'value', value: { kind: 'folder', folderId: picked.value } } : picked;
}

async function askMine(deps: ReportCommandDeps): Promise<PromptResult<ReportScope>> {
  const user = await deps.currentUser();
  if (user === undefined) {
    await deps.prompts.showInfo(vscode.l10n.t('Your ClickUp account could not be read, so your goals are not known; try again once connected.'));
    return { kind: 'cancel' };
  }
  return { kind: 'value', value: { kind: 'mine', userId: user.id, userName: user.username } };
}

/** Asks for the scope (one step of the command's flow). */
export async function askReportScope(deps: ReportCommandDeps, frame: PromptFrame): Promise<PromptResult<ReportScope>> {
  const kind = await deps.prompts.pick<ScopeKind>({
    frame,
    placeholder: vscode.l10n.t('What should the report cover?'),
    items: [
      { label: vscode.l10n.t('The whole Workspace'), icon: 'organization', value: 'workspace' },
      { label: vscode.l10n.t('A folder…'), icon: 'folder', value: 'folder' },
      { label: vscode.l10n.t('A goal…'), icon: 'target', value: 'goal' },
      { label: vscode.l10n.t('My goals'), icon: 'account', value: 'mine' },
    ],
  });
  if (kind.kind !== 'value') {
    return kind;
  }
  switch (kind.value) {
    case 'workspace':
      return { kind: 'value', value: { kind: 'workspace' } };
    case 'folder':
      return askFolder(deps);
    case 'goal': {
      const goal = await resolveGoal(deps, undefined, vscode.l10n.t('Which goal?'));
      return goal === undefined ? { kind: 'cancel' } : { kind: 'value', value: { kind: 'goal', goalId: goal.id } };
    }
    case 'mine':
      return askMine(deps);
  }
}
