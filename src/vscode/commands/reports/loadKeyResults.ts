/**
 * Loads the key results of several goals before a report or a check-in: the
 * cached ones are reused, the others fetched one goal at a time (the store's
 * queue and the client keep within ClickUp's rate budget), with a progress
 * notification that counts the goals and a Cancel button that stops waiting.
 */
import * as vscode from 'vscode';
import type { Goal, KeyResult } from '../../../core/domain/types';
import type { GoalStore } from '../../../core/model/storeTypes';
import type { ComponentLogger } from '../../log/logger';
import { describeError } from '../../log/logger';

export interface LoadedKeyResults {
  /** Key results by goal id; a goal whose key results could not be loaded is missing. */
  readonly byGoal: ReadonlyMap<string, readonly KeyResult[]>;
  /** Goals whose key results could not be loaded. */
  readonly failed: readonly Goal[];
}

type Progress = vscode.Progress<{ message?: string; increment?: number }>;

/** Fetches each goal's key results in turn into `into`; false once Cancel is pressed. */
async function loadEach(
  store: GoalStore,
  goals: readonly Goal[],
  into: { byGoal: Map<string, readonly KeyResult[]>; failed: Goal[] },
  progress: Progress,
  cancelled: Promise<undefined>,
  log: ComponentLogger,
): Promise<boolean> {
  for (const [index, goal] of goals.entries()) {
    progress.report({ message: vscode.l10n.t('{0} of {1} goals', index + 1, goals.length), increment: 100 / goals.length });
    try {
      // The answer or Cancel, whichever comes first (a request already sent still completes and is cached).
      const loaded = await Promise.race([store.loadKeyResults(goal.id), cancelled]);
      if (loaded === undefined) {
        return false;
      }
      into.byGoal.set(goal.id, loaded);
    } catch (error) {
      log.warn(`Could not load the key results of goal ${goal.id}: ${describeError(error)}`);
      into.failed.push(goal);
    }
  }
  return true;
}

/** undefined when the user pressed Cancel. */
export async function loadKeyResultsOf(
  store: GoalStore,
  goals: readonly Goal[],
  log: ComponentLogger,
): Promise<LoadedKeyResults | undefined> {
  const result = { byGoal: new Map<string, readonly KeyResult[]>(), failed: [] as Goal[] };
  const missing: Goal[] = [];
  for (const goal of goals) {
    const cached = store.cachedKeyResults(goal.id);
    if (cached === undefined) {
      missing.push(goal);
    } else {
      result.byGoal.set(goal.id, cached);
    }
  }
  if (missing.length === 0) {
    return result;
  }
  const finished = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Loading key results'), cancellable: true },
    async (progress, token) => {
      let listener: vscode.Disposable | undefined;
      const cancelled = new Promise<undefined>((resolve) => {
        listener = token.onCancellationRequested(() => resolve(undefined));
      });
      try {
        return await loadEach(store, missing, result, progress, cancelled, log);
      } finally {
        listener?.dispose();
      }
    },
  );
  return finished ? result : undefined;
}
