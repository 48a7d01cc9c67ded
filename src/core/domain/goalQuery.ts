/**
 * Sorting, filtering and classifying goals for the tree and the status bar.
 * Dates are judged by local calendar day, like formatDueDate: a goal due today
 * is not overdue until the day is over.
 */
import { calendarDaysBetween } from './calendar';
import { goalProgress } from './progress';
import type { Goal, GoalFolder } from './types';

export type GoalSort = 'dueDate' | 'name' | 'progress';

/** Every goal of a list or tree: the top level first, then each folder's in order. */
export function allGoals(list: { readonly goals: readonly Goal[]; readonly folders: readonly GoalFolder[] }): Goal[] {
  return [...list.goals, ...list.folders.flatMap((folder) => folder.goals)];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareNames(a: Goal, b: Goal): number {
  return collator.compare(a.name ?? '', b.name ?? '');
}

function usableDate(value: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

function compareDueDates(a: Goal, b: Goal): number {
  const first = usableDate(a.dueDate);
  const second = usableDate(b.dueDate);
  if (first === null || second === null) {
    return (first === null ? 1 : 0) - (second === null ? 1 : 0);
  }
  return first - second;
}

const comparators: Record<GoalSort, (a: Goal, b: Goal) => number> = {
  /** Soonest first; goals without a due date last. */
  dueDate: compareDueDates,
  /** Case-insensitive, accent-insensitive, "Goal 2" before "Goal 10". */
  name: compareNames,
  /** Least progress first: what needs attention comes to the top. */
  progress: (a, b) => goalProgress(a) - goalProgress(b),
};

/** A sorted copy; stable, so goals that compare equal keep their order. */
export function sortGoals(goals: readonly Goal[], by: GoalSort): Goal[] {
  const compare = comparators[by] ?? comparators.dueDate;
  return [...goals].sort(compare);
}

export function isGoalCompleted(goal: Goal): boolean {
  return goal.percentCompleted >= 100 || goalProgress(goal) >= 1;
}

export interface GoalFilter {
  includeCompleted: boolean;
  /** Only goals this user owns; null or absent for everyone's. */
  onlyOwnerId?: number | null;
}

function passes(opts: GoalFilter): (goal: Goal) => boolean {
  const owner = opts.onlyOwnerId ?? null;
  return (goal) =>
    goal.archived !== true &&
    (opts.includeCompleted || !isGoalCompleted(goal)) &&
    (owner === null || (goal.owners ?? []).some((user) => user.id === owner));
}

/** Archived goals are always hidden. */
export function filterGoals(goals: readonly Goal[], opts: GoalFilter): Goal[] {
  return goals.filter(passes(opts));
}

/** Whether filterGoals would keep any goal; stops at the first (runs on every change of a large Workspace). */
export function anyGoalPasses(goals: readonly Goal[], opts: GoalFilter): boolean {
  return goals.some(passes(opts));
}

/** Not completed, and its due day is before today. */
export function isGoalOverdue(goal: Goal, nowMs: number): boolean {
  const due = usableDate(goal.dueDate);
  return due !== null && Number.isFinite(nowMs) && calendarDaysBetween(nowMs, due) < 0 && !isGoalCompleted(goal);
}

export type GoalState = 'completed' | 'overdue' | 'atRisk' | 'onTrack' | 'notStarted';

/** How far the share of time used may run ahead of the share of work done before a goal is at risk. */
export const AT_RISK_MARGIN = 0.25;

/** Share of the time from start (or creation) to due that has passed, 0..1; null without both dates. */
export function elapsedShare(goal: Goal, nowMs: number): number | null {
  const start = usableDate(goal.startDate) ?? usableDate(goal.dateCreated);
  const due = usableDate(goal.dueDate);
  if (start === null || due === null || due <= start || !Number.isFinite(nowMs)) {
    return null;
  }
  return Math.min(1, Math.max(0, (nowMs - start) / (due - start)));
}

/**
 * completed, then overdue; otherwise "atRisk" when the share of time used exceeds
 * the share of work done by more than AT_RISK_MARGIN (e.g. 60% of the time gone,
 * 30% done); otherwise "notStarted" at 0% progress, "onTrack" above it.
 */
export function goalState(goal: Goal, nowMs: number): GoalState {
  if (isGoalCompleted(goal)) {
    return 'completed';
  }
  if (isGoalOverdue(goal, nowMs)) {
    return 'overdue';
  }
  const progress = goalProgress(goal);
  const elapsed = elapsedShare(goal, nowMs);
  if (elapsed !== null && elapsed - progress > AT_RISK_MARGIN) {
    return 'atRisk';
  }
  return progress > 0 ? 'onTrack' : 'notStarted';
}
