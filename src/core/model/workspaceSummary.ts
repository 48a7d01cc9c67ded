/**
 * The few numbers the status bar shows for the current Workspace: how many goals,
 * how many done, how many overdue, and overall progress.
 */
import { goalProgress, workspaceProgress } from '../domain/progress';
import { allGoals } from '../domain/goalQuery';
import type { StoreState } from './storeTypes';

export interface WorkspaceSummary {
  goalCount: number;
  completedCount: number;
  /** Past the due date (a due date is "by the end of that day") and not done. */
  overdueCount: number;
  /** Mean progress of the goals, 0..1; 0 when there are none. */
  progress: number;
}

export function summarize(state: Pick<StoreState, 'goals' | 'folders'>, nowMs: number = Date.now()): WorkspaceSummary {
  const goals = allGoals(state);
  let completedCount = 0;
  let overdueCount = 0;
  for (const goal of goals) {
    if (goalProgress(goal) >= 1) {
      completedCount += 1;
    } else if (goal.dueDate !== null && goal.dueDate > 0 && goal.dueDate < nowMs) {
      overdueCount += 1;
    }
  }
  return { goalCount: goals.length, completedCount, overdueCount, progress: workspaceProgress(goals) };
}
