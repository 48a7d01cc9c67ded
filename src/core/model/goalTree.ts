/**
 * The goal tree (top-level goals plus folders of goals) as immutable data, the one
 * index of where each goal sits in it, and how a write not yet confirmed shows on a
 * goal. A change copies only the lists and folders along its path, so views can
 * compare by reference. Pure: no vscode.
 */
import { goalProgress, isKeyResultDone } from '../domain/progress';
import type { EditKeyResultInput, Goal, GoalFolder, KeyResult, UpdateGoalInput, User } from '../domain/types';

export interface GoalTree {
  readonly goals: readonly Goal[];
  readonly folders: readonly GoalFolder[];
}

export const EMPTY_TREE: GoalTree = { goals: [], folders: [] };

// ---- the index -------------------------------------------------------------

/** folder is -1 for the top level, else the folder's position in the tree. */
export interface GoalSlot {
  readonly folder: number;
  readonly index: number;
}

/**
 * Every slot of each goal id, top level first: odd data can repeat an id. The first
 * slot is where a goal "is"; a replacement goes to its top-level slots when it has
 * any, else to all its folder slots (see slotsToReplace).
 */
export type GoalIndex = ReadonlyMap<string, readonly GoalSlot[]>;

export function indexGoals(tree: GoalTree): GoalIndex {
  const index = new Map<string, GoalSlot[]>();
  const add = (goal: Goal, slot: GoalSlot): void => {
    const slots = index.get(goal.id);
    if (slots) {
      slots.push(slot);
    } else {
      index.set(goal.id, [slot]);
    }
  };
  tree.goals.forEach((goal, position) => add(goal, { folder: -1, index: position }));
  tree.folders.forEach((folder, folderPosition) =>
    folder.goals.forEach((goal, position) => add(goal, { folder: folderPosition, index: position })),
  );
  return index;
}

export function goalAt(tree: GoalTree, slot: GoalSlot): Goal {
  return listAt(tree, slot.folder)[slot.index];
}

export function folderIdAt(tree: GoalTree, slot: GoalSlot): string | null {
  return slot.folder < 0 ? null : tree.folders[slot.folder].id;
}

/** Which slots a replacement fills: the top-level ones when there are any, else every folder slot. */
export function slotsToReplace(slots: readonly GoalSlot[]): readonly GoalSlot[] {
  const top = slots.filter((slot) => slot.folder < 0);
  return top.length > 0 ? top : slots;
}

/** True when slot a comes before slot b in tree order. */
export function slotBefore(a: GoalSlot, b: GoalSlot): boolean {
  return a.folder !== b.folder ? a.folder < b.folder : a.index < b.index;
}

/**
 * Puts goals into slots of `target`, whose shape matches the index. Folder fields
 * come from `shape` (the confirmed tree). A goal already in its slot changes
 * nothing, so an untouched list keeps its identity.
 */
export function placeGoals(
  target: GoalTree,
  shape: GoalTree,
  placements: Iterable<{ slot: GoalSlot; goal: Goal }>,
): GoalTree {
  let goals: Goal[] | undefined;
  const folderCopies = new Map<number, Goal[]>();
  for (const { slot, goal } of placements) {
    const current = listAt(target, slot.folder);
    if (current[slot.index] === goal) {
      continue;
    }
    let copy: Goal[] | undefined = slot.folder < 0 ? goals : folderCopies.get(slot.folder);
    if (!copy) {
      copy = [...current];
      if (slot.folder < 0) {
        goals = copy;
      } else {
        folderCopies.set(slot.folder, copy);
      }
    }
    copy[slot.index] = goal;
  }
  if (!goals && folderCopies.size === 0) {
    return target;
  }
  const folders =
    folderCopies.size === 0
      ? target.folders
      : target.folders.map((folder, position) => {
          const copy = folderCopies.get(position);
          return copy ? { ...shape.folders[position], goals: copy } : folder;
        });
  return { goals: goals ?? target.goals, folders };
}

/** Maps every goal; lists and folders whose goals did not change keep their identity. */
export function mapGoals(tree: GoalTree, map: (goal: Goal) => Goal): GoalTree {
  const mapList = (goals: readonly Goal[]): readonly Goal[] => {
    const mapped = goals.map(map);
    return mapped.every((goal, index) => goal === goals[index]) ? goals : mapped;
  };
  const goals = mapList(tree.goals);
  const folders = tree.folders.map((folder) => {
    const folderGoals = mapList(folder.goals);
    return folderGoals === folder.goals ? folder : { ...folder, goals: [...folderGoals] };
  });
  return { goals, folders };
}

// ---- changes of shape (the caller re-indexes) ---------------------------------

/** Removes every copy of a goal; each folder that held it counts one fewer. */
export function removeGoal(tree: GoalTree, goalId: string): GoalTree {
  return {
    goals: tree.goals.filter((goal) => goal.id !== goalId),
    folders: tree.folders.map((folder) =>
      folder.goals.some((goal) => goal.id === goalId)
        ? {
            ...folder,
            goals: folder.goals.filter((goal) => goal.id !== goalId),
            goalCount: Math.max(0, folder.goalCount - 1),
          }
        : folder,
    ),
  };
}

/** Adds a goal to its folder when that folder is known, else to the top level. */
export function insertGoal(tree: GoalTree, goal: Goal): GoalTree {
  const folder = goal.folderId === null ? undefined : tree.folders.find((candidate) => candidate.id === goal.folderId);
  if (!folder) {
    return { goals: [...tree.goals, goal], folders: tree.folders };
  }
  return {
    goals: tree.goals,
    folders: tree.folders.map((candidate) =>
      candidate === folder ? { ...folder, goals: [...folder.goals, goal], goalCount: folder.goalCount + 1 } : candidate,
    ),
  };
}

// ---- how a write not yet confirmed shows -------------------------------------

/** Applies a built update body; added owners show when the goal already knows the person. */
export function applyGoalUpdate(goal: Goal, input: UpdateGoalInput): Goal {
  const removed = new Set(input.removeOwners);
  const known = new Map<number, User>([...goal.members, ...goal.owners].map((user) => [user.id, user]));
  const owners = goal.owners.filter((owner) => !removed.has(owner.id));
  for (const id of input.addOwners) {
    const user = known.get(id);
    if (user && !owners.some((owner) => owner.id === id)) {
      owners.push(user);
    }
  }
  return {
    ...goal,
    name: input.name,
    dueDate: input.dueDate,
    description: input.description,
    color: input.color,
    owners,
  };
}

export function applyKeyResultEdit(keyResult: KeyResult, input: EditKeyResultInput): KeyResult {
  const edited: KeyResult = {
    ...keyResult,
    name: input.name ?? keyResult.name,
    stepsEnd: input.stepsEnd ?? keyResult.stepsEnd,
    stepsCurrent: input.stepsCurrent ?? keyResult.stepsCurrent,
  };
  return { ...edited, completed: isKeyResultDone(edited) };
}

/** 0..100 like the service reports it: the rounded mean of the key results, 0 with none. */
export function percentFromKeyResults(goal: Goal, keyResults: readonly KeyResult[]): number {
  if (keyResults.length === 0) {
    return 0;
  }
  return Math.round(goalProgress({ ...goal, keyResults: [...keyResults] }) * 100);
}

/** A write sent but not yet confirmed; seq orders them and names the one to drop. */
export interface Pending<T> {
  readonly seq: number;
  readonly input: T;
}
export type PendingUpdates = readonly Pending<UpdateGoalInput>[];
export type PendingEdits = ReadonlyMap<string, readonly Pending<EditKeyResultInput>[]>;

/** A goal as shown: its pending updates on top, its key results (edits on top) when known. */
export function showGoal(
  goal: Goal,
  updates: PendingUpdates | undefined,
  keyResults: readonly KeyResult[] | undefined,
  edits: PendingEdits | undefined,
): Goal {
  let out = (updates ?? []).reduce((shown, pending) => applyGoalUpdate(shown, pending.input), goal);
  if (keyResults) {
    const list = keyResults.map((keyResult) =>
      (edits?.get(keyResult.id) ?? []).reduce((shown, pending) => applyKeyResultEdit(shown, pending.input), keyResult),
    );
    out = { ...out, keyResults: list };
    if (edits) {
      out.percentCompleted = percentFromKeyResults(out, list);
    }
  }
  return out;
}

/**
 * Writes sent but not yet confirmed, per goal, in the order made. Each goal's
 * collection is replaced on every change, never mutated, so a goal derived from it
 * can be memoised by identity.
 */
export class PendingWrites {
  private readonly updates = new Map<string, PendingUpdates>();
  private readonly edits = new Map<string, PendingEdits>();
  private seq = 0;

  updatesOf(goalId: string): PendingUpdates | undefined {
    return this.updates.get(goalId);
  }

  editsOf(goalId: string): PendingEdits | undefined {
    return this.edits.get(goalId);
  }

  /** Returns the update's number, to remove it by. */
  addUpdate(goalId: string, input: UpdateGoalInput): number {
    this.seq += 1;
    this.updates.set(goalId, [...(this.updates.get(goalId) ?? []), { seq: this.seq, input }]);
    return this.seq;
  }

  removeUpdate(goalId: string, seq: number): void {
    setOrDelete(this.updates, goalId, without(this.updates.get(goalId), seq));
  }

  /** Returns the edit's number, to remove it by. */
  addEdit(goalId: string, keyResultId: string, input: EditKeyResultInput): number {
    this.seq += 1;
    const byKeyResult = new Map(this.edits.get(goalId));
    byKeyResult.set(keyResultId, [...(byKeyResult.get(keyResultId) ?? []), { seq: this.seq, input }]);
    this.edits.set(goalId, byKeyResult);
    return this.seq;
  }

  /** Removes one edit, or every edit of the key result when seq is omitted (it was deleted). */
  removeEdit(goalId: string, keyResultId: string, seq?: number): void {
    const byKeyResult = new Map(this.edits.get(goalId));
    setOrDelete(byKeyResult, keyResultId, seq === undefined ? undefined : without(byKeyResult.get(keyResultId), seq));
    setOrDelete(this.edits, goalId, byKeyResult.size > 0 ? byKeyResult : undefined);
  }

  forget(goalId: string): void {
    this.updates.delete(goalId);
    this.edits.delete(goalId);
  }

  clear(): void {
    this.updates.clear();
    this.edits.clear();
  }
}

function without<T extends { readonly seq: number }>(list: readonly T[] | undefined, seq: number): readonly T[] | undefined {
  const left = (list ?? []).filter((pending) => pending.seq !== seq);
  return left.length > 0 ? left : undefined;
}

function setOrDelete<V>(map: Map<string, V>, key: string, value: V | undefined): void {
  if (value === undefined) {
    map.delete(key);
  } else {
    map.set(key, value);
  }
}

function listAt(tree: GoalTree, folder: number): readonly Goal[] {
  return folder < 0 ? tree.goals : tree.folders[folder].goals;
}
