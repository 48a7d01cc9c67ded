/** Wire user objects (from /user, team members, goal and key-result owners) -> User. */
import type { User } from '../../domain/types';
import { isObject, readNumber, readString, readStringOrNull } from './read';

/** Team members arrive wrapped as `{user: {...}}`; owners arrive bare. Both are accepted. */
function unwrap(value: unknown): unknown {
  return isObject(value) && isObject(value.user) ? value.user : value;
}

function initialsOf(username: string): string {
  return username
    .split(/\s+/)
    .filter((part) => part !== '')
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

/** A user, or null when there is no usable id. A bare numeric id becomes a nameless user. */
export function parseUser(value: unknown): User | null {
  const wire = unwrap(value);
  if (!isObject(wire)) {
    const id = readNumber(wire);
    return id === null ? null : { id, username: '', email: '', color: '', initials: '', profilePicture: null };
  }
  const id = readNumber(wire.id);
  if (id === null) {
    return null;
  }
  const username = readString(wire.username);
  return {
    id,
    username,
    email: readString(wire.email),
    color: readString(wire.color),
    initials: readString(wire.initials) || initialsOf(username),
    profilePicture: readStringOrNull(wire.profilePicture),
  };
}

export function parseUsers(value: unknown): User[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.map(parseUser).filter((user): user is User => user !== null);
}
