// A goal's change for the report: since the previous report when it showed the goal, else from the
// recorded history over the last 7 days; nothing from history younger than a day or without either.
import * as assert from 'assert';
import { progressChange } from '../../../src/core/reports/progressChange';
import { NOW } from './reportFixture';

const DAY = 24 * 60 * 60 * 1000;

describe('Report: progress change', () => {
  it('prefers the previous report when it showed the goal', () => {
    const previous = { at: NOW - 3 * DAY, percents: { g: 40 } };
    assert.deepStrictEqual(progressChange('g', 52.4, NOW, previous, [{ at: NOW - 9 * DAY, percent: 10 }]), { points: 12, since: NOW - 3 * DAY, basis: 'previousReport' });
  });

  it('falls back to the history when the previous report did not show the goal', () => {
    const previous = { at: NOW - 3 * DAY, percents: { other: 40 } };
    const points = [{ at: NOW - 20 * DAY, percent: 5 }, { at: NOW - 8 * DAY, percent: 30 }, { at: NOW - 2 * DAY, percent: 45 }];
    assert.deepStrictEqual(progressChange('g', 50, NOW, previous, points), { points: 20, since: NOW - 8 * DAY, basis: 'history' });
  });

  it('uses the oldest point when the history is younger than 7 days, but not younger than a day', () => {
    assert.deepStrictEqual(progressChange('g', 50, NOW, undefined, [{ at: NOW - 2 * DAY, percent: 55 }]), { points: -5, since: NOW - 2 * DAY, basis: 'history' });
    assert.strictEqual(progressChange('g', 50, NOW, undefined, [{ at: NOW - 60_000, percent: 50 }]), null);
    assert.strictEqual(progressChange('g', 50, NOW, undefined, []), null);
  });

  it('ignores odd points and percents', () => {
    const points = [{ at: Number.NaN, percent: 10 }, { at: NOW - 9 * DAY, percent: Number.POSITIVE_INFINITY }, { at: NOW + 9 * DAY, percent: 10 }];
    assert.strictEqual(progressChange('g', 50, NOW, { at: NOW - DAY, percents: { g: Number.NaN } }, points), null);
  });
});
