/**
 * The goal model's contract: what the tree, the status bar and the commands rely on.
 * The implementation (goalStore.ts) owns fetching, caching and change events; it is
 * pure (no vscode) and is tested in plain Node against the emulator.
 */
import type { ClickUpError } from '../clickup/errors';
import type { Disposable } from '../emitter';
import type {
  CreateGoalInput,
  CreateKeyResultInput,
  EditKeyResultInput,
  Goal,
  GoalFolder,
  KeyResult,
} from '../domain/types';
import type { GoalChanges } from '../domain/goalUpdate';
import type { SnapshotCache, SnapshotLimits } from './snapshotCache';
import type { WriteJournal } from '../pending/writeJournal';

export type { Disposable };

/** What changed, so views can refresh just the affected nodes. */
export type StoreChange =
  | { kind: 'all' }
  | { kind: 'goal'; goalId: string }
  | { kind: 'goalRemoved'; goalId: string; folderId: string | null }
  | { kind: 'status' };

export type StoreStatus = 'empty' | 'loading' | 'ready' | 'error';

export interface StoreState {
  status: StoreStatus;
  teamId: string | null;
  /** Goals in no folder (archived removed). */
  goals: readonly Goal[];
  folders: readonly GoalFolder[];
  /** When the shown data was fetched (ms since the epoch), null when never. */
  fetchedAt: number | null;
  /** True while what is shown came from the on-disk cache and fresh data has not yet arrived. */
  fromCache: boolean;
  /** The last failure; the data above is kept (last good data) when this is set. */
  error: ClickUpError | null;
}

/** Satisfied by VS Code's LogOutputChannel; messages never carry tokens. */
export interface StoreLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface GoalStoreOptions {
  cache?: SnapshotCache;
  now?: () => number;
  /** Most goal-detail requests at once (default 4). */
  detailConcurrency?: number;
  logger?: StoreLogger;
  /** Saves after key results arrive wait this long so a burst saves once (default 500 ms). */
  persistDelayMs?: number;
  /** After a refresh, refetch (in the background) key results of loaded goals that changed. Default true. */
  revalidateKeyResults?: boolean;
  snapshotLimits?: SnapshotLimits;
  /** Keeps every write until its answer arrives, so a closed window loses nothing (src/core/pending). */
  journal?: WriteJournal;
}

export interface GoalStore {
  readonly state: StoreState;
  onDidChange(listener: (change: StoreChange) => void): Disposable;
  /** Points the store at a Workspace (null when signed out); clears or loads cached data. */
  setWorkspace(teamId: string | null): void;
  setIncludeCompleted(include: boolean): void;
  /** One goal-list request; keeps the last good data on failure. */
  refresh(options?: { background?: boolean }): Promise<void>;
  findGoal(goalId: string): Goal | undefined;
  findKeyResult(keyResultId: string): { goal: Goal; keyResult: KeyResult } | undefined;
  /**
   * Key results of a goal: cached after the first fetch; in-flight requests shared.
   * `background` queues behind user-initiated loads (e.g. prefetching); default is user priority.
   */
  loadKeyResults(goalId: string, options?: { force?: boolean; background?: boolean }): Promise<readonly KeyResult[]>;
  /** Cached key results, or undefined when not fetched yet. */
  cachedKeyResults(goalId: string): readonly KeyResult[] | undefined;

  createGoal(input: CreateGoalInput): Promise<Goal>;
  /** Sends every field (current values for untouched ones); optimistic, rolled back on failure. */
  updateGoal(goalId: string, changes: GoalChanges): Promise<Goal>;
  deleteGoal(goalId: string): Promise<void>;
  createKeyResult(goalId: string, input: CreateKeyResultInput): Promise<KeyResult>;
  /** Optimistic: the new value shows at once and is rolled back if the service refuses it. */
  editKeyResult(keyResultId: string, input: EditKeyResultInput): Promise<KeyResult>;
  deleteKeyResult(keyResultId: string): Promise<void>;
  dispose(): void;
}
