/** Bodies of GET /user and GET /team -> User and Workspace[]. */
import type { User, Workspace } from '../../domain/types';
import { invalidShape, isObject, readString } from './read';
import { parseUser, parseUsers } from './user';

export function parseUserResponse(body: unknown): User {
  const user = isObject(body) ? parseUser(body.user) : null;
  if (user === null) {
    throw invalidShape('no user with an id');
  }
  return user;
}

function parseWorkspace(value: unknown): Workspace | null {
  if (!isObject(value)) {
    return null;
  }
  // Workspace ids are strings in responses; numbers are accepted and turned into strings.
  const id = readString(value.id);
  if (id === '') {
    return null;
  }
  return {
    id,
    name: readString(value.name),
    color: readString(value.color),
    members: parseUsers(value.members),
  };
}

export function parseWorkspacesResponse(body: unknown): Workspace[] {
  if (!isObject(body) || !Array.isArray(body.teams)) {
    throw invalidShape('teams is not an array');
  }
  return body.teams.map(parseWorkspace).filter((ws): ws is Workspace => ws !== null);
}
