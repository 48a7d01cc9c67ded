/**
 * The goal model behind the tree, the status bar and the commands: one request
 * for the goal list, key results fetched only when needed and cached, a snapshot
 * painted at once on start, optimistic writes. Pure: no vscode.
 */
import type { GoalsApi } from '../clickup/api';
import type { GoalChanges } from '../domain/goalUpdate';
import type { CreateGoalInput, CreateKeyResultInput, EditKeyResultInput, Goal, KeyResult } from '../domain/types';
import { createGoal, deleteGoal, updateGoal } from './goalWrites';
import { allGoals } from './goalCollection';
import { createKeyResult, deleteKeyResult, editKeyResult } from './keyResultWrites';
import { StoreCore } from './storeCore';
import type { GoalStoreOptions, StoreLogger } from './storeCore';
import { loadKeyResults, paintFromCache, refresh } from './storeReads';
import type { Disposable, GoalStore, StoreChange, StoreState } from './storeTypes';

export type { GoalStoreOptions, StoreLogger };

class GoalStoreImpl implements GoalStore {
  constructor(private readonly core: StoreCore) {}

  get state(): StoreState {
    return this.core.state;
  }

  onDidChange(listener: (change: StoreChange) => void): Disposable {
    return this.core.event(listener);
  }

  setWorkspace(teamId: string | null): void {
    if (teamId === this.core.state.teamId) {
      return;
    }
    if (teamId !== null) {
      // Save what the old Workspace learnt before forgetting it (not on sign-out: that data must go).
      this.core.flushPersist();
    }
    this.core.reset(teamId);
    if (teamId !== null) {
      paintFromCache(this.core, teamId);
    }
    this.core.emit({ kind: 'all' });
  }

  /** Changing it refetches the list (one request, shared with any refresh() the caller adds). */
  setIncludeCompleted(include: boolean): void {
    if (include === this.core.includeCompleted) {
      return;
    }
    this.core.includeCompleted = include;
    if (this.core.state.teamId !== null) {
      void refresh(this.core);
    }
  }

  refresh(options?: { background?: boolean }): Promise<void> {
    return refresh(this.core, options);
  }

  findGoal(goalId: string): Goal | undefined {
    return this.core.shownGoal(goalId);
  }

  findKeyResult(keyResultId: string): { goal: Goal; keyResult: KeyResult } | undefined {
    const holders = this.core.entries.holdersOf(keyResultId);
    if (holders.length <= 1) {
      // Shown key results are the confirmed ones with edits on top: the same ids.
      const goal = holders.length === 0 ? undefined : this.findGoal(holders[0]);
      const keyResult = goal?.keyResults?.find((candidate) => candidate.id === keyResultId);
      return goal && keyResult ? { goal, keyResult } : undefined;
    }
    // Odd data (one id in several goals): the first in shown order, as always.
    for (const goal of allGoals(this.core.state)) {
      const keyResult = goal.keyResults?.find((candidate) => candidate.id === keyResultId);
      if (keyResult) {
        return { goal, keyResult };
      }
    }
    return undefined;
  }

  loadKeyResults(goalId: string, options?: { force?: boolean; background?: boolean }): Promise<readonly KeyResult[]> {
    return loadKeyResults(this.core, goalId, {
      force: options?.force,
      priority: options?.background === true ? 'background' : 'user',
    });
  }

  cachedKeyResults(goalId: string): readonly KeyResult[] | undefined {
    if (!this.core.entries.has(goalId)) {
      return undefined;
    }
    return this.findGoal(goalId)?.keyResults ?? this.core.entries.get(goalId)?.list;
  }

  createGoal(input: CreateGoalInput): Promise<Goal> {
    return createGoal(this.core, input);
  }

  updateGoal(goalId: string, changes: GoalChanges): Promise<Goal> {
    return updateGoal(this.core, goalId, changes);
  }

  deleteGoal(goalId: string): Promise<void> {
    return deleteGoal(this.core, goalId);
  }

  createKeyResult(goalId: string, input: CreateKeyResultInput): Promise<KeyResult> {
    return createKeyResult(this.core, goalId, input);
  }

  editKeyResult(keyResultId: string, input: EditKeyResultInput): Promise<KeyResult> {
    return editKeyResult(this.core, keyResultId, input);
  }

  deleteKeyResult(keyResultId: string): Promise<void> {
    return deleteKeyResult(this.core, keyResultId);
  }

  dispose(): void {
    this.core.dispose();
  }
}

export function createGoalStore(api: GoalsApi, options: GoalStoreOptions = {}): GoalStore {
  return new GoalStoreImpl(new StoreCore(api, options));
}
