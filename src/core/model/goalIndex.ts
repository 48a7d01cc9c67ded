/**
 * Where each goal sits in a goal tree (top level or which folder, at which position),
 * so one goal can be found or swapped without scanning the Workspace. Built when the
 * tree's shape changes (a new list, a goal added or removed); a swap keeps the shape,
 * so the same index serves the confirmed tree and the shown one derived from it.
 */
import type { Goal } from '../domain/types';
import type { GoalTree } from './goalCollection';

/** folder is -1 for the top level, else the folder's position in the tree. */
export interface GoalSlot {
  readonly folder: number;
  readonly index: number;
}

/**
 * Every slot of each goal id, top level first: odd data can repeat an id, and the
 * tree helpers (locateGoal, replaceGoal) treat repeats this same way.
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

/**
 * Like replaceGoal: the goal's top-level slots when it has any, else its folder slots.
 * Only the lists touched are copied; other lists and folders keep their identity.
 */
export function slotsToReplace(slots: readonly GoalSlot[]): readonly GoalSlot[] {
  const top = slots.filter((slot) => slot.folder < 0);
  return top.length > 0 ? top : slots;
}

/**
 * Puts goals into slots of `target`, whose shape matches the index. Folder fields
 * come from `shape` (the confirmed tree), as mapGoals would give them. A goal already
 * in its slot changes nothing, so an untouched list keeps its identity.
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

function listAt(tree: GoalTree, folder: number): readonly Goal[] {
  return folder < 0 ? tree.goals : tree.folders[folder].goals;
}
