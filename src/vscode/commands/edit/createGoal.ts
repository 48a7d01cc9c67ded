/**
 * "Create Goal": name, due date, description, owners, colour — with a step
 * counter and Back — then one request. Nothing is sent before the last step;
 * on failure the answers are kept and offered again by the next run.
 */
import * as vscode from 'vscode';
import { allGoals } from '../../../core/domain/goalQuery';
import { AnswerMemory } from '../../../core/forms/answerMemory';
import type { GoalAnswers } from '../../../core/forms/goalForm';
import { buildCreateGoalInput, newGoalAnswers } from '../../../core/forms/goalForm';
import type { FlowStep } from '../../../core/forms/stepFlow';
import { runFlow } from '../../../core/forms/stepFlow';
import { findLikelyCreated, mayHaveHappened } from '../../../core/forms/uncertainFailure';
import { questionStep } from '../../input/steps';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import { askColor, askDescription, askDueDate, askGoalName } from './goalQuestions';
import type { OwnerChoices } from './ownerQuestion';
import { askOwners } from './ownerQuestion';
import { quote, rerun, sendWithProgress } from './sending';
import { displayLocale } from '../../displayLanguage';

function goalSteps(deps: EditCommandDeps, owners: OwnerChoices, nowMs: () => number): FlowStep<GoalAnswers>[] {
  const { prompts } = deps;
  return [
    questionStep({ id: 'name', ask: (frame, a) => askGoalName(prompts, frame, a.name), write: (a, name) => ({ ...a, name }) }),
    questionStep({ id: 'due', ask: (frame, a) => askDueDate(prompts, frame, a.due, nowMs), write: (a, due) => ({ ...a, due }) }),
    questionStep({
      id: 'description',
      ask: (frame, a) => askDescription(prompts, frame, a.description),
      write: (a, description) => ({ ...a, description }),
    }),
    questionStep({
      id: 'owners',
      applies: () => owners.members.length > 0,
      ask: (frame, a) => askOwners(prompts, frame, owners, a.ownerIds),
      write: (a, ownerIds) => ({ ...a, ownerIds }),
    }),
    questionStep({
      id: 'color',
      ask: (frame, a) => askColor(prompts, frame, { color: a.color, custom: a.customColor }),
      write: (a, choice) => ({ ...a, color: choice.color, customColor: choice.custom }),
    }),
  ];
}

export class CreateGoalCommand {
  /** Kept per Workspace: a create has no other target. */
  private readonly memory = new AnswerMemory<GoalAnswers>();
  /** Goal ids seen before a create whose answer was lost, to tell a goal it made from older ones. */
  private readonly uncertain = new Map<string, ReadonlySet<string>>();

  constructor(private readonly deps: EditCommandDeps) {}

  async run(): Promise<void> {
    const { deps } = this;
    const teamId = deps.store.state.teamId;
    if (teamId === null) {
      await deps.prompts.showInfo(vscode.l10n.t('Sign in and choose a Workspace before creating a goal.'));
      return;
    }
    if (await this.alreadyCreated(teamId)) {
      return;
    }
    const nowMs = deps.now ?? Date.now;
    const [members, me] = await Promise.all([deps.members(), deps.currentUser()]);
    const owners: OwnerChoices = { members, me };
    const start = this.memory.recall(teamId) ?? newGoalAnswers(me?.id ?? null);
    const result = await runFlow(vscode.l10n.t('Create Goal'), goalSteps(deps, owners, nowMs), start);
    if (result.kind === 'cancelled') {
      return;
    }
    const input = buildCreateGoalInput(result.answers, nowMs(), displayLocale());
    if (!input.ok) {
      // The steps check as the user types, so this is a safety net (e.g. a date that passed meanwhile).
      this.memory.remember(teamId, result.answers);
      await deps.prompts.showInfo(input.message);
      return;
    }
    const before = new Set(allGoalIds(deps));
    try {
      const goal = await sendWithProgress(vscode.l10n.t('Creating goal {0}…', quote(input.value.name)), () =>
        deps.store.createGoal(input.value),
      );
      this.memory.forget(teamId);
      this.uncertain.delete(teamId);
      deps.log.info(`Created goal ${goal.id}.`);
      await deps.revealGoal?.(goal.id);
    } catch (error) {
      this.memory.remember(teamId, result.answers);
      if (mayHaveHappened(error)) {
        this.uncertain.set(teamId, before);
      }
      deps.errors.report({
        action: vscode.l10n.t('Could not create goal {0}', quote(input.value.name)),
        error,
        retry: rerun(EDIT_COMMANDS.createGoal),
      });
    }
  }

  /**
   * After a create whose answer was lost, looks (one refresh) for the goal it may
   * have made before offering the form again, so a retry does not make a duplicate.
   */
  private async alreadyCreated(teamId: string): Promise<boolean> {
    const before = this.uncertain.get(teamId);
    const kept = this.memory.recall(teamId);
    if (before === undefined || kept === undefined) {
      return false;
    }
    await this.deps.store.refresh();
    const made = findLikelyCreated(allGoals(this.deps.store.state), before, kept.name);
    if (made === undefined) {
      return false;
    }
    this.uncertain.delete(teamId);
    this.memory.forget(teamId);
    this.deps.log.info(`The goal ${made.id} was created after all; not creating it again.`);
    await this.deps.prompts.showInfo(vscode.l10n.t('Goal {0} was created after all.', quote(made.name)));
    await this.deps.revealGoal?.(made.id);
    return true;
  }
}

function allGoalIds(deps: EditCommandDeps): string[] {
  return allGoals(deps.store.state).map((goal) => goal.id);
}
