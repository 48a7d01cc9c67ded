/**
 * Immutable helpers over the goal tree (top-level goals plus folders of goals).
 * Every change returns new arrays and new folder objects along the changed path,
 * so views can compare by reference.
 */
import type { Goal, GoalFolder, GoalList } from '../domain/types';

export interface GoalTree {
  readonly goals: readonly Goal[];
  readonly folders: readonly GoalFolder[];
}

export const EMPTY_TREE: GoalTree = { goals: [], folders: [] };

/** Drops archived goals; the service can return them and the views never show them. */
export function treeFromList(list: GoalList): GoalTree {
  return {
    goals: list.goals.filter((goal) => !goal.archived),
    folders: list.folders.map((folder) => ({ ...folder, goals: folder.goals.filter((goal) => !goal.archived) })),
  };
}

export function allGoals(tree: GoalTree): Goal[] {
  return [...tree.goals, ...tree.folders.flatMap((folder) => folder.goals)];
}

/** Where a goal sits: null folderId for top level. */
export function locateGoal(tree: GoalTree, goalId: string): { goal: Goal; folderId: string | null } | undefined {
  const top = tree.goals.find((goal) => goal.id === goalId);
  if (top) {
    return { goal: top, folderId: null };
  }
  for (const folder of tree.folders) {
    const goal = folder.goals.find((candidate) => candidate.id === goalId);
    if (goal) {
      return { goal, folderId: folder.id };
    }
  }
  return undefined;
}

/** Replaces a goal where it is; the tree is returned unchanged when the goal is absent. */
export function replaceGoal(tree: GoalTree, goal: Goal): GoalTree {
  const swap = (goals: readonly Goal[]): Goal[] => goals.map((candidate) => (candidate.id === goal.id ? goal : candidate));
  if (tree.goals.some((candidate) => candidate.id === goal.id)) {
    return { goals: swap(tree.goals), folders: tree.folders };
  }
  return {
    goals: tree.goals,
    folders: tree.folders.map((folder) =>
      folder.goals.some((candidate) => candidate.id === goal.id) ? { ...folder, goals: swap(folder.goals) } : folder,
    ),
  };
}

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

/** Maps every goal; folders whose goals did not change keep their identity. */
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
