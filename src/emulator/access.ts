/**
 * Which objects a token may touch, answered with the real service's codes:
 * unknown Workspace 404 SHARD_031, Workspace not granted 401 OAUTH_027,
 * goal or key result that does not exist (or is hidden) 401 OAUTH_018.
 */
import { objectNotFound, teamNotAuthorized, teamNotFound } from './apiError';
import type { GoalRecord, KeyResultRecord, TokenRecord, WorkspaceRecord } from './state/model';
import type { Store } from './state/store';

export interface Caller {
  store: Store;
  token: TokenRecord;
}

export function requireTeam(caller: Caller, teamId: string): WorkspaceRecord {
  const workspace = caller.store.workspaces.get(teamId);
  if (!workspace) throw teamNotFound();
  if (!caller.token.teamIds.includes(teamId)) throw teamNotAuthorized();
  return workspace;
}

/** Private goals are visible only to their creator, owners and members. */
export function canSee(goal: GoalRecord, userId: number): boolean {
  return !goal.private || goal.creator === userId || goal.ownerIds.includes(userId) || goal.memberIds.includes(userId);
}

export function requireGoal(caller: Caller, goalId: string): GoalRecord {
  const goal = caller.store.goals.get(goalId);
  if (!goal || !canSee(goal, caller.token.userId)) throw objectNotFound();
  if (!caller.token.teamIds.includes(goal.teamId)) throw teamNotAuthorized();
  return goal;
}

export function requireKeyResult(caller: Caller, keyResultId: string): { keyResult: KeyResultRecord; goal: GoalRecord } {
  const keyResult = caller.store.keyResults.get(keyResultId);
  if (!keyResult) throw objectNotFound();
  return { keyResult, goal: requireGoal(caller, keyResult.goalId) };
}
