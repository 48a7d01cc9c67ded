import * as assert from 'node:assert/strict';
import { anyGoalPasses, filterGoals, goalState, isGoalOverdue, sortGoals } from '../../../src/core/domain/goalQuery';
import { aGoal, aKeyResult, aUser, localEndOfDay, localNoon } from '../builders/domain';

const now = localNoon(2027, 3, 10);

function names(goals: Array<{ name: string }>): string[] {
  return goals.map((goal) => goal.name);
}

describe('sortGoals', () => {
  it('sorts by due date, soonest first, goals without one last', () => {
    const goals = [
      aGoal({ name: 'none', dueDate: null }),
      aGoal({ name: 'late', dueDate: localNoon(2027, 9, 1) }),
      aGoal({ name: 'soon', dueDate: localNoon(2027, 4, 1) }),
    ];
    assert.deepEqual(names(sortGoals(goals, 'dueDate')), ['soon', 'late', 'none']);
  });

  it('puts a lost (0) due date last', () => {
    const goals = [aGoal({ name: 'zero', dueDate: 0 }), aGoal({ name: 'set', dueDate: localNoon(2027, 4, 1) })];
    assert.deepEqual(names(sortGoals(goals, 'dueDate')), ['set', 'zero']);
  });

  it('sorts names ignoring case', () => {
    const goals = [aGoal({ name: 'beta' }), aGoal({ name: 'Alpha' }), aGoal({ name: 'alpha2' })];
    assert.deepEqual(names(sortGoals(goals, 'name')), ['Alpha', 'alpha2', 'beta']);
  });

  it('sorts numbers in names by value', () => {
    const goals = [aGoal({ name: 'Goal 10' }), aGoal({ name: 'Goal 2' })];
    assert.deepEqual(names(sortGoals(goals, 'name')), ['Goal 2', 'Goal 10']);
  });

  it('sorts by progress, least first', () => {
    const goals = [aGoal({ name: 'most', percentCompleted: 90 }), aGoal({ name: 'least', percentCompleted: 10 })];
    assert.deepEqual(names(sortGoals(goals, 'progress')), ['least', 'most']);
  });

  it('keeps the order of equal goals', () => {
    const goals = [aGoal({ name: 'first', dueDate: null }), aGoal({ name: 'second', dueDate: null })];
    assert.deepEqual(names(sortGoals(goals, 'dueDate')), ['first', 'second']);
  });

  it('returns a copy and leaves the input alone', () => {
    const goals = [aGoal({ name: 'b' }), aGoal({ name: 'a' })];
    sortGoals(goals, 'name');
    assert.deepEqual(names(goals), ['b', 'a']);
  });
});

describe('anyGoalPasses', () => {
  it('says whether filterGoals would keep any goal, for every filter', () => {
    const me = aUser({ id: 7 });
    const lists = [
      [],
      [aGoal({ archived: true })],
      [aGoal({ percentCompleted: 100 }), aGoal({ archived: true, owners: [me] })],
      [aGoal({ percentCompleted: 100, owners: [me] }), aGoal({ percentCompleted: 20 })],
      [aGoal({ percentCompleted: 20, owners: [me] })],
    ];
    const filters = [{ includeCompleted: false }, { includeCompleted: true }, { includeCompleted: false, onlyOwnerId: 7 }, { includeCompleted: true, onlyOwnerId: 7 }];
    for (const goals of lists) {
      for (const filter of filters) {
        assert.strictEqual(anyGoalPasses(goals, filter), filterGoals(goals, filter).length > 0, JSON.stringify(filter));
      }
    }
  });

  it('stops at the first goal that passes (looks at one goal of a list of 5,000 open goals)', () => {
    let looked = 0;
    const goals = Array.from({ length: 5000 }, () => aGoal({ percentCompleted: 10 }));
    const counted = goals.map((goal) => {
      const { archived } = goal;
      return Object.defineProperty({ ...goal }, 'archived', { get: (): boolean => ((looked += 1), archived) });
    });
    assert.strictEqual(anyGoalPasses(counted, { includeCompleted: false }), true);
    assert.strictEqual(looked, 1);
  });
});

describe('filterGoals', () => {
  it('always hides archived goals', () => {
    const goals = [aGoal({ name: 'archived', archived: true }), aGoal({ name: 'live' })];
    assert.deepEqual(names(filterGoals(goals, { includeCompleted: true })), ['live']);
  });

  it('hides completed goals unless asked', () => {
    const goals = [aGoal({ name: 'done', percentCompleted: 100 }), aGoal({ name: 'open', percentCompleted: 40 })];
    assert.deepEqual(names(filterGoals(goals, { includeCompleted: false })), ['open']);
  });

  it('counts a goal whose key results are all done as completed', () => {
    const goal = aGoal({ name: 'done', percentCompleted: 0, keyResults: [aKeyResult({ stepsEnd: 5, stepsCurrent: 5 })] });
    assert.deepEqual(filterGoals([goal], { includeCompleted: false }), []);
  });

  it('shows completed goals when asked', () => {
    const goals = [aGoal({ name: 'done', percentCompleted: 100 })];
    assert.deepEqual(names(filterGoals(goals, { includeCompleted: true })), ['done']);
  });

  it('keeps only goals the given user owns', () => {
    const me = aUser({ id: 7 });
    const goals = [aGoal({ name: 'mine', owners: [me] }), aGoal({ name: 'theirs', owners: [aUser({ id: 8 })] })];
    assert.deepEqual(names(filterGoals(goals, { includeCompleted: true, onlyOwnerId: 7 })), ['mine']);
  });

  it('keeps everyone\'s goals when the owner is null', () => {
    const goals = [aGoal({ name: 'a', owners: [] }), aGoal({ name: 'b', owners: [aUser({ id: 8 })] })];
    assert.deepEqual(names(filterGoals(goals, { includeCompleted: true, onlyOwnerId: null })), ['a', 'b']);
  });
});

describe('isGoalOverdue', () => {
  it('is true when the due day has passed', () => {
    assert.equal(isGoalOverdue(aGoal({ dueDate: localEndOfDay(2027, 3, 9) }), now), true);
  });

  it('is false on the due day itself', () => {
    assert.equal(isGoalOverdue(aGoal({ dueDate: new Date(2027, 2, 10, 0, 0).getTime() }), now), false);
  });

  it('is false for a completed goal', () => {
    assert.equal(isGoalOverdue(aGoal({ dueDate: localEndOfDay(2027, 3, 1), percentCompleted: 100 }), now), false);
  });

  it('is false without a due date', () => {
    assert.equal(isGoalOverdue(aGoal({ dueDate: null }), now), false);
  });
});

describe('goalState', () => {
  // Starts 1 Mar, due 31 Mar (local): on 10 Mar at noon about 31% of the time has gone.
  const window = { startDate: localNoon(2027, 3, 1), dueDate: localEndOfDay(2027, 3, 31) };

  it('is completed at 100%', () => {
    assert.equal(goalState(aGoal({ ...window, percentCompleted: 100 }), now), 'completed');
  });

  it('is overdue past the due day', () => {
    assert.equal(goalState(aGoal({ dueDate: localEndOfDay(2027, 3, 1), percentCompleted: 50 }), now), 'overdue');
  });

  it('is at risk when time used runs well ahead of progress', () => {
    const late = localNoon(2027, 3, 25);
    assert.equal(goalState(aGoal({ ...window, percentCompleted: 40 }), late), 'atRisk');
  });

  it('is on track when progress keeps pace with time', () => {
    assert.equal(goalState(aGoal({ ...window, percentCompleted: 30 }), now), 'onTrack');
  });

  it('is not started at 0% early on', () => {
    assert.equal(goalState(aGoal({ ...window, percentCompleted: 0 }), localNoon(2027, 3, 3)), 'notStarted');
  });

  it('is at risk at 0% once a third of the time has gone', () => {
    assert.equal(goalState(aGoal({ ...window, percentCompleted: 0 }), localNoon(2027, 3, 12)), 'atRisk');
  });

  it('measures time from creation when there is no start date', () => {
    const goal = aGoal({ startDate: null, dateCreated: localNoon(2027, 1, 1), dueDate: localEndOfDay(2027, 3, 31), percentCompleted: 10 });
    assert.equal(goalState(goal, now), 'atRisk');
  });

  it('is not started without dates at 0%', () => {
    assert.equal(goalState(aGoal({ startDate: null, dateCreated: null, dueDate: null }), now), 'notStarted');
  });

  it('is on track without dates above 0%', () => {
    assert.equal(goalState(aGoal({ dueDate: null, percentCompleted: 5 }), now), 'onTrack');
  });
});
