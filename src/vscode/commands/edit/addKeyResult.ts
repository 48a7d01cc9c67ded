/**
 * "Add Key Result" to a goal: a multi-step input whose steps follow the type
 * chosen, then one request. Answers are kept per goal when it fails.
 */
import * as vscode from 'vscode';
import { AnswerMemory } from '../../../core/forms/answerMemory';
import type { KeyResultAnswers } from '../../../core/forms/keyResultForm';
import { buildCreateKeyResultInput, newKeyResultAnswers } from '../../../core/forms/keyResultForm';
import { runFlow } from '../../../core/forms/stepFlow';
import { findLikelyCreated, mayHaveHappened } from '../../../core/forms/uncertainFailure';
import type { Goal } from '../../../core/domain/types';
import { EDIT_COMMANDS } from './commandIds';
import type { EditCommandDeps } from './editDeps';
import { keyResultSteps } from './keyResultQuestions';
import { quote, rerun, sendWithProgress } from './sending';
import { resolveGoal } from '../goalArgument';
import { displayLocale } from '../../displayLanguage';

export class AddKeyResultCommand {
  private readonly memory = new AnswerMemory<KeyResultAnswers>();
  /** Key-result ids seen before a create whose answer was lost, per goal. */
  private readonly uncertain = new Map<string, ReadonlySet<string>>();

  constructor(private readonly deps: EditCommandDeps) {}

  async run(arg?: unknown): Promise<void> {
    const { deps } = this;
    const goal = await resolveGoal(deps, arg, vscode.l10n.t('Which goal gets the new key result?'));
    if (goal === undefined || (await this.alreadyCreated(goal))) {
      return;
    }
    const [members, me] = await Promise.all([deps.members(), deps.currentUser()]);
    const start = this.memory.recall(goal.id) ?? newKeyResultAnswers(me?.id ?? null);
    const title = vscode.l10n.t('Add Key Result to {0}', quote(goal.name));
    const result = await runFlow(title, keyResultSteps(deps.prompts, { members, me }), start);
    if (result.kind === 'cancelled') {
      return;
    }
    const input = buildCreateKeyResultInput(result.answers, displayLocale());
    if (!input.ok) {
      this.memory.remember(goal.id, result.answers);
      await deps.prompts.showInfo(input.message);
      return;
    }
    // Known only when the goal's key results were loaded; without them a lost answer cannot be checked later.
    const cached = deps.store.cachedKeyResults(goal.id);
    const before = cached === undefined ? undefined : new Set(cached.map((kr) => kr.id));
    try {
      const created = await sendWithProgress(vscode.l10n.t('Adding key result {0}…', quote(input.value.name)), () =>
        deps.store.createKeyResult(goal.id, input.value),
      );
      this.memory.forget(goal.id);
      this.uncertain.delete(goal.id);
      deps.log.info(`Added key result ${created.id} to goal ${goal.id}.`);
    } catch (error) {
      this.memory.remember(goal.id, result.answers);
      if (before !== undefined && mayHaveHappened(error)) {
        this.uncertain.set(goal.id, before);
      }
      deps.errors.report({
        action: vscode.l10n.t('Could not add key result {0}', quote(input.value.name)),
        error,
        retry: rerun(EDIT_COMMANDS.addKeyResult, { goalId: goal.id }),
      });
    }
  }

  /** After a lost answer, reloads the goal's key results and looks for the one it may have made. */
  private async alreadyCreated(goal: Goal): Promise<boolean> {
    const before = this.uncertain.get(goal.id);
    const kept = this.memory.recall(goal.id);
    if (before === undefined || kept === undefined) {
      return false;
    }
    let now: readonly { id: string; name: string }[];
    try {
      now = await this.deps.store.loadKeyResults(goal.id, { force: true });
    } catch {
      return false;
    }
    const made = findLikelyCreated(now, before, kept.name);
    if (made === undefined) {
      return false;
    }
    this.uncertain.delete(goal.id);
    this.memory.forget(goal.id);
    this.deps.log.info(`Key result ${made.id} was created after all; not creating it again.`);
    await this.deps.prompts.showInfo(vscode.l10n.t('Key result {0} was added after all.', quote(made.name)));
    return true;
  }
}
