/**
 * Matrix: hostile text in every place the service's text reaches the views, and
 * odd shapes of the service's JSON, through parse (the real client over a fake
 * fetch) -> goal store -> the formatters the views use. Everything renders as
 * plain text and nothing throws; editor_token never reaches the store's state.
 */
import { strict as assert } from 'node:assert';
import { isClickUpError } from '../../../src/core/clickup/errors';
import { countCases } from './support/caseCount';
import { assertNoSecrets, assertOneSentence } from './support/checks';
import { HOSTILE_TEXTS, PLACES } from './support/hostileFixture';
import { load, scenario, type GoalSpec, type Scenario } from './support/hostileWorld';
import { renderAndCheck } from './support/rendering';
import { tick, watchUnhandledRejections } from './support/unhandled';
import { wireFolder, wireGoal, wireKeyResult } from './support/wire';

const withKeyResults = (goal: Record<string, unknown>, keyResults: unknown = [wireKeyResult()]): GoalSpec => ({ goal, keyResults });

/** Odd shapes: 'renders' keeps what can be read; 'refused' fails the list as invalidResponse, cleanly. */
const ODD_SHAPES: { name: string; build: () => Scenario; expect: 'renders' | 'refused' }[] = [
  { name: 'names of the wrong type', expect: 'renders', build: () => scenario([123, null, { html: '<b>' }, ['x']].map((name) => withKeyResults(wireGoal({ name })))) },
  { name: 'a numeric goal id', expect: 'renders', build: () => scenario([{ goal: wireGoal({ id: 42 }) }]) },
  { name: 'a goal without an id', expect: 'renders', build: () => scenario([{ goal: wireGoal({ id: undefined }) }, withKeyResults(wireGoal())]) },
  { name: 'junk entries in the goals array', expect: 'renders', build: () => ({ ...scenario([withKeyResults(wireGoal())]), list: { goals: [null, 'x', [1], 7, wireGoal()], folders: [] } }) },
  { name: 'odd percentages', expect: 'renders', build: () => scenario(['abc', 150, -5, null, '1e400'].map((percent_completed) => ({ goal: wireGoal({ percent_completed }) }))) },
  { name: 'odd due dates', expect: 'renders', build: () => scenario(['0', 'abc', null, -1, '99999999999999999999', 1e300].map((due_date) => ({ goal: wireGoal({ due_date }) }))) },
  { name: 'odd key-result counts', expect: 'renders', build: () => scenario(['3', null, 'many', -2].map((key_result_count) => withKeyResults(wireGoal({ key_result_count })))) },
  { name: 'owners that are not users', expect: 'renders', build: () => scenario([{ goal: wireGoal({ owners: 'x' }) }, { goal: wireGoal({ owners: [null, 5, { id: 'x' }, { username: 7 }] }) }]) },
  { name: 'nulls everywhere in a goal', expect: 'renders', build: () => scenario([withKeyResults(Object.fromEntries(Object.keys(wireGoal()).map((key) => [key, key === 'id' ? 'goal-nulls' : null])))]) },
  { name: 'flags as strings', expect: 'renders', build: () => scenario([{ goal: wireGoal({ archived: 'true', private: 'yes', multiple_owners: 1 }) }]) },
  { name: 'folders missing', expect: 'renders', build: () => ({ ...scenario([]), list: { goals: [wireGoal()] } }) },
  { name: 'folders null', expect: 'renders', build: () => ({ ...scenario([]), list: { goals: [wireGoal()], folders: null } }) },
  { name: 'junk folder entries', expect: 'renders', build: () => ({ ...scenario([]), list: { goals: [], folders: [null, 'x', { id: 'f1', goals: 'x' }, { goals: [wireGoal()] }, wireFolder({ goals: null })] } }) },
  { name: 'folders not an array', expect: 'refused', build: () => ({ ...scenario([]), list: { goals: [wireGoal()], folders: 'folders' } }) },
  { name: 'goals not an array', expect: 'refused', build: () => ({ ...scenario([]), list: { goals: { 0: wireGoal() }, folders: [] } }) },
  { name: 'a body that is an array', expect: 'refused', build: () => ({ ...scenario([]), list: [wireGoal()] }) },
  { name: 'a body that is null', expect: 'refused', build: () => ({ ...scenario([]), list: null }) },
  { name: 'an unknown key-result type', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [wireKeyResult({ type: 'okr-magic' }), wireKeyResult({ type: null })])]) },
  { name: 'key-result numbers as text and junk', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [wireKeyResult({ steps_start: 'abc', steps_end: null, steps_current: '5' }), wireKeyResult({ steps_start: '1e999', steps_end: '', steps_current: {} })])]) },
  { name: 'start equal to target', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), ['number', 'currency', 'percentage', 'automatic', 'boolean'].map((type) => wireKeyResult({ type, steps_start: 5, steps_end: 5, steps_current: 5 })))]) },
  { name: 'huge numbers', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [wireKeyResult({ steps_end: 1e308, steps_current: -1e308 }), wireKeyResult({ type: 'currency', unit: 'EUR', steps_end: 1e21 })])]) },
  { name: 'odd last actions', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [null, 'x', { note: 5, date_modified: 'x' }, []].map((last_action) => wireKeyResult({ last_action })))]) },
  { name: 'junk in key_results', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [null, 'x', 3, wireKeyResult()]), withKeyResults(wireGoal(), null), withKeyResults(wireGoal(), 'x')]) },
  { name: 'task ids that are not a list', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [wireKeyResult({ type: 'automatic', task_ids: 'x', subcategory_ids: {} })])]) },
  { name: 'the same goal twice', expect: 'renders', build: () => { const twin = wireGoal({ id: 'goal-twin' }); return scenario([withKeyResults(twin), withKeyResults({ ...twin })], [{ folder: wireFolder(), goals: [withKeyResults({ ...twin })] }]); } },
];

function allGoalIds(loaded: Awaited<ReturnType<typeof load>>): string[] {
  const { state } = loaded.store;
  return [...state.goals, ...state.folders.flatMap((folder) => folder.goals)].map((goal) => goal.id);
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
    it('loads, sorts, summarises and renders within a few seconds', async function () {
      this.timeout(20_000);
      tried();
      const started = Date.now();
      const folders = Array.from({ length: 50 }, () => ({ folder: wireFolder(), goals: Array.from({ length: 100 }, () => ({ goal: wireGoal() })) }));
      const loaded = await load(scenario(Array.from({ length: 5000 }, () => ({ goal: wireGoal() })), folders));
      assert.equal(allGoalIds(loaded).length, 10_000);
      assert.ok(renderAndCheck(loaded.store.state, Date.now()) > 10_000);
      assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
    });
  });
});
