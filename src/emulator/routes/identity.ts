/** GET /user and GET /team: who the token belongs to and which Workspaces it sees. */
import { authorizedUserToWire, workspaceToWire } from '../serialize';
import type { WorkspaceRecord } from '../state/model';
import { ok, type RouteContext, type RouteResult } from './context';

export function getAuthorizedUser(context: RouteContext): RouteResult {
  return ok({ user: authorizedUserToWire(context.user) });
}

export function getAuthorizedWorkspaces(context: RouteContext): RouteResult {
  const teams = context.token.teamIds
    .map((id) => context.store.workspaces.get(id))
    .filter((workspace): workspace is WorkspaceRecord => workspace !== undefined)
    .map((workspace) => workspaceToWire(context.store, workspace));
  return ok({ teams });
}
