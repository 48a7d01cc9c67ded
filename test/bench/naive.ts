// The naive strategy every figure is compared with: on each refresh, fetch the goal list and
// then every goal's details (key results are not in the list), over the same client.
import type { GoalsApi } from '../../src/core/clickup/api';
import type { Goal, GoalList } from '../../src/core/domain/types';

export type NaiveMode = 'unbounded' | 'sequential';

export interface NaiveTree {
  list: GoalList;
  /** Every goal with its key results, as GET /goal/{id} returned it. */
  details: Goal[];
}

/** Every goal of a list or of the store's state, top level first, then folder by folder. */
export function listedGoals(list: { goals: readonly Goal[]; folders: readonly { goals: readonly Goal[] }[] }): Goal[] {
  return [...list.goals, ...list.folders.flatMap((folder) => folder.goals)];
}

/**
 * One naive refresh: the list, then GET /goal/{id} for each goal, all at once ('unbounded',
 * the fastest a careless client gets) or one after another ('sequential').
 */
export async function naiveRefresh(api: GoalsApi, teamId: string, mode: NaiveMode = 'unbounded'): Promise<NaiveTree> {
  const list = await api.getGoals(teamId, false);
  const goals = listedGoals(list);
  if (mode === 'unbounded') {
    return { list, details: await Promise.all(goals.map((goal) => api.getGoal(goal.id))) };
  }
  const details: Goal[] = [];
  for (const goal of goals) {
    details.push(await api.getGoal(goal.id));
  }
  return { list, details };
}
