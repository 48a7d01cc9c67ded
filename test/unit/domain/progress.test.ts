import * as assert from 'node:assert/strict';
import { goalProgress, isKeyResultDone, keyResultProgress, workspaceProgress } from '../../../src/core/domain/progress';
import { aGoal, aKeyResult } from '../builders/domain';

describe('keyResultProgress', () => {
  it('is the share of the way from start to target for a number', () => {
    assert.equal(keyResultProgress(aKeyResult({ stepsStart: 0, stepsEnd: 50, stepsCurrent: 30 })), 0.6);
  });

  it('counts from a non-zero start', () => {
    assert.equal(keyResultProgress(aKeyResult({ stepsStart: 10, stepsEnd: 20, stepsCurrent: 15 })), 0.5);
  });

  it('ignores a null percent_completed from the service', () => {
    const kr = aKeyResult({ stepsEnd: 4, stepsCurrent: 1, reportedPercent: null });
    assert.equal(keyResultProgress(kr), 0.25);
  });

  it('handles a decreasing target (churn from 8% down to 3%)', () => {
    const kr = aKeyResult({ type: 'percentage', stepsStart: 8, stepsEnd: 3, stepsCurrent: 5 });
    assert.equal(keyResultProgress(kr), 0.6);
  });

  it('clamps above the target to 1', () => {
    assert.equal(keyResultProgress(aKeyResult({ stepsEnd: 10, stepsCurrent: 15 })), 1);
  });

  it('clamps below the start to 0', () => {
    assert.equal(keyResultProgress(aKeyResult({ stepsStart: 5, stepsEnd: 10, stepsCurrent: 2 })), 0);
  });

  it('treats a decreasing target moved the wrong way as 0', () => {
    assert.equal(keyResultProgress(aKeyResult({ stepsStart: 8, stepsEnd: 3, stepsCurrent: 9 })), 0);
  });

  it('reaches exactly 1 despite float noise', () => {
    const kr = aKeyResult({ stepsStart: 0.1, stepsEnd: 0.3, stepsCurrent: 0.3 });
    assert.equal(keyResultProgress(kr), 1);
  });

  it('never returns NaN when steps are NaN', () => {
    const kr = aKeyResult({ stepsStart: Number.NaN, stepsEnd: Number.NaN, stepsCurrent: Number.NaN });
    assert.equal(keyResultProgress(kr), 0);
  });

  it('falls back to the reported percent when start equals target', () => {
    assert.equal(keyResultProgress(aKeyResult({ stepsStart: 5, stepsEnd: 5, stepsCurrent: 5, reportedPercent: 40 })), 0.4);
  });

  it('is 0 when start equals target and nothing was reported', () => {
    assert.equal(keyResultProgress(aKeyResult({ stepsStart: 5, stepsEnd: 5, stepsCurrent: 5 })), 0);
  });

  it('treats Infinity as no data', () => {
    assert.equal(keyResultProgress(aKeyResult({ stepsEnd: Number.POSITIVE_INFINITY, stepsCurrent: 3 })), 0);
  });

  it('is 1 for a boolean with current 1 even when the target is 1', () => {
    assert.equal(keyResultProgress(aKeyResult({ type: 'boolean', stepsStart: 0, stepsEnd: 1, stepsCurrent: 1 })), 1);
  });

  it('is 0 for a boolean with current 0', () => {
    assert.equal(keyResultProgress(aKeyResult({ type: 'boolean', stepsEnd: 1, stepsCurrent: 0 })), 0);
  });

  it('is done tasks over all tasks for an automatic key result', () => {
    assert.equal(keyResultProgress(aKeyResult({ type: 'automatic', stepsEnd: 20, stepsCurrent: 12 })), 0.6);
  });

  it('is 0 for an automatic key result with no tasks', () => {
    assert.equal(keyResultProgress(aKeyResult({ type: 'automatic', stepsEnd: 0, stepsCurrent: 0 })), 0);
  });

  it('uses the reported percent for an unknown type', () => {
    const kr = aKeyResult({ type: 'unknown', rawType: 'okr2', reportedPercent: 70, stepsEnd: 10, stepsCurrent: 1 });
    assert.equal(keyResultProgress(kr), 0.7);
  });

  it('uses the steps for an unknown type without a reported percent', () => {
    assert.equal(keyResultProgress(aKeyResult({ type: 'unknown', stepsEnd: 10, stepsCurrent: 2 })), 0.2);
  });

  it('never returns NaN for an unknown type with a NaN reported percent', () => {
    const kr = aKeyResult({ type: 'unknown', reportedPercent: Number.NaN, stepsEnd: Number.NaN });
    assert.equal(keyResultProgress(kr), 0);
  });
});

describe('isKeyResultDone', () => {
  it('is true once the target is reached', () => {
    assert.equal(isKeyResultDone(aKeyResult({ stepsEnd: 10, stepsCurrent: 10 })), true);
  });

  it('ignores a stale completed flag when the steps say otherwise', () => {
    assert.equal(isKeyResultDone(aKeyResult({ stepsEnd: 10, stepsCurrent: 4, completed: true })), false);
  });

  it('trusts the completed flag for an unknown type', () => {
    assert.equal(isKeyResultDone(aKeyResult({ type: 'unknown', completed: true })), true);
  });
});

describe('goalProgress', () => {
  it('is the mean of loaded key results', () => {
    const goal = aGoal({
      percentCompleted: 90,
      keyResults: [aKeyResult({ stepsCurrent: 100 }), aKeyResult({ stepsCurrent: 0 })],
    });
    assert.equal(goalProgress(goal), 0.5);
  });

  it('uses percent completed when key results are not loaded', () => {
    assert.equal(goalProgress(aGoal({ percentCompleted: 62, keyResults: null })), 0.62);
  });

  it('uses percent completed when the goal has no key results', () => {
    assert.equal(goalProgress(aGoal({ percentCompleted: 30, keyResults: [] })), 0.3);
  });

  it('clamps a percent completed above 100', () => {
    assert.equal(goalProgress(aGoal({ percentCompleted: 140 })), 1);
  });

  it('treats a NaN percent completed as 0', () => {
    assert.equal(goalProgress(aGoal({ percentCompleted: Number.NaN })), 0);
  });
});

describe('workspaceProgress', () => {
  it('is the mean of goal progress', () => {
    assert.equal(workspaceProgress([aGoal({ percentCompleted: 20 }), aGoal({ percentCompleted: 60 })]), 0.4);
  });

  it('is 0 for no goals', () => {
    assert.equal(workspaceProgress([]), 0);
  });
});
