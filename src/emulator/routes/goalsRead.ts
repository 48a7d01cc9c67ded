/**
 * GET /team/{team_id}/goal and GET /goal/{goal_id}. The list leaves out key
 * results (only key_result_count), archived goals, and completed goals unless
 * include_completed=true; folder goals sit inside their folder.
 */
import { canSee, requireGoal, requireTeam } from '../access';
import { folderToWire, goalDetailToWire, goalListItemToWire } from '../serialize';
import { goalPercent } from '../state/progress';
import { ok, type RouteContext, type RouteResult } from './context';

export function getGoals(context: RouteContext): RouteResult {
  const teamId = context.params.team_id;
  requireTeam(context, teamId);
  const includeCompleted = ['true', '1'].includes((context.query.include_completed ?? '').toLowerCase());
  const { store } = context;
  const byFolder = new Map<string, unknown[]>();
  const topLevel: unknown[] = [];
  for (const goal of store.goalsOfTeam(teamId)) {
    if (goal.archived || !canSee(goal, context.user.id)) continue;
    const keyResults = store.keyResultsOf(goal);
    if (!includeCompleted && goalPercent(keyResults) >= 100) continue;
    const wire = goalListItemToWire(store, goal, keyResults);
    if (goal.folderId !== null && store.folders.has(goal.folderId)) {
      const list = byFolder.get(goal.folderId) ?? [];
      list.push(wire);
      byFolder.set(goal.folderId, list);
    } else {
      topLevel.push(wire);
    }
  }
  const folders = store
    .foldersOfTeam(teamId)
    .filter((folder) => !folder.private || folder.creator === context.user.id)
    .map((folder) => folderToWire(folder, byFolder.get(folder.id) ?? []));
  return ok({ goals: topLevel, folders });
}

export function getGoal(context: RouteContext): RouteResult {
  const goal = requireGoal(context, context.params.goal_id);
  return ok({ goal: goalDetailToWire(context.store, goal) });
}
