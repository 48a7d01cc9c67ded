// Scenario 2: round trips before first paint. Warm start: the snapshot cache holds the last
// session's data (goals plus the key results that were open), so the tree paints before any
// request and revalidates behind it. Cold start: empty cache, one goal-list request.
// Naive: the list plus every goal's details before anything is shown.
import { performance } from 'perf_hooks';
import { MemorySnapshotCache } from '../unit/model/memorySnapshotCache';
import { createGoalStore } from '../../src/core/model/goalStore';
import type { GoalStore } from '../../src/core/model/storeTypes';
import { benchClient, countingClient, settle, startBenchEmulator, type BenchEmulator } from './benchEmulator';
import { formatCount, formatMs, ratio, timed } from './measure';
import { listedGoals, naiveRefresh } from './naive';
import type { BenchRow } from './table';

const section = '2. First paint';

export interface FirstPaintOptions {
  goals: number;
  latencyMs: number;
}

interface Paint {
  /** Requests the client had sent when the tree first had goals to show. */
  requests: number;
  ms: number;
  fromCache: boolean;
  /** Requests once the start (and any revalidation) settled. */
  totalRequests: number;
}

function hasGoals(store: GoalStore): boolean {
  return store.state.goals.length > 0 || store.state.folders.some((folder) => folder.goals.length > 0);
}

/** Starts a store on the Workspace (as the extension does at start) and notes the first paint. */
async function startAndPaint(emulator: BenchEmulator, cache: MemorySnapshotCache): Promise<Paint> {
  const { client, sent } = countingClient(emulator);
  const store = createGoalStore(client, { cache });
  let paint: { requests: number; at: number; fromCache: boolean } | undefined;
  const notePaint = (): void => {
    if (!paint && hasGoals(store)) paint = { requests: sent(), at: performance.now(), fromCache: store.state.fromCache };
  };
  const subscription = store.onDidChange(notePaint);
  const started = performance.now();
  store.setWorkspace(emulator.teamId);
  notePaint();
  // With something painted, the extension revalidates in the background.
  await store.refresh({ background: paint !== undefined });
  notePaint();
  await settle(300);
  subscription.dispose();
  const totalRequests = sent();
  store.dispose();
  if (!paint) throw new Error('the store never showed any goal');
  return { requests: paint.requests, ms: paint.at - started, fromCache: paint.fromCache, totalRequests };
}

export async function benchFirstPaint(options: FirstPaintOptions): Promise<BenchRow[]> {
  const emulator = await startBenchEmulator({ goals: options.goals, latencyMs: options.latencyMs, rateLimit: 1_000_000 });
  try {
    const cache = new MemorySnapshotCache();
    const cold = await startAndPaint(emulator, cache);

    // The previous session: open the tree and expand a few goals, so the cache holds them.
    const previous = createGoalStore(benchClient(emulator), { cache });
    previous.setWorkspace(emulator.teamId);
    await previous.refresh();
    const shown = listedGoals(previous.state);
    await Promise.all(shown.slice(0, 5).map((goal) => previous.loadKeyResults(goal.id)));
    previous.dispose();

    const warm = await startAndPaint(emulator, cache);

    const naiveClient = countingClient(emulator);
    const naive = await timed(() => naiveRefresh(naiveClient.client, emulator.teamId, 'unbounded'));
    const naiveRequests = naiveClient.sent();
    const label = `${formatCount(options.goals)} goals`;
    return [
      {
        section,
        metric: `${label}: round trips before first paint, warm`,
        ours: formatCount(warm.requests),
        naive: formatCount(naiveRequests),
        ratio: ratio(naiveRequests, warm.requests),
        note: `counted by the client; painted from cache (fromCache=${String(warm.fromCache)}), ${formatCount(warm.totalRequests)} request(s) to revalidate after`,
      },
      {
        section,
        metric: `${label}: round trips before first paint, cold`,
        ours: formatCount(cold.requests),
        naive: formatCount(naiveRequests),
        ratio: ratio(naiveRequests, cold.requests),
        note: 'counted by the client; empty cache',
      },
      {
        section,
        metric: `${label}: time to first paint, warm`,
        ours: formatMs(warm.ms),
        naive: formatMs(naive.ms),
        ratio: ratio(naive.ms, warm.ms),
        note: `measured, ${options.latencyMs} ms latency per request`,
      },
      {
        section,
        metric: `${label}: time to first paint, cold`,
        ours: formatMs(cold.ms),
        naive: formatMs(naive.ms),
        ratio: ratio(naive.ms, cold.ms),
        note: `measured, ${options.latencyMs} ms latency per request`,
      },
    ];
  } finally {
    await emulator.close();
  }
}
