/**
 * Matrix: hostile text in every place the service's text reaches the views, and
 * odd shapes of the service's JSON, through parse (the real client over a fake
 * fetch) -> goal store -> the formatters the views use. Everything renders as
 * plain text and nothing throws; editor_token never reaches the store's state.
 */
import { allGoals } from '../../../src/core/domain/goalQuery';
import { strict as assert } from 'node:assert';
import { isClickUpError } from '../../../src/core/clickup/errors';
import { countCases } from './support/caseCount';
import { assertNoSecrets, assertOneSentence } from './support/checks';
import { HOSTILE_TEXTS, ODD_SHAPES, PLACES } from './support/hostileFixture';
import { load, scenario } from './support/hostileWorld';
import { renderAndCheck } from './support/rendering';
import { tick, watchUnhandledRejections } from './support/unhandled';
import { wireFolder, wireGoal } from './support/wire';

function allGoalIds(loaded: Awaited<ReturnType<typeof load>>): string[] {
  const { state } = loaded.store;
  return allGoals(state).map((goal) => goal.id);
}

describe('hardening: hostile and odd data (parse -> store -> formatters)', () => {
  const unhandled = watchUnhandledRejections();

  afterEach(async () => {
    await tick();
    assert.deepEqual(unhandled.take().map(String), [], 'no unhandled rejection');
  });

  describe('hostile text × places', () => {
    const tried = countCases('hostile text × places');
    for (const [place, build] of Object.entries(PLACES)) {
      for (const [kind, text] of Object.entries(HOSTILE_TEXTS)) {
        it(`${place} with ${kind} renders as plain text`, async () => {
          tried();
          const loaded = await load(build(text));
          assert.equal(loaded.store.state.error, null);
          assert.deepEqual(loaded.failures, []);
          assert.ok(renderAndCheck(loaded.store.state, Date.now()) > 0);
          assertNoSecrets(JSON.stringify(loaded.store.state), ['SECRET-f00dfeed'], 'the store state');
        });
      }
    }
  });

  describe('odd shapes', () => {
    const tried = countCases('odd shapes');
    for (const shape of ODD_SHAPES) {
      it(`${shape.name}: ${shape.expect === 'renders' ? 'renders what it can' : 'is refused as unreadable, cleanly'}`, async () => {
        tried();
        const loaded = await load(shape.build());
        const { state } = loaded.store;
        if (shape.expect === 'renders') {
          assert.equal(state.error, null, state.error?.message);
        } else {
          assert.ok(isClickUpError(state.error) && state.error.reason === 'invalidResponse');
          assertOneSentence(state.error.message);
          assert.equal(state.status, 'error');
        }
        loaded.failures.forEach((failure) => assert.ok(isClickUpError(failure), `a clean failure, got ${String(failure)}`));
        renderAndCheck(state, Date.now());
        assertNoSecrets(JSON.stringify(state), ['SECRET-f00dfeed'], 'the store state');
      });
    }

    it('the same goal twice is shown once', async () => {
      const loaded = await load(ODD_SHAPES.find((shape) => shape.name === 'the same goal twice')!.build());
      const ids = allGoalIds(loaded);
      assert.equal(ids.filter((id) => id === 'goal-twin').length, 1, `ids: ${ids.join(', ')}`);
    });
  });

  describe('10,000 goals', () => {
    const tried = countCases('10,000 goals');
    // How fast is npm run bench's business; here only that it all renders.
    it('loads, sorts, summarises and renders every goal', async function () {
      this.timeout(60_000);
      tried();
      const folders = Array.from({ length: 50 }, () => ({ folder: wireFolder(), goals: Array.from({ length: 100 }, () => ({ goal: wireGoal() })) }));
      const loaded = await load(scenario(Array.from({ length: 5000 }, () => ({ goal: wireGoal() })), folders));
      assert.equal(allGoalIds(loaded).length, 10_000);
      assert.ok(renderAndCheck(loaded.store.state, Date.now()) > 10_000);
    });
  });
});
