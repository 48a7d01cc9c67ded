/**
 * The eight operations of the faults matrix, each through the goal store: what it
 * does to target A while a fault is armed, how to make its object vanish on the
 * service (for "no longer exists"), and the same operation on target B once the
 * fault is cleared, checked against the service's own state.
 */
import { allGoals } from '../../../../src/core/domain/goalQuery';
import { strict as assert } from 'node:assert';
import type { RouteName } from '../../../../src/emulator/types';
import type { Goal } from '../../../../src/core/domain/types';
import { goalInput, keyResultInput, type World } from './world';

export interface Operation {
  name: string;
  route: RouteName;
  write: boolean;
  /** Acts on target A through the store; resolves with the failure met (undefined when it worked). */
  run(world: World): Promise<unknown>;
  /** Deletes on the service the object this operation acts on; absent when there is no such object. */
  removeTarget?(world: World): Promise<void>;
  /** The same operation on target B; throws unless the service took it exactly once. */
  again(world: World): Promise<void>;
}

async function failureOf(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return error;
  }
}

async function serviceGoals(world: World): Promise<Goal[]> {
  const list = await world.side.getGoals(world.emulator.teamId, true);
  return allGoals(list);
}

async function serviceKeyResults(world: World, goalId: string): Promise<{ id: string; name: string; current: number }[]> {
  const goal = await world.side.getGoal(goalId);
  return (goal.keyResults ?? []).map((kr) => ({ id: kr.id, name: kr.name, current: kr.stepsCurrent }));
}

const deleteGoalA = async (world: World): Promise<void> => world.side.deleteGoal(world.a.goalId);

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'list',
    route: 'getGoals',
    write: false,
    run: async (world) => {
      // refresh() never rejects: a failure lands in the state, next to the data it keeps.
      await world.store.refresh();
      return world.store.state.error ?? undefined;
    },
    again: async (world) => {
      const made = await world.side.createGoal(world.emulator.teamId, goalInput('Made elsewhere'));
      await world.store.refresh();
      assert.equal(world.store.state.error, null);
      assert.ok(world.store.findGoal(made.id), 'the refreshed list shows a goal made elsewhere');
    },
  },
  {
    name: 'get',
    route: 'getGoal',
    write: false,
    run: (world) => failureOf(world.store.loadKeyResults(world.a.goalId, { force: true })),
    removeTarget: deleteGoalA,
    again: async (world) => {
      await world.side.editKeyResult(world.b.keyResultIds[0], { stepsCurrent: 4 });
      const list = await world.store.loadKeyResults(world.b.goalId, { force: true });
      assert.equal(list.find((kr) => kr.id === world.b.keyResultIds[0])?.stepsCurrent, 4);
    },
  },
  {
    name: 'create goal',
    route: 'createGoal',
    write: true,
    run: (world) => failureOf(world.store.createGoal(goalInput('Made during a fault'))),
    again: async (world) => {
      const made = await world.store.createGoal(goalInput('Made after recovery'));
      assert.ok(world.store.findGoal(made.id));
      assert.equal((await serviceGoals(world)).filter((goal) => goal.name === 'Made after recovery').length, 1);
    },
  },
  {
    name: 'update goal',
    route: 'updateGoal',
    write: true,
    run: (world) => failureOf(world.store.updateGoal(world.a.goalId, { name: 'A renamed' })),
    removeTarget: deleteGoalA,
    again: async (world) => {
      await world.store.updateGoal(world.b.goalId, { name: 'B renamed' });
      assert.equal(world.store.findGoal(world.b.goalId)?.name, 'B renamed');
      assert.equal((await world.side.getGoal(world.b.goalId)).name, 'B renamed');
    },
  },
  {
    name: 'delete goal',
    route: 'deleteGoal',
    write: true,
    run: (world) => failureOf(world.store.deleteGoal(world.a.goalId)),
    removeTarget: deleteGoalA,
    again: async (world) => {
      await world.store.deleteGoal(world.b.goalId);
      assert.equal(world.store.findGoal(world.b.goalId), undefined);
      assert.ok(!(await serviceGoals(world)).some((goal) => goal.id === world.b.goalId));
    },
  },
  {
    name: 'add key result',
    route: 'createKeyResult',
    write: true,
    run: (world) => failureOf(world.store.createKeyResult(world.a.goalId, keyResultInput('Added during a fault'))),
    removeTarget: deleteGoalA,
    again: async (world) => {
      const made = await world.store.createKeyResult(world.b.goalId, keyResultInput('Added after recovery'));
      assert.ok(world.store.findKeyResult(made.id));
      const named = (await serviceKeyResults(world, world.b.goalId)).filter((kr) => kr.name === 'Added after recovery');
      assert.equal(named.length, 1);
    },
  },
  {
    name: 'update progress',
    route: 'editKeyResult',
    write: true,
    run: (world) => failureOf(world.store.editKeyResult(world.a.keyResultIds[0], { stepsCurrent: 7 })),
    removeTarget: (world) => world.side.deleteKeyResult(world.a.keyResultIds[0]),
    again: async (world) => {
      const id = world.b.keyResultIds[0];
      await world.store.editKeyResult(id, { stepsCurrent: 9, note: 'after recovery' });
      assert.equal(world.store.findKeyResult(id)?.keyResult.stepsCurrent, 9);
      assert.equal((await serviceKeyResults(world, world.b.goalId)).find((kr) => kr.id === id)?.current, 9);
    },
  },
  {
    name: 'delete key result',
    route: 'deleteKeyResult',
    write: true,
    run: (world) => failureOf(world.store.deleteKeyResult(world.a.keyResultIds[1])),
    removeTarget: (world) => world.side.deleteKeyResult(world.a.keyResultIds[1]),
    again: async (world) => {
      const id = world.b.keyResultIds[1];
      await world.store.deleteKeyResult(id);
      assert.equal(world.store.findKeyResult(id), undefined);
      assert.ok(!(await serviceKeyResults(world, world.b.goalId)).some((kr) => kr.id === id));
    },
  },
];
