/**
 * Goal stores over the real ClickUpClient talking HTTP to a fresh emulator on
 * 127.0.0.1, so request counts are read from what the emulator received. The
 * client's fetch is wrapped to count requests in flight (for the concurrency cap).
 */
import { allGoals } from '../../../src/core/domain/goalQuery';
import nodeFetch from 'node-fetch';
import { ClickUpClient } from '../../../src/core/clickup/client';
import type { FetchLike } from '../../../src/core/clickup/fetchTypes';
import type { Goal } from '../../../src/core/domain/types';
import { createGoalStore } from '../../../src/core/model/goalStore';
import type { GoalStoreOptions } from '../../../src/core/model/goalStore';
import type { GoalStore } from '../../../src/core/model/storeTypes';
import { startEmulator } from '../../../src/emulator/server';
import type { RecordedRequest, RouteName, RunningEmulator } from '../../../src/emulator/types';

export interface FetchCounter {
  inFlight: number;
  maxInFlight: number;
}

export interface EmulatorStoreSuite {
  readonly emulator: RunningEmulator;
  readonly fetches: FetchCounter;
  /** A store over a new client (reads not retried, so one failure is one request). */
  openStore(options?: GoalStoreOptions): GoalStore;
  /** What the emulator received for a route since the test began (or the last clearRequests). */
  received(route: RouteName): RecordedRequest[];
  /** A store with the list loaded, then the request log cleared. */
  openLoaded(options?: GoalStoreOptions): Promise<GoalStore>;
}

/** A new emulator for each test: writes change its data, and tests must not see each other's. */
export function useEmulatorStore(): EmulatorStoreSuite {
  let running: RunningEmulator | undefined;
  const stores: GoalStore[] = [];
  const fetches: FetchCounter = { inFlight: 0, maxInFlight: 0 };
  const countingFetch: FetchLike = async (url, init) => {
    fetches.inFlight += 1;
    fetches.maxInFlight = Math.max(fetches.maxInFlight, fetches.inFlight);
    try {
      return await nodeFetch(url, init);
    } finally {
      fetches.inFlight -= 1;
    }
  };
  beforeEach(async () => {
    running = await startEmulator({ seed: 'sample' });
    fetches.inFlight = 0;
    fetches.maxInFlight = 0;
  });
  afterEach(async () => {
    stores.splice(0).forEach((store) => store.dispose());
    await running?.close();
    running = undefined;
  });
  const suite: EmulatorStoreSuite = {
    get emulator(): RunningEmulator {
      if (!running) {
        throw new Error('the emulator is not running yet');
      }
      return running;
    },
    fetches,
    openStore: (options = {}) => {
      const emulator = suite.emulator;
      const client = new ClickUpClient({ baseUrl: emulator.url, token: () => emulator.token, fetch: countingFetch, timeoutMs: 2000, retries: 0 });
      const store = createGoalStore(client, { persistDelayMs: 0, ...options });
      stores.push(store);
      store.setWorkspace(emulator.teamId);
      return store;
    },
    received: (route) => suite.emulator.requests.filter((request) => request.route === route),
    openLoaded: async (options = {}) => {
      const store = suite.openStore(options);
      await store.refresh();
      suite.emulator.clearRequests();
      return store;
    },
  };
  return suite;
}

/** Every goal the store shows, top level and in folders. */
export function shownGoals(store: GoalStore): Goal[] {
  return allGoals(store.state);
}

/** The first shown goal that has key results of a type the user can set (number/currency/percentage). */
export async function aGoalWithEditableKeyResult(store: GoalStore): Promise<{ goalId: string; keyResultId: string }> {
  for (const goal of shownGoals(store).filter((candidate) => candidate.keyResultCount > 0)) {
    const keyResults = await store.loadKeyResults(goal.id);
    const editable = keyResults.find((kr) => kr.type === 'number' && kr.stepsStart < kr.stepsEnd);
    if (editable) {
      return { goalId: goal.id, keyResultId: editable.id };
    }
  }
  throw new Error('the sample data has no editable number key result');
}
