import { strict as assert } from 'node:assert';
import { parseUserResponse, parseWorkspacesResponse } from '../../../src/core/clickup/parse/identity';
import { isClickUpError } from '../../../src/core/clickup/errors';
import { wireTeam, wireUser } from '../builders/wire';

function isInvalidResponse(error: unknown): boolean {
  return isClickUpError(error) && error.reason === 'invalidResponse';
}

describe('parsing identity responses', () => {
  it('reads the signed-in user', () => {
    const user = parseUserResponse({ user: wireUser({ id: '183' }) });
    assert.deepEqual(user, {
      id: 183,
      username: 'Ada Lovelace',
      email: 'ada@example.com',
      color: '#7b68ee',
      initials: 'AL',
      profilePicture: null,
    });
  });

  it('derives initials when the service sends none', () => {
    assert.equal(parseUserResponse({ user: wireUser({ initials: null }) }).initials, 'AL');
  });

  it('refuses a user body without an id', () => {
    assert.throws(() => parseUserResponse({ user: { username: 'x' } }), isInvalidResponse);
    assert.throws(() => parseUserResponse([]), isInvalidResponse);
  });

  it('reads Workspaces with string ids and unwrapped members', () => {
    const [workspace] = parseWorkspacesResponse({ teams: [wireTeam({ id: 9001 })] });
    assert.equal(workspace?.id, '9001');
    assert.equal(workspace?.members[0]?.username, 'Ada Lovelace');
  });

  it('refuses a body whose teams are not a list', () => {
    assert.throws(() => parseWorkspacesResponse({ teams: null }), isInvalidResponse);
  });
});
