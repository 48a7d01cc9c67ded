/**
 * Derives the goal a view shows from its confirmed data, its key results and the
 * writes still pending, memoised per goal so an unchanged goal keeps its identity
 * (views compare by reference) and is never rebuilt.
 */
import type { Goal } from '../domain/types';
import { mapGoals } from './goalCollection';
import type { GoalTree } from './goalCollection';
import { goalAt, placeGoals } from './goalIndex';
import type { GoalIndex, GoalSlot } from './goalIndex';
import { applyGoalUpdate, applyKeyResultEdit, percentFromKeyResults } from './goalOverlay';
import type { KeyResultEntries, KeyResultEntry } from './keyResultEntries';
import type { PendingEditsByKeyResult, PendingUpdates, PendingWrites } from './pendingWrites';

interface Memo {
  goal: Goal;
  updates: PendingUpdates | undefined;
  entry: KeyResultEntry | undefined;
  edits: PendingEditsByKeyResult | undefined;
  out: Goal;
}

export class ShownGoals {
  private memo = new Map<string, Memo>();

  constructor(
    private readonly pending: PendingWrites,
    private readonly entries: KeyResultEntries,
  ) {}

  derive(goal: Goal): Goal {
    const updates = this.pending.updatesOf(goal.id);
    const entry = this.entries.get(goal.id);
    const edits = this.pending.editsOf(goal.id);
    if (!updates && !entry && !edits) {
      // The common case (nothing loaded or pending): the confirmed goal is what shows.
      return goal;
    }
    const memo = this.memo.get(goal.id);
    if (memo && memo.goal === goal && memo.updates === updates && memo.entry === entry && memo.edits === edits) {
      return memo.out;
    }
    let out = (updates ?? []).reduce((shown, pending) => applyGoalUpdate(shown, pending.input), goal);
    if (entry) {
      const list = entry.list.map((keyResult) =>
        (edits?.get(keyResult.id) ?? []).reduce((shown, pending) => applyKeyResultEdit(shown, pending.input), keyResult),
      );
      out = { ...out, keyResults: list };
      if (edits) {
        out.percentCompleted = percentFromKeyResults(out, list);
      }
    }
    this.memo.set(goal.id, { goal, updates, entry, edits, out });
    return out;
  }

  /**
   * The shown tree: everything re-derived after a change of shape ('all'), else only
   * the marked goals, placed into the previous shown tree (same shape as `confirmed`).
   */
  tree(confirmed: GoalTree, index: GoalIndex, previous: GoalTree, dirty: ReadonlySet<string> | 'all'): GoalTree {
    if (dirty === 'all') {
      return mapGoals(confirmed, (goal) => this.derive(goal));
    }
    const placements: { slot: GoalSlot; goal: Goal }[] = [];
    for (const goalId of dirty) {
      for (const slot of index.get(goalId) ?? []) {
        placements.push({ slot, goal: this.derive(goalAt(confirmed, slot)) });
      }
    }
    return placeGoals(previous, confirmed, placements);
  }

  forget(goalId: string): void {
    this.memo.delete(goalId);
  }

  clear(): void {
    this.memo = new Map();
  }
}
