// Scenario 1: requests and time to open a Workspace of 10, 200 and 2,000 goals.
// Ours: the goal store's refresh (one goal-list request; key results wait for an expand).
// Naive: the list plus every goal's details, all at once, over the same kind of client.
// Both run against a generous limit so the naive one finishes; what the naive request count
// would cost under ClickUp's 100 a minute is computed from the count, not waited for.
import { MemorySnapshotCache } from '../unit/model/memorySnapshotCache';
import { createGoalStore } from '../../src/core/model/goalStore';
import { benchClient, settle, startBenchEmulator } from './benchEmulator';
import { formatCount, formatMinutes, formatMs, rateFloorMs, ratio, timed } from './measure';
import { listedGoals, naiveRefresh } from './naive';
import type { BenchRow } from './table';

const section = '1. Open a Workspace';
const FREE_PLAN_LIMIT = 100;
const MINUTE_MS = 60_000;
/** Goals a person typically expands right after opening, for the "open + expand" row. */
const EXPANDED = 10;

export interface OpenWorkspaceOptions {
  sizes: readonly number[];
  latencyMs: number;
}

async function benchSize(goals: number, latencyMs: number): Promise<BenchRow[]> {
  const emulator = await startBenchEmulator({ goals, latencyMs, rateLimit: 1_000_000 });
  try {
    const store = createGoalStore(benchClient(emulator), { cache: new MemorySnapshotCache() });
    await emulator.clearRequests();
    const ours = await timed(async () => {
      store.setWorkspace(emulator.teamId);
      await store.refresh();
    });
    await settle();
    const oursRequests = await emulator.countRequests();
    const shown = listedGoals(store.state);
    const firstGoals = shown.slice(0, EXPANDED);
    const expand = await timed(() => Promise.all(firstGoals.map((goal) => store.loadKeyResults(goal.id))));
    await settle();
    const oursExpandedRequests = await emulator.countRequests();
    store.dispose();

    await emulator.clearRequests();
    const naive = await timed(() => naiveRefresh(benchClient(emulator), emulator.teamId, 'unbounded'));
    const naiveRequests = await emulator.countRequests();
    if (naive.value.details.length !== shown.length) {
      throw new Error(`naive saw ${naive.value.details.length} goals, ours ${shown.length}`);
    }

    const label = `${formatCount(goals)} goals`;
    const oursFloor = rateFloorMs(oursRequests, FREE_PLAN_LIMIT, MINUTE_MS);
    const naiveFloor = rateFloorMs(naiveRequests, FREE_PLAN_LIMIT, MINUTE_MS);
    return [
      {
        section,
        metric: `${label}: requests to open`,
        ours: formatCount(oursRequests),
        naive: formatCount(naiveRequests),
        ratio: ratio(naiveRequests, oursRequests),
        note: 'counted by the emulator',
      },
      {
        section,
        metric: `${label}: time to open`,
        ours: formatMs(ours.ms),
        naive: formatMs(naive.ms),
        ratio: ratio(naive.ms, ours.ms),
        note: `measured, ${latencyMs} ms latency per request, no rate limit (naive: all details at once)`,
      },
      {
        section,
        metric: `${label}: rate-limit wait at 100/min`,
        ours: formatMinutes(oursFloor),
        naive: formatMinutes(naiveFloor),
        ratio: oursFloor === 0 && naiveFloor === 0 ? '-' : ratio(naiveFloor, oursFloor),
        note: `computed: (ceil(requests/100) - 1) full minutes; naive spends ${formatCount(Math.ceil(naiveRequests / FREE_PLAN_LIMIT))} minute(s) of budget`,
      },
      {
        section,
        metric: `${label}: open + expand ${firstGoals.length} goals`,
        ours: `${formatCount(oursExpandedRequests)} req, ${formatMs(ours.ms + expand.ms)}`,
        naive: `${formatCount(naiveRequests)} req, ${formatMs(naive.ms)}`,
        ratio: ratio(naiveRequests, oursExpandedRequests),
        note: 'measured; naive already fetched every goal\'s key results; ratio of requests',
      },
    ];
  } finally {
    await emulator.close();
  }
}

/** Runs both strategies once, untimed, so the first measured size does not pay for JIT warm-up. */
async function warmUp(latencyMs: number): Promise<void> {
  const emulator = await startBenchEmulator({ goals: 50, latencyMs, rateLimit: 1_000_000 });
  try {
    const store = createGoalStore(benchClient(emulator), { cache: new MemorySnapshotCache() });
    store.setWorkspace(emulator.teamId);
    await store.refresh();
    await Promise.all(listedGoals(store.state).slice(0, EXPANDED).map((goal) => store.loadKeyResults(goal.id)));
    store.dispose();
    await naiveRefresh(benchClient(emulator), emulator.teamId, 'unbounded');
  } finally {
    await emulator.close();
  }
}

export async function benchOpenWorkspace(options: OpenWorkspaceOptions): Promise<BenchRow[]> {
  await warmUp(options.latencyMs);
  const rows: BenchRow[] = [];
  for (const size of options.sizes) rows.push(...(await benchSize(size, options.latencyMs)));
  return rows;
}
