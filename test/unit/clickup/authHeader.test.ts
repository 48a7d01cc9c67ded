import { strict as assert } from 'node:assert';
import { authHeader } from '../../../src/core/clickup/authHeader';
import { isClickUpError } from '../../../src/core/clickup/errors';

describe('authHeader', () => {
  it('sends a personal token as it is, without Bearer', () => {
    assert.equal(authHeader('pk_183_ABCDEF'), 'pk_183_ABCDEF');
  });

  it('sends any other token as Bearer', () => {
    assert.equal(authHeader('oauth-access-token'), 'Bearer oauth-access-token');
  });

  it('trims whitespace pasted around the token', () => {
    assert.equal(authHeader('  pk_183_ABCDEF\n'), 'pk_183_ABCDEF');
  });

  it('does not double a Bearer prefix that was pasted in', () => {
    assert.equal(authHeader('Bearer abc123'), 'Bearer abc123');
  });

  it('refuses an empty or missing token as unauthorized', () => {
    for (const token of [undefined, '', '   ']) {
      assert.throws(() => authHeader(token), (error: unknown) => isClickUpError(error) && error.reason === 'unauthorized');
    }
  });

  it('refuses a token with a line break inside, without repeating the token', () => {
    assert.throws(
      () => authHeader('pk_1_AB\r\nX-Evil: 1'),
      (error: unknown) => isClickUpError(error) && error.reason === 'unauthorized' && !error.message.includes('pk_1'),
    );
  });
});
