/**
 * Writes sent but not yet confirmed, per goal, in the order the user made them.
 * The store lays them over confirmed data, so a refresh that lands mid-write
 * shows fresh data with the user's pending values still on top. Every change
 * replaces the per-goal collection (never mutates it) so derived goals can be memoised.
 */
import type { EditKeyResultInput, UpdateGoalInput } from '../domain/types';

export interface Pending<T> {
  readonly seq: number;
  readonly input: T;
}

export type PendingUpdates = readonly Pending<UpdateGoalInput>[];
export type PendingEditsByKeyResult = ReadonlyMap<string, readonly Pending<EditKeyResultInput>[]>;

export class PendingWrites {
  private readonly updates = new Map<string, PendingUpdates>();
  private readonly edits = new Map<string, PendingEditsByKeyResult>();

  updatesOf(goalId: string): PendingUpdates | undefined {
    return this.updates.get(goalId);
  }

  editsOf(goalId: string): PendingEditsByKeyResult | undefined {
    return this.edits.get(goalId);
  }

  addUpdate(goalId: string, pending: Pending<UpdateGoalInput>): void {
    this.updates.set(goalId, [...(this.updates.get(goalId) ?? []), pending]);
  }

  removeUpdate(goalId: string, seq: number): void {
    const left = (this.updates.get(goalId) ?? []).filter((pending) => pending.seq !== seq);
    if (left.length > 0) {
      this.updates.set(goalId, left);
    } else {
      this.updates.delete(goalId);
    }
  }

  addEdit(goalId: string, keyResultId: string, pending: Pending<EditKeyResultInput>): void {
    const byKeyResult = new Map(this.edits.get(goalId) ?? []);
    byKeyResult.set(keyResultId, [...(byKeyResult.get(keyResultId) ?? []), pending]);
    this.edits.set(goalId, byKeyResult);
  }

  /** Removes one edit, or every edit of the key result when seq is omitted (it was deleted). */
  removeEdit(goalId: string, keyResultId: string, seq?: number): void {
    const byKeyResult = new Map(this.edits.get(goalId) ?? []);
    const left = seq === undefined ? [] : (byKeyResult.get(keyResultId) ?? []).filter((pending) => pending.seq !== seq);
    if (left.length > 0) {
      byKeyResult.set(keyResultId, left);
    } else {
      byKeyResult.delete(keyResultId);
    }
    if (byKeyResult.size > 0) {
      this.edits.set(goalId, byKeyResult);
    } else {
      this.edits.delete(goalId);
    }
  }

  forgetGoal(goalId: string): void {
    this.updates.delete(goalId);
    this.edits.delete(goalId);
  }

  clear(): void {
    this.updates.clear();
    this.edits.clear();
  }
}
