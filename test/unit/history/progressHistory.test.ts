import * as assert from 'node:assert/strict';
import { DEFAULT_HISTORY_LIMITS, HOUR_MS, PROGRESS_HISTORY_VERSION, ProgressHistory } from '../../../src/core/history/progressHistory';
import type { ProgressHistoryLimits } from '../../../src/core/history/progressHistory';
import { FIXED_NOW } from '../builders/domain';

const T0 = FIXED_NOW;
const MINUTE = 60 * 1000;

function limits(overrides: Partial<ProgressHistoryLimits> = {}): ProgressHistoryLimits {
  return { ...DEFAULT_HISTORY_LIMITS, ...overrides };
}

describe('progress history: recording', () => {
  it('records the first value seen for a goal', () => {
    const history = new ProgressHistory();
    assert.equal(history.record('g1', 40, T0), true);
    assert.deepEqual(history.pointsOf('g1'), [{ at: T0, percent: 40 }]);
    assert.deepEqual(history.pointsOf('other'), []);
  });

  it('skips a value equal to the last point, whenever it comes', () => {
    const history = new ProgressHistory();
    history.record('g1', 40, T0);
    assert.equal(history.record('g1', 40, T0 + 5 * HOUR_MS), false);
    assert.deepEqual(history.pointsOf('g1'), [{ at: T0, percent: 40 }]);
  });

  it('adds a point for a change an hour or more after the last one', () => {
    const history = new ProgressHistory();
    history.record('g1', 40, T0);
    history.record('g1', 55, T0 + HOUR_MS);
    history.record('g1', 70, T0 + 30 * HOUR_MS);
    assert.deepEqual(history.pointsOf('g1'), [
      { at: T0, percent: 40 },
      { at: T0 + HOUR_MS, percent: 55 },
      { at: T0 + 30 * HOUR_MS, percent: 70 },
    ]);
  });

  it('replaces the last point\'s value (keeping its time) for a change within the hour', () => {
    const history = new ProgressHistory();
    history.record('g1', 40, T0);
    history.record('g1', 50, T0 + 2 * HOUR_MS);
    assert.equal(history.record('g1', 60, T0 + 2 * HOUR_MS + 10 * MINUTE), true);
    history.record('g1', 65, T0 + 2 * HOUR_MS + 59 * MINUTE);
    assert.deepEqual(history.pointsOf('g1'), [
      { at: T0, percent: 40 },
      { at: T0 + 2 * HOUR_MS, percent: 65 },
    ]);
  });

  it('keeps recording hourly while values change every few minutes', () => {
    const history = new ProgressHistory();
    for (let minute = 0; minute <= 180; minute += 10) {
      history.record('g1', minute / 2, T0 + minute * MINUTE);
    }
    assert.deepEqual(
      history.pointsOf('g1').map((point) => (point.at - T0) / MINUTE),
      [0, 60, 120, 180],
    );
    assert.deepEqual(history.pointsOf('g1').map((point) => point.percent), [25, 55, 85, 90]);
  });

  it('drops the last point when a change is undone within the hour', () => {
    const history = new ProgressHistory();
    history.record('g1', 40, T0);
    history.record('g1', 50, T0 + 2 * HOUR_MS);
    assert.equal(history.record('g1', 40, T0 + 2 * HOUR_MS + 5 * MINUTE), true);
    assert.deepEqual(history.pointsOf('g1'), [{ at: T0, percent: 40 }]);
  });

  it('replaces the only point when it changes within the hour', () => {
    const history = new ProgressHistory();
    history.record('g1', 40, T0);
    history.record('g1', 45, T0 + 5 * MINUTE);
    assert.deepEqual(history.pointsOf('g1'), [{ at: T0, percent: 45 }]);
  });

  it('treats a value from before the last point (the clock went back) as within the hour', () => {
    const history = new ProgressHistory();
    history.record('g1', 40, T0);
    history.record('g1', 50, T0 - 3 * HOUR_MS);
    assert.deepEqual(history.pointsOf('g1'), [{ at: T0, percent: 50 }]);
  });

  it('clamps percents to 0..100 and ignores non-finite values, times and unusable ids', () => {
    const history = new ProgressHistory();
    history.record('g1', 150, T0);
    history.record('g1', -20, T0 + HOUR_MS);
    assert.equal(history.record('g1', Number.NaN, T0 + 2 * HOUR_MS), false);
    assert.equal(history.record('g1', 30, Number.POSITIVE_INFINITY), false);
    assert.equal(history.record('', 30, T0), false);
    assert.equal(history.record('x'.repeat(101), 30, T0), false);
    assert.deepEqual(history.pointsOf('g1'), [
      { at: T0, percent: 100 },
      { at: T0 + HOUR_MS, percent: 0 },
    ]);
    assert.deepEqual(history.goalIds(), ['g1']);
  });

  it('keeps goals apart', () => {
    const history = new ProgressHistory();
    history.record('g1', 10, T0);
    history.record('g2', 20, T0 + 5 * MINUTE);
    assert.deepEqual(history.pointsOf('g1'), [{ at: T0, percent: 10 }]);
    assert.deepEqual(history.pointsOf('g2'), [{ at: T0 + 5 * MINUTE, percent: 20 }]);
  });

  it('hands out copies: changing the returned list changes nothing', () => {
    const history = new ProgressHistory();
    history.record('g1', 10, T0);
    const points = history.pointsOf('g1') as Array<{ at: number; percent: number }>;
    points.push({ at: 1, percent: 1 });
    assert.equal(history.pointsOf('g1').length, 1);
  });

  it('forgets a goal', () => {
    const history = new ProgressHistory();
    history.record('g1', 10, T0);
    assert.equal(history.forget('g1'), true);
    assert.equal(history.forget('g1'), false);
    assert.deepEqual(history.pointsOf('g1'), []);
    assert.equal(history.isEmpty, true);
  });
});

describe('progress history: caps', () => {
  it('keeps only the newest points of a goal', () => {
    const history = new ProgressHistory(limits({ maxPointsPerGoal: 3 }));
    for (let hour = 0; hour < 5; hour += 1) {
      history.record('g1', hour * 10, T0 + hour * HOUR_MS);
    }
    assert.deepEqual(history.pointsOf('g1').map((point) => point.percent), [20, 30, 40]);
  });

  it('drops the goals recorded least recently past the number of goals', () => {
    const history = new ProgressHistory(limits({ maxGoals: 2 }));
    history.record('g1', 10, T0);
    history.record('g2', 10, T0 + 1);
    history.record('g1', 20, T0 + HOUR_MS);
    history.record('g3', 10, T0 + HOUR_MS + 1);
    assert.deepEqual([...history.goalIds()].sort(), ['g1', 'g3']);
    assert.deepEqual(history.pointsOf('g2'), []);
  });

  it('stays within its caps under many goals and many changes', () => {
    const capped = limits({ maxPointsPerGoal: 10, maxGoals: 20 });
    const history = new ProgressHistory(capped);
    for (let step = 0; step < 2000; step += 1) {
      history.record(`g${step % 50}`, step % 101, T0 + step * 20 * MINUTE);
    }
    assert.equal(history.goalIds().length, 20);
    for (const goalId of history.goalIds()) {
      assert.ok(history.pointsOf(goalId).length <= 10);
    }
    const restored = ProgressHistory.fromJSON(JSON.parse(JSON.stringify(history.toJSON())), capped);
    assert.equal(restored.goalIds().length, 20);
  });
});

describe('progress history: stored form', () => {
  it('round-trips through JSON', () => {
    const history = new ProgressHistory();
    history.record('g1', 10, T0);
    history.record('g1', 35.5, T0 + HOUR_MS);
    history.record('g2', 80, T0);
    const stored = JSON.parse(JSON.stringify(history.toJSON())) as unknown;
    assert.deepEqual(stored, { version: PROGRESS_HISTORY_VERSION, goals: { g1: [[T0, 10], [T0 + HOUR_MS, 35.5]], g2: [[T0, 80]] } });
    const restored = ProgressHistory.fromJSON(stored);
    assert.deepEqual(restored.pointsOf('g1'), history.pointsOf('g1'));
    assert.deepEqual(restored.pointsOf('g2'), history.pointsOf('g2'));
  });

  it('goes on recording after a round trip with the same hourly rule', () => {
    const history = new ProgressHistory();
    history.record('g1', 10, T0);
    const restored = ProgressHistory.fromJSON(history.toJSON());
    restored.record('g1', 20, T0 + 10 * MINUTE);
    assert.deepEqual(restored.pointsOf('g1'), [{ at: T0, percent: 20 }]);
  });

  for (const [what, value] of [
    ['undefined', undefined],
    ['null', null],
    ['a string', '{"version":1}'],
    ['a number', 42],
    ['an array', [[T0, 10]]],
    ['another version', { version: 99, goals: { g1: [[T0, 10]] } }],
    ['goals that are not an object', { version: 1, goals: 'g1' }],
    ['goals null', { version: 1, goals: null }],
  ] as const) {
    it(`starts empty from ${what}`, () => {
      assert.equal(ProgressHistory.fromJSON(value).isEmpty, true);
    });
  }

  it('keeps the readable points of a damaged history and drops the rest', () => {
    const damaged = {
      version: 1,
      goals: {
        good: [[T0 + HOUR_MS, 20], [T0, 10], 'junk', [T0 + 2 * HOUR_MS], [T0 + 3 * HOUR_MS, '30'], [null, 5], [T0 + 4 * HOUR_MS, 250], [T0 + 5 * HOUR_MS, -1]],
        notAList: { at: T0, percent: 5 },
        empty: [],
        allBad: [['x', 'y']],
        ['x'.repeat(101)]: [[T0, 10]],
        duplicateTimes: [[T0, 10], [T0, 40]],
      },
    };
    const history = ProgressHistory.fromJSON(damaged);
    assert.deepEqual([...history.goalIds()].sort(), ['duplicateTimes', 'good']);
    assert.deepEqual(history.pointsOf('good'), [
      { at: T0, percent: 10 },
      { at: T0 + HOUR_MS, percent: 20 },
      { at: T0 + 4 * HOUR_MS, percent: 100 },
      { at: T0 + 5 * HOUR_MS, percent: 0 },
    ]);
    assert.deepEqual(history.pointsOf('duplicateTimes'), [{ at: T0, percent: 40 }]);
  });

  it('keeps a goal id such as "__proto__" as plain data', () => {
    const history = ProgressHistory.fromJSON(JSON.parse('{"version":1,"goals":{"__proto__":[[1,5]]}}'));
    assert.deepEqual(history.pointsOf('__proto__'), [{ at: 1, percent: 5 }]);
    const again = ProgressHistory.fromJSON(JSON.parse(JSON.stringify(history.toJSON())));
    assert.deepEqual(again.pointsOf('__proto__'), [{ at: 1, percent: 5 }]);
  });

  it('applies the caps to what it reads, keeping the goals seen most recently', () => {
    const stored = {
      version: 1,
      goals: {
        old: [[T0, 10]],
        newest: [[T0, 10], [T0 + 2 * HOUR_MS, 20], [T0 + 3 * HOUR_MS, 30]],
        middle: [[T0 + HOUR_MS, 10]],
      },
    };
    const history = ProgressHistory.fromJSON(stored, limits({ maxGoals: 2, maxPointsPerGoal: 2 }));
    assert.deepEqual([...history.goalIds()].sort(), ['middle', 'newest']);
    assert.deepEqual(history.pointsOf('newest').map((point) => point.percent), [20, 30]);
  });
});
