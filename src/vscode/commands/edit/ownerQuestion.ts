/**
 * "Who owns it?": a multi-select of the Workspace's members, the signed-in user
 * first and marked, the current owners (or the kept answer) already ticked.
 */
import * as vscode from 'vscode';
import { plainText } from '../../../core/domain/format';
import type { User } from '../../../core/domain/types';
import type { PickItem, PromptFrame, PromptResult, Prompts } from '../../input/prompts';

export interface OwnerChoices {
  members: readonly User[];
  me: User | undefined;
}

function ownerItems(choices: OwnerChoices, selected: readonly number[]): PickItem<number>[] {
  const meId = choices.me?.id;
  const members = [...choices.members].sort((a, b) => Number(b.id === meId) - Number(a.id === meId));
  // Owners no longer in the member list stay visible, so unticking them is possible.
  const missing = selected.filter((id) => !members.some((member) => member.id === id));
  return [
    ...members.map((member) => ({
      label: plainText(member.username, 60) || plainText(member.email, 60) || `#${member.id}`,
      description: member.id === meId ? vscode.l10n.t('you') : plainText(member.email, 60),
      icon: 'person',
      value: member.id,
      picked: selected.includes(member.id),
    })),
    ...missing.map((id) => ({ label: `#${id}`, description: vscode.l10n.t('not a member'), icon: 'person', value: id, picked: true })),
  ];
}

export function askOwners(
  prompts: Prompts,
  frame: PromptFrame,
  choices: OwnerChoices,
  selected: readonly number[],
): Promise<PromptResult<number[]>> {
  return prompts.pickMany({
    frame,
    placeholder: vscode.l10n.t('Owners (Space to tick or untick, Enter when done)'),
    items: ownerItems(choices, selected),
  });
}

/** A display name for a user id, for menus ("Ann, Bob"). */
export function userName(choices: OwnerChoices, id: number): string {
  const member = choices.members.find((candidate) => candidate.id === id);
  return member === undefined ? `#${id}` : plainText(member.username, 40) || `#${id}`;
}
