/**
 * Feeds fixed wire payloads through the real client (over a fake fetch), the
 * goal store and every goal's details, collecting failures instead of throwing.
 */
import { allGoals } from '../../../../src/core/domain/goalQuery';
import { ClickUpClient } from '../../../../src/core/clickup/client';
import type { Goal } from '../../../../src/core/domain/types';
import { createGoalStore } from '../../../../src/core/model/goalStore';
import type { GoalStore } from '../../../../src/core/model/storeTypes';
import { fakeService } from './fakeService';
import { TEAM_ID, type WireObject } from './wire';

export interface GoalSpec {
  goal: WireObject;
  /** The goal's details carry these key results (absent: the details are not served). */
  keyResults?: unknown;
}

export interface Scenario {
  list: unknown;
  details: Map<string, unknown>;
}

function detailOf(spec: GoalSpec): unknown {
  return { goal: { ...spec.goal, key_results: spec.keyResults, pretty_url: 'https://app.clickup.com/9001/goals/1', history: [] } };
}

/** A list with these goals at the top level and in folders; details for every goal that has key results. */
export function scenario(top: GoalSpec[], folders: { folder: WireObject; goals: GoalSpec[] }[] = []): Scenario {
  const details = new Map<string, unknown>();
  const register = (spec: GoalSpec): WireObject => {
    if (spec.keyResults !== undefined && typeof spec.goal.id === 'string') {
      details.set(spec.goal.id, detailOf(spec));
    }
    return spec.goal;
  };
  const list = {
    goals: top.map(register),
    folders: folders.map(({ folder, goals }) => ({ ...folder, goals: goals.map((spec) => register({ ...spec, goal: { ...spec.goal, folder_id: folder.id } })) })),
  };
  return { list, details };
}

export interface Loaded {
  store: GoalStore;
  /** Failures of detail loads (each must be a clean, reported failure, never a crash). */
  failures: unknown[];
}

export async function load(input: Scenario): Promise<Loaded> {
  const client = new ClickUpClient({
    baseUrl: 'https://api.clickup.test/api/v2',
    token: () => 'pk_501_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE',
    fetch: fakeService(input.list, input.details),
    retries: 0,
  });
  const store = createGoalStore(client, { revalidateKeyResults: false });
  store.setWorkspace(TEAM_ID);
  await store.refresh();
  const failures: unknown[] = [];
  const goals: Goal[] = allGoals(store.state);
  for (const goal of goals) {
    if (input.details.has(goal.id)) {
      await store.loadKeyResults(goal.id, { force: true }).catch((error: unknown) => failures.push(error));
    }
  }
  return { store, failures };
}
