/**
 * "Check In…": walks through the key results of the signed-in user's open
 * goals (or a folder's or a goal's, from the tree), one step each. Each new
 * value is sent as soon as it is accepted (the store shows it at once and
 * rolls it back if ClickUp refuses it); a value left as it was sends nothing.
 * At the end, one summary, with Retry for the edits that failed.
 */
import * as vscode from 'vscode';
import type { CheckInScope, CheckInStep } from '../../../core/checkIn/checkInPlan';
import { checkInGoals, checkInPlan, checkInStepText } from '../../../core/checkIn/checkInPlan';
import { CheckInRun } from '../../../core/checkIn/checkInRun';
import { CONTEXT_CHECKING_IN } from './checkInKeys';
import { setContext } from '../../contextKeys';
import type { EditCommandDeps } from '../edit/editDeps';
import { displayLocale } from '../../displayLanguage';
import { loadKeyResultsOf } from '../reports/loadKeyResults';
import { scopeOfNode } from '../reports/reportScopeQuestion';
import { askStep } from './checkInQuestions';
import { CheckInSender } from './checkInSender';
import { showCheckInSummary } from './checkInSummary';

export class CheckInCommand {
  private running = false;

  constructor(private readonly deps: EditCommandDeps) {}

  async run(arg?: unknown): Promise<void> {
    if (this.running) {
      await this.deps.prompts.showInfo(vscode.l10n.t('A check-in is already open.'));
      return;
    }
    this.running = true;
    let summary: (() => Promise<void>) | undefined;
    try {
      summary = await this.checkIn(arg);
    } finally {
      this.running = false;
    }
    // Outside the guard: a summary may wait in the notification center for as long as the user likes.
    await summary?.();
  }

  /** Messages here are not awaited: a notification may stay open long after the command is over. */
  private async scopeOf(arg: unknown): Promise<CheckInScope | undefined> {
    const node = scopeOfNode(arg);
    if (node !== undefined) {
      return node.kind === 'folder' ? node : node.kind === 'goal' ? node : undefined;
    }
    const user = await this.deps.currentUser();
    if (user === undefined) {
      void this.deps.prompts.showInfo(vscode.l10n.t('Your ClickUp account could not be read, so your goals are not known; try again once connected.'));
      return undefined;
    }
    return { kind: 'mine', userId: user.id };
  }

  /** Walks the pass; returns what shows its summary, or undefined when there is nothing to sum up. */
  private async checkIn(arg: unknown): Promise<(() => Promise<void>) | undefined> {
    const { deps } = this;
    const scope = await this.scopeOf(arg);
    if (scope === undefined) {
      return undefined;
    }
    const goals = checkInGoals(scope, deps.store.state);
    if (goals.length === 0) {
      void deps.prompts.showInfo(noGoalsMessage(scope));
      return undefined;
    }
    const loaded = await loadKeyResultsOf(deps.store, goals, deps.log);
    if (loaded === undefined) {
      return undefined;
    }
    const steps = checkInPlan(goals, (goalId) => loaded.byGoal.get(goalId));
    if (steps.length === 0) {
      void deps.prompts.showInfo(
        loaded.failed.length > 0
          ? vscode.l10n.t('The key results could not be loaded; see the log.')
          : vscode.l10n.t('There are no key results to check in: the goals have none that are set by hand.'),
      );
      return undefined;
    }
    const run = new CheckInRun(steps);
    const sender = new CheckInSender(deps, run);
    const ended = await this.walk(run, sender);
    if (ended === 'cancel' && sender.nothingSent()) {
      // Escape before anything was sent: nothing to sum up.
      return undefined;
    }
    return () => showCheckInSummary(deps, run, sender, loaded.failed);
  }

  /** Asks step after step until the last, Finish or Escape. */
  private async walk(run: CheckInRun, sender: CheckInSender): Promise<'done' | 'finish' | 'cancel'> {
    const { deps } = this;
    const steps = run.steps;
    let index = 0;
    await setContext(CONTEXT_CHECKING_IN, true);
    try {
      while (index < steps.length) {
        const step = current(deps, steps[index]);
        const text = checkInStepText(step, deps.store.cachedKeyResults(step.goal.id), deps.now?.() ?? Date.now(), displayLocale());
        const reply = await askStep(deps.prompts, {
          frame: { title: text.title, step: index + 1, totalSteps: steps.length, canGoBack: index > 0 },
          keyResult: step.keyResult,
          prompt: text.prompt,
          previous: run.answerAt(index),
        });
        switch (reply.kind) {
          case 'back':
            index = Math.max(0, index - 1);
            break;
          case 'cancel':
            return 'cancel';
          case 'finish':
            if (reply.answer !== undefined) {
              sender.answer(index, reply.answer);
            }
            return 'finish';
          case 'answer':
            sender.answer(index, reply.answer);
            index += 1;
            break;
        }
      }
      return 'done';
    } finally {
      await setContext(CONTEXT_CHECKING_IN, false);
    }
  }
}

/** The step with its key result as the store has it now (after edits sent in this pass). */
function current(deps: EditCommandDeps, step: CheckInStep): CheckInStep {
  const found = deps.store.findKeyResult(step.keyResult.id);
  return found === undefined ? step : { goal: found.goal, keyResult: found.keyResult };
}

function noGoalsMessage(scope: CheckInScope): string {
  switch (scope.kind) {
    case 'mine':
      return vscode.l10n.t('You own no open goals in this Workspace, so there is nothing to check in.');
    case 'folder':
      return vscode.l10n.t('This folder has no open goals to check in.');
    case 'goal':
      return vscode.l10n.t('That goal is no longer in the Goals view; refresh and try again.');
  }
}
