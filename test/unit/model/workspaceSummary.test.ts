import * as assert from 'node:assert/strict';
import { summarize } from '../../../src/core/model/workspaceSummary';
import { aGoal, aGoalFolder, FIXED_NOW } from '../builders/domain';

const DAY = 24 * 60 * 60 * 1000;

describe('workspace summary', () => {
  it('counts goals at the top level and in folders', () => {
    const summary = summarize({ goals: [aGoal()], folders: [aGoalFolder({ goals: [aGoal(), aGoal()] })] }, FIXED_NOW);
    assert.equal(summary.goalCount, 3);
  });

  it('counts done goals as completed, never as overdue', () => {
    const done = aGoal({ percentCompleted: 100, dueDate: FIXED_NOW - DAY });
    const summary = summarize({ goals: [done], folders: [] }, FIXED_NOW);
    assert.deepEqual([summary.completedCount, summary.overdueCount], [1, 0]);
  });

  it('counts unfinished goals past their due date as overdue', () => {
    const late = aGoal({ percentCompleted: 40, dueDate: FIXED_NOW - DAY });
    const onTime = aGoal({ percentCompleted: 40, dueDate: FIXED_NOW + DAY });
    const noDate = aGoal({ percentCompleted: 40, dueDate: null });
    assert.equal(summarize({ goals: [late, onTime, noDate], folders: [] }, FIXED_NOW).overdueCount, 1);
  });

  it('averages progress as a fraction', () => {
    const summary = summarize({ goals: [aGoal({ percentCompleted: 50 }), aGoal({ percentCompleted: 100 })], folders: [] }, FIXED_NOW);
    assert.equal(summary.progress, 0.75);
  });

  it('reports zero progress for an empty Workspace', () => {
    assert.deepEqual(summarize({ goals: [], folders: [] }, FIXED_NOW), { goalCount: 0, completedCount: 0, overdueCount: 0, progress: 0 });
  });
});
