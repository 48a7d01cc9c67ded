/**
 * The confirmed key results per goal id, plus which goals hold each key-result id,
 * so finding a key result's goal costs one lookup instead of a scan of every list.
 */
import type { KeyResult } from '../domain/types';

/** Key results of one goal as last confirmed; stale ones still show until fresh ones arrive. */
export interface KeyResultEntry {
  readonly list: readonly KeyResult[];
  readonly stale: boolean;
}

export class KeyResultEntries extends Map<string, KeyResultEntry> {
  /**
   * Key-result id -> the goal id whose list holds it; an array only with odd data
   * (one id in several goals), so 15,000 key results cost a string each, not a Set.
   */
  private readonly holders = new Map<string, string | string[]>();

  override set(goalId: string, entry: KeyResultEntry): this {
    this.unlink(goalId);
    super.set(goalId, entry);
    for (const keyResult of entry.list) {
      const held = this.holders.get(keyResult.id);
      if (held === undefined) {
        this.holders.set(keyResult.id, goalId);
      } else if (typeof held === 'string') {
        if (held !== goalId) {
          this.holders.set(keyResult.id, [held, goalId]);
        }
      } else if (!held.includes(goalId)) {
        held.push(goalId);
      }
    }
    return this;
  }

  override delete(goalId: string): boolean {
    this.unlink(goalId);
    return super.delete(goalId);
  }

  override clear(): void {
    this.holders.clear();
    super.clear();
  }

  /** Goal ids whose confirmed list holds the key result (empty when none). */
  holdersOf(keyResultId: string): readonly string[] {
    const held = this.holders.get(keyResultId);
    return held === undefined ? [] : typeof held === 'string' ? [held] : held;
  }

  /** The goal holding the key result; with odd data the first by `before` (an order on goal ids). */
  holderOf(keyResultId: string, before: (a: string, b: string) => boolean): string | undefined {
    return this.holdersOf(keyResultId).reduce<string | undefined>(
      (first, goalId) => (first === undefined || before(goalId, first) ? goalId : first),
      undefined,
    );
  }

  /** The lists that are not stale, by goal id (what a snapshot keeps). */
  freshLists(): Map<string, readonly KeyResult[]> {
    return new Map([...this].filter(([, entry]) => !entry.stale).map(([goalId, entry]) => [goalId, entry.list]));
  }

  private unlink(goalId: string): void {
    for (const keyResult of this.get(goalId)?.list ?? []) {
      const held = this.holders.get(keyResult.id);
      if (held === undefined || typeof held === 'string') {
        if (held === goalId) {
          this.holders.delete(keyResult.id);
        }
        continue;
      }
      const left = held.filter((id) => id !== goalId);
      if (left.length === 0) {
        this.holders.delete(keyResult.id);
      } else {
        this.holders.set(keyResult.id, left.length === 1 ? left[0] : left);
      }
    }
  }
}
