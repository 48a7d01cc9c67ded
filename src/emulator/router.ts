/**
 * Maps method + path (relative to /api/v2) to a named route and its handler.
 * Unmatched requests are the 'unknown' route (404 Route not found, as ClickUp answers).
 */
import type { RouteHandler } from './routes/context';
import { getGoal, getGoals } from './routes/goalsRead';
import { createGoal, deleteGoal, updateGoal } from './routes/goalsWrite';
import { getAuthorizedUser, getAuthorizedWorkspaces } from './routes/identity';
import { createKeyResult, deleteKeyResult, editKeyResult } from './routes/keyResults';
import type { RouteName } from './types';

interface RouteDefinition {
  name: RouteName;
  method: string;
  pattern: RegExp;
  params: string[];
  handler: RouteHandler;
  /** Changes state (so it is persisted afterwards). */
  writes: boolean;
}

const SEGMENT = '([^/]+)';

function route(name: RouteName, method: string, path: string, handler: RouteHandler): RouteDefinition {
  const params: string[] = [];
  const source = path.replace(/\{(\w+)\}/g, (_match, param: string) => {
    params.push(param);
    return SEGMENT;
  });
  return { name, method, pattern: new RegExp(`^${source}/?$`), params, handler, writes: method !== 'GET' };
}

const ROUTES: readonly RouteDefinition[] = [
  route('getAuthorizedUser', 'GET', '/user', getAuthorizedUser),
  route('getAuthorizedWorkspaces', 'GET', '/team', getAuthorizedWorkspaces),
  route('getGoals', 'GET', '/team/{team_id}/goal', getGoals),
  route('createGoal', 'POST', '/team/{team_id}/goal', createGoal),
  route('getGoal', 'GET', '/goal/{goal_id}', getGoal),
  route('updateGoal', 'PUT', '/goal/{goal_id}', updateGoal),
  route('deleteGoal', 'DELETE', '/goal/{goal_id}', deleteGoal),
  route('createKeyResult', 'POST', '/goal/{goal_id}/key_result', createKeyResult),
  route('editKeyResult', 'PUT', '/key_result/{key_result_id}', editKeyResult),
  route('deleteKeyResult', 'DELETE', '/key_result/{key_result_id}', deleteKeyResult),
];

export interface MatchedRoute {
  definition: RouteDefinition;
  params: Record<string, string>;
}

export function matchRoute(method: string, path: string): MatchedRoute | null {
  for (const definition of ROUTES) {
    if (definition.method !== method) continue;
    const match = definition.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    definition.params.forEach((param, index) => {
      params[param] = safeDecode(match[index + 1]);
    });
    return { definition, params };
  }
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
