// Scenario 3: time from a progress update to the tree model showing it. Ours is optimistic:
// the store shows the new value before the request is even answered. Also shown: when the
// reply confirms it. Naive: send the edit, then refetch everything and show what came back.
import { performance } from 'perf_hooks';
import { createGoalStore } from '../../src/core/model/goalStore';
import { MemorySnapshotCache } from '../unit/model/memorySnapshotCache';
import { benchClient, startBenchEmulator } from './benchEmulator';
import { formatCount, formatMs, ratio } from './measure';
import { listedGoals, naiveRefresh } from './naive';
import type { BenchRow } from './table';

const section = '3. Progress update to tree';

export interface ProgressLatencyOptions {
  goals: number;
  latencyMs: number;
  samples: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function benchProgressLatency(options: ProgressLatencyOptions): Promise<BenchRow[]> {
  const emulator = await startBenchEmulator({ goals: options.goals, latencyMs: options.latencyMs, rateLimit: 1_000_000 });
  try {
    const store = createGoalStore(benchClient(emulator), { cache: new MemorySnapshotCache() });
    store.setWorkspace(emulator.teamId);
    await store.refresh();
    const goal = listedGoals(store.state).find((candidate) => candidate.keyResultCount > 0);
    if (!goal) throw new Error('no goal with key results');
    const [keyResult] = await store.loadKeyResults(goal.id);
    const shows = (value: number): boolean => store.findKeyResult(keyResult.id)?.keyResult.stepsCurrent === value;

    // Alternate between the two ends, so every edit changes what is shown.
    const ends = [keyResult.stepsStart, keyResult.stepsEnd];
    const first = keyResult.stepsCurrent === ends[0] ? 1 : 0;
    const valueAt = (sample: number): number => ends[(first + sample) % 2];

    const shown: number[] = [];
    const confirmed: number[] = [];
    for (let sample = 0; sample < options.samples; sample++) {
      const value = valueAt(sample);
      let shownAt: number | undefined;
      const subscription = store.onDidChange(() => {
        if (shownAt === undefined && shows(value)) shownAt = performance.now();
      });
      const started = performance.now();
      const reply = store.editKeyResult(keyResult.id, { stepsCurrent: value });
      if (shownAt === undefined && shows(value)) shownAt = performance.now();
      await reply;
      const repliedAt = performance.now();
      subscription.dispose();
      shown.push((shownAt ?? repliedAt) - started);
      confirmed.push(repliedAt - started);
    }
    store.dispose();

    const client = benchClient(emulator);
    const naive: number[] = [];
    for (let sample = 0; sample < options.samples; sample++) {
      const value = valueAt(sample + options.samples);
      const started = performance.now();
      await client.editKeyResult(keyResult.id, { stepsCurrent: value });
      const tree = await naiveRefresh(client, emulator.teamId, 'unbounded');
      const refetched = tree.details.find((detail) => detail.id === goal.id)?.keyResults?.find((kr) => kr.id === keyResult.id);
      if (refetched?.stepsCurrent !== value) throw new Error('the naive refetch did not show the edit');
      naive.push(performance.now() - started);
    }

    const note = `median of ${options.samples}, ${options.latencyMs} ms latency, ${formatCount(options.goals)} goals`;
    return [
      {
        section,
        metric: 'edit to tree showing it (optimistic)',
        ours: formatMs(median(shown)),
        naive: formatMs(median(naive)),
        ratio: ratio(median(naive), median(shown)),
        note: `measured: store change event vs edit + full refetch; ${note}`,
      },
      {
        section,
        metric: 'edit to reply confirming it',
        ours: formatMs(median(confirmed)),
        naive: formatMs(median(naive)),
        ratio: ratio(median(naive), median(confirmed)),
        note: `measured: one PUT round trip vs edit + ${formatCount(options.goals + 1)} reads; ${note}`,
      },
    ];
  } finally {
    await emulator.close();
  }
}
