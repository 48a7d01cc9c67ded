import * as assert from 'node:assert/strict';
import { buildChartSeries, expectedPercent, keyResultPoints, MIN_POINTS } from '../../../src/core/goalPage/chartSeries';
import { chartGeometry, CHART_BOX } from '../../../src/core/goalPage/chartGeometry';
import { HOUR_MS } from '../../../src/core/history/progressHistory';
import { aGoal, aKeyResult, aProgressAction, FIXED_NOW, localNoon } from '../builders/domain';

const DAY = 24 * HOUR_MS;
const START = FIXED_NOW - 10 * DAY;
const DUE = FIXED_NOW + 10 * DAY;

describe('goal page: where progress should be today', () => {
  it('is the share of the time from start to due that has gone', () => {
    assert.equal(expectedPercent(aGoal({ startDate: START, dueDate: DUE }), FIXED_NOW), 50);
    assert.equal(expectedPercent(aGoal({ startDate: START, dueDate: DUE }), START + 2 * DAY), 10);
  });

  it('counts from the creation date when there is no start date, and stays within 0..100', () => {
    const goal = aGoal({ startDate: null, dateCreated: START, dueDate: DUE });
    assert.equal(expectedPercent(goal, FIXED_NOW), 50);
    assert.equal(expectedPercent(goal, DUE + 5 * DAY), 100);
    assert.equal(expectedPercent(goal, START - 5 * DAY), 0);
  });

  it('is unknown without a usable due date, or with a due date before the start', () => {
    assert.equal(expectedPercent(aGoal({ startDate: START, dueDate: null }), FIXED_NOW), null);
    assert.equal(expectedPercent(aGoal({ startDate: DUE, dueDate: START }), FIXED_NOW), null);
  });
});

describe('goal page: the progress series', () => {
  it('has only "now" and says it is short when nothing else is known', () => {
    const goal = aGoal({ startDate: START, dueDate: DUE, percentCompleted: 30 });
    const series = buildChartSeries({ goal, keyResults: undefined, recorded: [], nowMs: FIXED_NOW });
    assert.deepEqual(series.points, [{ at: FIXED_NOW, percent: 30, source: 'now' }]);
    assert.equal(series.short, true);
    assert.deepEqual(series.expected, { start: START, due: DUE });
    assert.equal(series.from, START);
    assert.equal(series.to, DUE);
  });

  it('adds recorded points in time order and is not short from MIN_POINTS on', () => {
    const goal = aGoal({ startDate: START, dueDate: DUE, percentCompleted: 40 });
    const recorded = [
      { at: START + 2 * DAY, percent: 10 },
      { at: START + DAY, percent: 5 },
    ];
    const series = buildChartSeries({ goal, keyResults: undefined, recorded, nowMs: FIXED_NOW });
    assert.deepEqual(series.points.map((point) => [point.at, point.percent, point.source]), [
      [START + DAY, 5, 'recorded'],
      [START + 2 * DAY, 10, 'recorded'],
      [FIXED_NOW, 40, 'now'],
    ]);
    assert.equal(series.points.length, MIN_POINTS);
    assert.equal(series.short, false);
  });

  it('invents nothing: no point between the known ones, none after now, none from non-finite values', () => {
    const goal = aGoal({ startDate: START, dueDate: DUE });
    const recorded = [
      { at: START + DAY, percent: 5 },
      { at: FIXED_NOW + DAY, percent: 90 },
      { at: Number.NaN, percent: 5 },
      { at: START + 3 * DAY, percent: Number.POSITIVE_INFINITY },
    ];
    const series = buildChartSeries({ goal, keyResults: undefined, recorded, nowMs: FIXED_NOW });
    assert.deepEqual(series.points.map((point) => point.source), ['recorded', 'now']);
    assert.equal(series.short, true);
  });

  it('takes the goal\'s progress right after each key result\'s last action', () => {
    const early = aKeyResult({ stepsEnd: 10, stepsCurrent: 6, lastAction: aProgressAction({ dateModified: START + DAY, stepsBefore: 2 }) });
    const late = aKeyResult({ stepsEnd: 10, stepsCurrent: 8, lastAction: aProgressAction({ dateModified: START + 5 * DAY, stepsBefore: 4 }) });
    const goal = aGoal({ startDate: START, dueDate: DUE });
    // Only the latest action is exact: early at 6, late at 8 (before it, late's value is unknown).
    assert.deepEqual(keyResultPoints(goal, [early, late]), [{ at: START + 5 * DAY, percent: 70, source: 'keyResult' }]);
    const series = buildChartSeries({ goal, keyResults: [early, late], recorded: [{ at: START, percent: 10 }], nowMs: FIXED_NOW });
    assert.deepEqual(series.points.map((point) => point.percent), [10, 70, 70]);
    assert.equal(series.short, false);
  });

  it('follows a decreasing target the right way round', () => {
    // Latency from 480 down to 200 ms: 310 now, 400 before the last update.
    const latency = aKeyResult({ stepsStart: 480, stepsEnd: 200, stepsCurrent: 310, lastAction: aProgressAction({ dateModified: START + 3 * DAY, stepsBefore: 400 }) });
    const other = aKeyResult({ stepsEnd: 10, stepsCurrent: 5, lastAction: aProgressAction({ dateModified: START + DAY, stepsBefore: 0 }) });
    const goal = aGoal({ startDate: START, dueDate: DUE });
    // Latency 60.7% of the way after its update (the latest); the other key result at 50%.
    assert.deepEqual(
      keyResultPoints(goal, [latency, other]).map((point) => [point.at, point.percent]),
      [[START + 3 * DAY, 55.4]],
    );
  });

  it('is short while the known points lie within an hour of each other', () => {
    const goal = aGoal({ startDate: START, dueDate: DUE });
    const recorded = [
      { at: FIXED_NOW - 50 * 60_000, percent: 10 },
      { at: FIXED_NOW - 20 * 60_000, percent: 20 },
    ];
    const series = buildChartSeries({ goal, keyResults: undefined, recorded, nowMs: FIXED_NOW });
    assert.equal(series.points.length, 3);
    assert.equal(series.short, true);
    const spread = buildChartSeries({ goal, keyResults: undefined, recorded: [{ at: FIXED_NOW - 3 * HOUR_MS, percent: 5 }, ...recorded], nowMs: FIXED_NOW });
    assert.equal(spread.short, true, 'two hours apart: still two points that show a trend');
    const enough = buildChartSeries({ goal, keyResults: undefined, recorded: [{ at: FIXED_NOW - 3 * HOUR_MS, percent: 5 }, { at: FIXED_NOW - 2 * HOUR_MS, percent: 8 }], nowMs: FIXED_NOW });
    assert.equal(enough.short, false);
  });

  it('ignores key results without a dated last action', () => {
    const goal = aGoal({ startDate: START, dueDate: DUE });
    const krs = [aKeyResult({ lastAction: null }), aKeyResult({ lastAction: aProgressAction({ dateModified: null }) })];
    assert.deepEqual(keyResultPoints(goal, krs), []);
  });

  it('spans the first known point when it comes before the start, and now when there is no due date', () => {
    const goal = aGoal({ startDate: START, dueDate: null, dateCreated: localNoon(2026, 1, 1) });
    const series = buildChartSeries({ goal, keyResults: undefined, recorded: [{ at: START - DAY, percent: 1 }], nowMs: FIXED_NOW });
    assert.equal(series.from, START - DAY);
    assert.equal(series.to, FIXED_NOW);
    assert.equal(series.expected, null);
  });
});

describe('goal page: the chart drawing', () => {
  const goal = aGoal({ startDate: START, dueDate: DUE, percentCompleted: 40 });

  it('draws no line through a single point, and the expected line from 0% at start to 100% at due', () => {
    const geometry = chartGeometry(buildChartSeries({ goal, keyResults: undefined, recorded: [], nowMs: FIXED_NOW }), FIXED_NOW);
    assert.equal(geometry.line, '');
    assert.equal(geometry.dots.length, 1);
    const bottom = CHART_BOX.height - CHART_BOX.padBottom;
    assert.deepEqual(geometry.expected, { x1: CHART_BOX.padLeft, y1: bottom, x2: CHART_BOX.width - CHART_BOX.padRight, y2: CHART_BOX.padTop });
    assert.equal(geometry.today, CHART_BOX.padLeft + (CHART_BOX.width - CHART_BOX.padLeft - CHART_BOX.padRight) / 2);
  });

  it('draws the line through the known points only, in order', () => {
    const series = buildChartSeries({ goal, keyResults: undefined, recorded: [{ at: START, percent: 0 }, { at: START + 5 * DAY, percent: 100 }], nowMs: FIXED_NOW });
    const geometry = chartGeometry(series, FIXED_NOW);
    assert.equal(geometry.line.split(' L').length, 3);
    assert.match(geometry.line, /^M40 192 L/);
    assert.deepEqual(geometry.grid.map((line) => line.percent), [0, 50, 100]);
  });
});
