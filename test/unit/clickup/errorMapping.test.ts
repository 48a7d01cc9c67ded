import { strict as assert } from 'node:assert';
import { errorFromStatus, formatSeconds, networkError, timeoutError } from '../../../src/core/clickup/errorMapping';

const NOW = 1_700_000_000_000;

function fromStatus(status: number, body: unknown = {}): ReturnType<typeof errorFromStatus> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return errorFromStatus('getGoal', status, text, NOW + 30_000, NOW);
}

describe('mapping HTTP answers to ClickUpError', () => {
  it('maps each status to its reason', () => {
    const cases: [number, string][] = [
      [400, 'badRequest'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'notFound'],
      [409, 'badRequest'],
      [429, 'rateLimited'],
      [500, 'server'],
      [503, 'server'],
      [302, 'invalidResponse'],
    ];
    for (const [status, reason] of cases) {
      const error = fromStatus(status);
      assert.equal(error.reason, reason, `HTTP ${status}`);
      assert.equal(error.status, status);
      assert.equal(error.operation, 'getGoal');
    }
  });

  it('keeps the ECODE of a 401 for a missing object, without calling it a bad token', () => {
    const error = fromStatus(401, { err: 'Oauth token not found', ECODE: 'OAUTH_018' });
    assert.equal(error.reason, 'unauthorized');
    assert.equal(error.ecode, 'OAUTH_018');
    assert.doesNotMatch(error.message, /refused the token/);
  });

  it('says the token was refused for a revoked token', () => {
    assert.equal(fromStatus(401, { err: 'Token invalid', ECODE: 'OAUTH_025' }).message, 'ClickUp refused the token.');
  });

  it("quotes ClickUp's short reason for a bad request", () => {
    assert.equal(
      fromStatus(400, { err: 'Goal name invalid', ECODE: 'INPUT_005' }).message,
      'ClickUp did not accept the request: Goal name invalid.',
    );
  });

  it('judges an HTML error page by its status', () => {
    const error = fromStatus(502, '<html><body>Bad gateway</body></html>');
    assert.equal(error.reason, 'server');
    assert.equal(error.ecode, undefined);
  });

  it('gives a 429 the reset time and says how long to wait', () => {
    const error = fromStatus(429, { err: 'Rate limit reached', ECODE: 'APP_002' });
    assert.equal(error.retryAt, NOW + 30_000);
    assert.match(error.message, /30 seconds/);
  });

  it('writes whole seconds, and tenths below one second', () => {
    assert.equal(formatSeconds(15_000), '15 seconds');
    assert.equal(formatSeconds(1_000), '1 second');
    assert.equal(formatSeconds(200), '0.2 seconds');
  });

  it('tells a person the timeout in seconds', () => {
    assert.equal(timeoutError('getGoals', 15_000, false).message, 'ClickUp did not answer within 15 seconds.');
  });

  it('warns that a write cut off midway may have been applied', () => {
    assert.match(timeoutError('createGoal', 15_000, true).message, /may or may not have been saved/);
    assert.match(networkError('createGoal', new Error('socket hang up'), true).message, /may or may not have been saved/);
  });

  it('does not hedge when the connection was never made', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    assert.equal(networkError('createGoal', refused, true).message, 'Could not connect to ClickUp.');
  });
});
