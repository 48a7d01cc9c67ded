/**
 * The goal model behind the tree, the status bar and the commands: one request for
 * the goal list, key results fetched only when needed and cached, a snapshot painted
 * at once on start, optimistic writes. Pure: no vscode.
 *
 * Every change goes through change(): update the data (goalData.ts, which marks what
 * to re-derive), schedule the save, emit once. Reads live in goalLoads.ts and
 * key-result writes in keyResultWrites.ts; goal writes are here.
 */
import type { GoalsApi } from '../clickup/api';
import { asClickUpError, ClickUpError, errorText } from '../clickup/errors';
import { buildGoalUpdate } from '../domain/goalUpdate';
import type { GoalChanges } from '../domain/goalUpdate';
import type { CreateGoalInput, CreateKeyResultInput, EditKeyResultInput, Goal, KeyResult } from '../domain/types';
import { Emitter } from '../emitter';
import { GoalData } from './goalData';
import type { SaveWhen, StoreContext } from './goalData';
import { GoalLoads } from './goalLoads';
import { KeyResultWrites } from './keyResultWrites';
import type { PendingWriteOp } from '../pending/pendingWrite';
import { buildSnapshot, DEFAULT_SNAPSHOT_LIMITS, parseSnapshot } from './snapshotCache';
import type { Disposable, GoalStore, GoalStoreOptions, StoreChange, StoreLogger, StoreState } from './storeTypes';

export type { GoalStoreOptions, StoreLogger };

export function createGoalStore(api: GoalsApi, options: GoalStoreOptions = {}): GoalStore {
  return new ClickUpGoalStore(api, options);
}

class ClickUpGoalStore implements GoalStore, StoreContext {
  readonly data = new GoalData();
  private readonly emitter = new Emitter<StoreChange>();
  private readonly loads: GoalLoads;
  private readonly keyResultWrites: KeyResultWrites;
  private includeCompleted = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly api: GoalsApi,
    readonly options: GoalStoreOptions,
  ) {
    this.loads = new GoalLoads(this);
    this.keyResultWrites = new KeyResultWrites(this);
  }

  get state(): StoreState {
    return this.data.state;
  }

  onDidChange(listener: (change: StoreChange) => void): Disposable {
    return this.emitter.event(listener);
  }

  /** The one change path: update the data, schedule the save, tell listeners once. */
  change(event: StoreChange, update: () => void, save: SaveWhen): void {
    update();
    if (save === 'now') {
      this.saveNow();
    } else if (save === 'soon') {
      this.saveSoon();
    }
    this.emitter.fire(event, (error) => this.log('warn', `A change listener failed: ${errorText(error)}`));
  }

  log(level: keyof StoreLogger, message: string): void {
    this.options.logger?.[level](`[goalStore] ${message}`);
  }

  setWorkspace(teamId: string | null): void {
    if (teamId === this.data.status.teamId) {
      return;
    }
    if (teamId !== null) {
      // Save what the old Workspace learnt before forgetting it (not on sign-out: that data must go).
      this.flushSave();
    }
    this.cancelSave();
    this.change(
      { kind: 'all' },
      () => {
        this.data.reset(teamId);
        this.loads.reset();
        if (teamId !== null) {
          this.paintFromCache(teamId);
        }
      },
      'never',
    );
  }

  /** Changing it refetches the list (one request, shared with any refresh() the caller adds). */
  setIncludeCompleted(include: boolean): void {
    if (include === this.includeCompleted) {
      return;
    }
    this.includeCompleted = include;
    if (this.data.status.teamId !== null) {
      void this.refresh();
    }
  }

  refresh(options?: { background?: boolean }): Promise<void> {
    return this.loads.refresh(this.includeCompleted, options?.background === true ? 'background' : 'user');
  }

  findGoal(goalId: string): Goal | undefined {
    return this.data.goal(goalId);
  }

  findKeyResult(keyResultId: string): { goal: Goal; keyResult: KeyResult } | undefined {
    const goalId = this.data.goalIdOfKeyResult(keyResultId);
    const goal = goalId === undefined ? undefined : this.data.goal(goalId);
    const keyResult = goal?.keyResults?.find((candidate) => candidate.id === keyResultId);
    return goal && keyResult ? { goal, keyResult } : undefined;
  }

  loadKeyResults(goalId: string, options?: { force?: boolean; background?: boolean }): Promise<readonly KeyResult[]> {
    return this.loads.keyResults(goalId, options?.force === true, options?.background === true ? 'background' : 'user');
  }

  cachedKeyResults(goalId: string): readonly KeyResult[] | undefined {
    return this.data.keyResultEntry(goalId) && this.data.shownKeyResults(goalId);
  }

  async createGoal(input: CreateGoalInput): Promise<Goal> {
    const teamId = this.data.status.teamId;
    if (teamId === null) {
      throw new ClickUpError('No Workspace is selected.', { reason: 'badRequest', operation: 'createGoal' });
    }
    const generation = this.data.generation;
    let created: Goal;
    try {
      created = await this.journaled({ kind: 'createGoal', input }, () => this.api.createGoal(teamId, input, { priority: 'user' }));
    } catch (error) {
      throw asClickUpError(error, 'createGoal');
    }
    if (this.data.generation !== generation) {
      return created;
    }
    // A new node changes its parent's children; 'all' lets every view place it.
    this.change(
      { kind: 'all' },
      () => {
        this.data.markWritten(created.id);
        this.data.addGoal(created);
        if (created.keyResultCount === 0) {
          this.data.setKeyResults(created.id, []);
        }
      },
      'soon',
    );
    return this.data.goal(created.id) ?? created;
  }

  /** Optimistic: shows at once, rolled back if the service refuses it. */
  async updateGoal(goalId: string, changes: GoalChanges): Promise<Goal> {
    const current = this.data.goal(goalId);
    if (!current) {
      throw new ClickUpError(`Goal ${goalId} is not loaded; refresh and try again.`, {
        reason: 'notFound',
        operation: 'updateGoal',
      });
    }
    // Built from what the user sees (pending updates included), so every field carries its current value.
    const input = buildGoalUpdate(current, changes);
    const generation = this.data.generation;
    const event: StoreChange = { kind: 'goal', goalId };
    let seq = 0;
    this.change(event, () => (seq = this.data.addUpdate(goalId, input)), 'never');
    let updated: Goal;
    try {
      updated = await this.journaled({ kind: 'updateGoal', goalId, input }, () => this.api.updateGoal(goalId, input, { priority: 'user' }));
    } catch (error) {
      if (this.data.generation === generation) {
        this.change(event, () => this.data.removeUpdate(goalId, seq), 'never');
      }
      throw asClickUpError(error, 'updateGoal');
    }
    if (this.data.generation !== generation) {
      return updated;
    }
    this.change(
      event,
      () => {
        this.data.removeUpdate(goalId, seq);
        this.data.markWritten(goalId);
        const before = this.data.confirmedGoal(goalId)?.goal;
        // Editing a goal's fields leaves its key results alone: keep the count and percent we know.
        this.data.replaceGoal(
          before ? { ...updated, keyResultCount: before.keyResultCount, percentCompleted: before.percentCompleted } : updated,
        );
      },
      'soon',
    );
    return this.data.goal(goalId) ?? updated;
  }

  async deleteGoal(goalId: string): Promise<void> {
    const generation = this.data.generation;
    try {
      await this.journaled({ kind: 'deleteGoal', goalId }, () => this.api.deleteGoal(goalId, { priority: 'user' }));
    } catch (error) {
      throw asClickUpError(error, 'deleteGoal');
    }
    if (this.data.generation !== generation) {
      return;
    }
    const location = this.data.confirmedGoal(goalId);
    this.data.markWritten(goalId);
    if (!location) {
      this.data.removeGoal(goalId);
      return;
    }
    this.change({ kind: 'goalRemoved', goalId, folderId: location.folderId }, () => this.data.removeGoal(goalId), 'soon');
  }

  createKeyResult(goalId: string, input: CreateKeyResultInput): Promise<KeyResult> {
    return this.keyResultWrites.create(goalId, input);
  }

  editKeyResult(keyResultId: string, input: EditKeyResultInput): Promise<KeyResult> {
    return this.keyResultWrites.edit(keyResultId, input);
  }

  deleteKeyResult(keyResultId: string): Promise<void> {
    return this.keyResultWrites.delete(keyResultId);
  }

  /** Kept in the journal (when there is one) until its answer arrives. */
  journaled<T>(op: PendingWriteOp, send: () => Promise<T>): Promise<T> {
    const journal = this.options.journal;
    return journal ? journal.track(this.data.status.teamId, op, send) : send();
  }

  dispose(): void {
    this.flushSave();
    this.data.retire();
    this.emitter.dispose();
  }

  // ---- the snapshot cache ---------------------------------------------------

  /** Shows the cached snapshot of the team at once, if there is a usable one. */
  private paintFromCache(teamId: string): void {
    try {
      const snapshot = parseSnapshot(this.options.cache?.load(teamId), teamId);
      if (snapshot) {
        this.data.paint(snapshot);
      }
    } catch (error) {
      this.log('warn', `Ignoring an unreadable snapshot: ${errorText(error)}`);
    }
  }

  /** Saves the confirmed data (never pending writes). */
  private saveNow(): void {
    this.cancelSave();
    const cache = this.options.cache;
    const source = cache && this.data.snapshotSource(this.includeCompleted);
    if (!cache || !source) {
      return;
    }
    const snapshot = buildSnapshot(source, this.options.snapshotLimits ?? DEFAULT_SNAPSHOT_LIMITS);
    if (!snapshot) {
      this.log('info', 'Workspace too large to cache; skipping the snapshot.');
      return;
    }
    try {
      cache.save(source.teamId, snapshot);
    } catch (error) {
      this.log('warn', `Could not save the snapshot: ${errorText(error)}`);
    }
  }

  private saveSoon(): void {
    if (this.saveTimer !== undefined || !this.options.cache) {
      return;
    }
    this.saveTimer = setTimeout(() => this.saveNow(), this.options.persistDelayMs ?? 500);
    // A pending save must not keep a test run or the extension host alive.
    this.saveTimer.unref?.();
  }

  private flushSave(): void {
    if (this.saveTimer !== undefined) {
      this.saveNow();
    }
  }

  private cancelSave(): void {
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
    }
  }
}
