/**
 * "Edit Goal": a menu of the goal's fields showing the values they will be
 * saved with; the user changes any of them, in any order, then chooses Save.
 * One request at the end; fields left alone are sent with their current values
 * (the store's buildGoalUpdate), because ClickUp overwrites fields sent empty.
 */
import * as vscode from 'vscode';
import type { Goal } from '../../../core/domain/types';
import { AnswerMemory } from '../../../core/forms/answerMemory';
import type { GoalEditAnswers, GoalField } from '../../../core/forms/goalEditForm';
import { buildGoalChanges, changedFields, currentOwnerIds, dueDateInput, goalEditMenu } from '../../../core/forms/goalEditForm';
import type { PromptFrame, PromptResult } from '../../input/prompts';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import { askColor, askDescription, askDueDate, askGoalName } from './goalQuestions';
import type { OwnerChoices } from './ownerQuestion';
import { askOwners, userName } from './ownerQuestion';
import { quote, rerun, sendWithProgress } from './sending';
import { resolveGoal } from '../goalArgument';
import { displayLocale } from '../../displayLanguage';

type MenuChoice = GoalField | 'save';

export class EditGoalCommand {
  private readonly memory = new AnswerMemory<GoalEditAnswers>();

  constructor(private readonly deps: EditCommandDeps) {}

  async run(arg?: unknown): Promise<void> {
    const { deps } = this;
    const goal = await resolveGoal(deps, arg, vscode.l10n.t('Which goal do you want to edit?'));
    if (goal === undefined) {
      return;
    }
    const [members, me] = await Promise.all([deps.members(), deps.currentUser()]);
    const answers = await this.ask(goal, { members, me }, this.memory.recall(goal.id) ?? {});
    if (answers === undefined) {
      return;
    }
    const nowMs = (deps.now ?? Date.now)();
    // The goal as shown now: another change may have landed while the menu was open.
    const latest = deps.store.findGoal(goal.id) ?? goal;
    const changes = buildGoalChanges(latest, answers, nowMs, displayLocale());
    if (!changes.ok) {
      this.memory.remember(goal.id, answers);
      await deps.prompts.showInfo(changes.message);
      return;
    }
    try {
      await sendWithProgress(vscode.l10n.t('Saving goal {0}…', quote(latest.name)), () =>
        deps.store.updateGoal(goal.id, changes.value),
      );
      this.memory.forget(goal.id);
      deps.log.info(`Updated goal ${goal.id} (${changedFields(latest, answers, nowMs, displayLocale()).join(', ')}).`);
    } catch (error) {
      this.memory.remember(goal.id, answers);
      deps.errors.report({
        action: vscode.l10n.t('Could not save goal {0}', quote(latest.name)),
        error,
        retry: rerun(EDIT_COMMANDS.editGoal, { goalId: goal.id }),
      });
    }
  }

  /** The menu loop; undefined when the user pressed Escape or saved with nothing changed. */
  private async ask(goal: Goal, owners: OwnerChoices, kept: GoalEditAnswers): Promise<GoalEditAnswers | undefined> {
    const { prompts } = this.deps;
    const nowMs = this.deps.now ?? Date.now;
    let answers = kept;
    let chosen: MenuChoice | undefined;
    const title = vscode.l10n.t('Edit Goal {0}', quote(goal.name));
    for (;;) {
      const now = nowMs();
      const changed = changedFields(goal, answers, now, displayLocale()).length;
      const menu = goalEditMenu(goal, answers, now, (id) => userName(owners, id), displayLocale());
      const picked = await prompts.pick<MenuChoice>({
        frame: { title, canGoBack: false },
        placeholder: vscode.l10n.t('Choose what to change, then Save'),
        items: [
          ...menu.map((entry) => ({
            label: entry.label,
            description: entry.changed ? vscode.l10n.t('{0} (changed)', entry.value) : entry.value,
            icon: entry.icon,
            value: entry.field,
          })),
          {
            label: vscode.l10n.t('Save'),
            description: changedText(changed),
            icon: 'check',
            value: 'save',
          },
        ],
        active: (value) => (chosen === undefined ? value === 'name' : value === (changed > 0 ? 'save' : chosen)),
      });
      if (picked.kind !== 'value') {
        return undefined;
      }
      if (picked.value === 'save') {
        return changed === 0 ? undefined : answers;
      }
      chosen = picked.value;
      const next = await this.askField(picked.value, goal, owners, answers, { title, canGoBack: true });
      if (next.kind === 'cancel') {
        return undefined;
      }
      if (next.kind === 'value') {
        answers = next.value;
      }
    }
  }

  private async askField(
    field: GoalField,
    goal: Goal,
    owners: OwnerChoices,
    answers: GoalEditAnswers,
    frame: PromptFrame,
  ): Promise<PromptResult<GoalEditAnswers>> {
    const { prompts } = this.deps;
    const then = <T>(result: PromptResult<T>, write: (value: T) => GoalEditAnswers): PromptResult<GoalEditAnswers> =>
      result.kind === 'value' ? { kind: 'value', value: write(result.value) } : result;
    switch (field) {
      case 'name':
        return then(await askGoalName(prompts, frame, answers.name ?? goal.name), (name) => ({ ...answers, name }));
      case 'due':
        return then(await askDueDate(prompts, frame, answers.due ?? dueDateInput(goal), this.deps.now ?? Date.now), (due) => ({ ...answers, due }));
      case 'description':
        return then(await askDescription(prompts, frame, answers.description ?? goal.description), (description) => ({
          ...answers,
          description,
        }));
      case 'owners':
        return then(await askOwners(prompts, frame, owners, currentOwnerIds(goal, answers)), (ownerIds) => ({ ...answers, ownerIds }));
      case 'color': {
        const color = answers.color ?? goal.color;
        return then(await askColor(prompts, frame, { color, custom: false }), (choice) => ({ ...answers, color: choice.color }));
      }
    }
  }
}

function changedText(changed: number): string {
  if (changed === 0) {
    return vscode.l10n.t('nothing changed yet');
  }
  return changed === 1 ? vscode.l10n.t('1 change') : vscode.l10n.t('{0} changes', changed);
}
