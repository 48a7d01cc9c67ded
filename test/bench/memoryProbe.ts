// Scenario 5's memory figures, one side per fresh Node process (node --expose-gc), so both sides
// are measured the same way: the baseline is the heap after a full collection with the modules
// and the recorded answers loaded, before any answer is parsed; each figure is the heap after a
// full collection, with what was built still held, minus that baseline. A process of its own
// means nothing the other side (or an earlier run) left behind can be collected mid-measurement,
// which is what once made the naive side look smaller than the data it holds.
//   node --expose-gc out/test/bench/memoryProbe.js <recording.json> <teamId> ours|naive
import * as fs from 'fs';
import { ClickUpClient } from '../../src/core/clickup/client';
import { createGoalStore } from '../../src/core/model/goalStore';
import { MemorySnapshotCache } from '../unit/model/memorySnapshotCache';
import { canCollectGarbage, settledHeapBytes } from './measure';
import { listedGoals, naiveRefresh } from './naive';
import { REPLAY_BASE_URL, replayFetch } from './replayFetch';

export interface MemoryFigures {
  /** ours: the goal list only; naive: the list and every goal's details. */
  openBytes: number;
  /** ours only: every goal expanded. */
  expandedBytes?: number;
  keyResults: number;
}

/** Lets deferred work (a snapshot save, a timer) run before the heap is read. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 200));
}

async function measure(recordingFile: string, teamId: string, side: string): Promise<MemoryFigures> {
  if (!canCollectGarbage()) throw new Error('run with node --expose-gc');
  const recording = new Map(Object.entries(JSON.parse(fs.readFileSync(recordingFile, 'utf8')) as Record<string, string>));
  const replay = replayFetch(recording);
  const client = new ClickUpClient({ baseUrl: REPLAY_BASE_URL, token: () => 'pk_1_bench', fetch: replay.fetch });
  await settle();
  const baseline = settledHeapBytes();
  if (side === 'naive') {
    const tree = await naiveRefresh(client, teamId, 'unbounded');
    await settle();
    const openBytes = settledHeapBytes() - baseline;
    // Read after the measurement, so the tree is certainly still held when the heap is.
    return { openBytes, keyResults: tree.details.reduce((sum, goal) => sum + (goal.keyResults?.length ?? 0), 0) };
  }
  const store = createGoalStore(client, { cache: new MemorySnapshotCache() });
  store.setWorkspace(teamId);
  await store.refresh();
  await settle();
  const openBytes = settledHeapBytes() - baseline;
  const goals = listedGoals(store.state);
  await Promise.all(goals.map((goal) => store.loadKeyResults(goal.id)));
  await settle();
  const expandedBytes = settledHeapBytes() - baseline;
  const keyResults = listedGoals(store.state).reduce((sum, goal) => sum + (goal.keyResults?.length ?? 0), 0);
  store.dispose();
  return { openBytes, expandedBytes, keyResults };
}

if (require.main === module) {
  const [recordingFile, teamId, side] = process.argv.slice(2);
  measure(recordingFile, teamId, side).then(
    (figures) => {
      process.stdout.write(JSON.stringify(figures));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
