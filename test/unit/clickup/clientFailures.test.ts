/** Every failure reason, produced by the emulator over real HTTP and its injected faults. */
import { allGoals } from '../../../src/core/domain/goalQuery';
import { strict as assert } from 'node:assert';
import { isClickUpError, type ClickUpError, type ClickUpErrorReason } from '../../../src/core/clickup/errors';
import type { CreateGoalInput } from '../../../src/core/domain/types';
import { startEmulator } from '../../../src/emulator/server';
import { useEmulator } from './emulatorHarness';
import { until } from './fakeFetch';

function failsWith(reason: ClickUpErrorReason, extra: (error: ClickUpError) => boolean = () => true) {
  return (error: unknown): boolean => isClickUpError(error) && error.reason === reason && extra(error);
}

const newGoal: CreateGoalInput = {
  name: 'Never twice',
  dueDate: Date.UTC(2031, 0, 1),
  description: '',
  multipleOwners: false,
  owners: [],
  color: '#32a852',
};

describe('ClickUpClient against the emulator: failures', () => {
  const suite = useEmulator();

  async function goalsNamed(name: string): Promise<number> {
    const list = await suite.client().getGoals(suite.emulator.teamId, true);
    return allGoals(list).filter((goal) => goal.name === name).length;
  }

  describe('answers from ClickUp', () => {
    it('reports a missing goal as unauthorized with ECODE OAUTH_018, while the token still works', async () => {
      const api = suite.client();
      await assert.rejects(
        api.getGoal('00000000-0000-0000-0000-000000000000'),
        failsWith('unauthorized', (e) => e.ecode === 'OAUTH_018' && e.status === 401 && e.operation === 'getGoal'),
      );
      await api.getAuthorizedUser();
    });

    it('reports an unknown Workspace as notFound', async () => {
      await assert.rejects(suite.client().getGoals('987654321', false), failsWith('notFound', (e) => e.ecode === 'SHARD_031'));
    });

    it('reports input ClickUp refuses as badRequest with its ECODE', async () => {
      await assert.rejects(
        suite.client().createGoal(suite.emulator.teamId, { ...newGoal, name: '' }),
        failsWith('badRequest', (e) => e.status === 400 && (e.ecode ?? '').startsWith('INPUT_')),
      );
    });

    it('reports a token ClickUp does not know as unauthorized', async () => {
      await assert.rejects(
        suite.client({ token: () => 'pk_1_NOTAREALTOKENNOTAREALTOKEN1234' }).getAuthorizedUser(),
        failsWith('unauthorized', (e) => e.message === 'ClickUp refused the token.'),
      );
    });

    it('reports a revoked token as unauthorized', async () => {
      const own = await startEmulator({ seed: 'empty' });
      try {
        own.revokeToken(own.token);
        const api = suite.client({ baseUrl: own.url, token: () => own.token });
        await assert.rejects(api.getAuthorizedUser(), failsWith('unauthorized', (e) => e.ecode === 'OAUTH_025'));
      } finally {
        await own.close();
      }
    });

    it('reports a 403 as forbidden', async () => {
      suite.emulator.injectFault({ route: 'deleteGoal', status: 403, ecode: 'ACCESS_001', times: 1 });
      await assert.rejects(suite.client().deleteGoal('any'), failsWith('forbidden', (e) => e.ecode === 'ACCESS_001'));
    });
  });

  describe('server trouble and retries', () => {
    it('retries a read that got 5xx and then succeeds', async () => {
      suite.emulator.injectFault({ route: 'getGoals', status: 503, times: 2 });
      const list = await suite.client().getGoals(suite.emulator.teamId, false);
      assert.ok(list.goals.length + list.folders.length > 0);
      assert.equal(suite.received('getGoals').length, 3);
    });

    it('sends a create once when it gets 5xx, and reports server', async () => {
      suite.emulator.injectFault({ route: 'createGoal', status: 500, times: 1 });
      await assert.rejects(suite.client().createGoal(suite.emulator.teamId, newGoal), failsWith('server', (e) => e.status === 500));
      assert.equal(suite.received('createGoal').length, 1);
    });

    it('sends a create once when the connection drops, and reports network', async () => {
      suite.emulator.injectFault({ route: 'createGoal', drop: true, times: 2 });
      await assert.rejects(suite.client().createGoal(suite.emulator.teamId, newGoal), failsWith('network'));
      assert.equal(suite.received('createGoal').length, 1);
    });

    it('sends a create once when it times out, though ClickUp may still apply it', async () => {
      suite.emulator.injectFault({ route: 'createGoal', latencyMs: 300, times: 1 });
      const name = 'Slow create';
      await assert.rejects(
        suite.client({ timeoutMs: 100 }).createGoal(suite.emulator.teamId, { ...newGoal, name }),
        failsWith('timeout', (e) => /may or may not have been saved/.test(e.message)),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(suite.received('createGoal').length, 1);
      assert.equal(await goalsNamed(name), 1);
    });

    it('gives up on a read that does not answer in time', async () => {
      suite.emulator.injectFault({ route: 'getAuthorizedUser', latencyMs: 300 });
      await assert.rejects(
        suite.client({ timeoutMs: 80, retries: 1 }).getAuthorizedUser(),
        failsWith('timeout', (e) => e.message === 'ClickUp did not answer within 0.1 seconds.'),
      );
      assert.equal(suite.received('getAuthorizedUser').length, 2);
    });

    it('reports a dropped connection on a read as network after its retries', async () => {
      suite.emulator.injectFault({ route: 'getAuthorizedUser', drop: true });
      await assert.rejects(suite.client({ retries: 1 }).getAuthorizedUser(), failsWith('network'));
      assert.equal(suite.received('getAuthorizedUser').length, 2);
    });

    it('reports a proxy error page as server', async () => {
      suite.emulator.injectFault({ route: 'getAuthorizedUser', html: true });
      await assert.rejects(suite.client({ retries: 0 }).getAuthorizedUser(), failsWith('server', (e) => e.status === 502));
    });

    it('reports an HTML page with status 200 as invalidResponse', async () => {
      suite.emulator.injectFault({ route: 'getAuthorizedUser', html: true, status: 200 });
      await assert.rejects(suite.client().getAuthorizedUser(), failsWith('invalidResponse'));
    });

    it('reports malformed JSON as invalidResponse without retrying', async () => {
      suite.emulator.injectFault({ route: 'getGoals', malformed: true });
      await assert.rejects(suite.client().getGoals(suite.emulator.teamId, false), failsWith('invalidResponse', (e) => e.operation === 'getGoals'));
      assert.equal(suite.received('getGoals').length, 1);
    });

    it('reports truncated JSON as invalidResponse', async () => {
      suite.emulator.injectFault({ route: 'getGoal', truncated: true });
      const list = await suite.client().getGoals(suite.emulator.teamId, true);
      const someGoal = allGoals(list)[0];
      assert.ok(someGoal);
      await assert.rejects(suite.client().getGoal(someGoal.id), failsWith('invalidResponse'));
    });
  });

  describe('refusing and cancelling', () => {
    it('refuses an insecure base URL without sending any request', async () => {
      // 0.0.0.0 reaches this machine on Linux, so a request would show up in the emulator's log.
      const insecure = suite.emulator.url.replace('127.0.0.1', '0.0.0.0');
      await assert.rejects(suite.client({ baseUrl: insecure }).getAuthorizedUser(), failsWith('insecureBaseUrl'));
      assert.equal(suite.emulator.requests.length, 0);
    });

    it('cancels a read in flight when the caller aborts', async () => {
      suite.emulator.injectFault({ route: 'getGoals', latencyMs: 2000, times: 1 });
      const controller = new AbortController();
      const started = Date.now();
      const pending = suite.client({ timeoutMs: 5000 }).getGoals(suite.emulator.teamId, false, { signal: controller.signal });
      await until(() => suite.received('getGoals').length === 1);
      controller.abort();
      await assert.rejects(pending, failsWith('cancelled', (e) => e.operation === 'getGoals'));
      assert.ok(Date.now() - started < 1000);
    });

    it('shares identical reads in flight: one request reaches ClickUp', async () => {
      suite.emulator.injectFault({ route: 'getGoals', latencyMs: 50, times: 1 });
      const api = suite.client();
      const [a, b] = await Promise.all([api.getGoals(suite.emulator.teamId, true), api.getGoals(suite.emulator.teamId, true)]);
      assert.deepEqual(a, b);
      assert.equal(suite.received('getGoals').length, 1);
    });
  });
});
