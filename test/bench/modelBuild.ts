// Scenario 5: model build time and memory for a large Workspace (5,000 goals, 3 key results
// each). The emulator's answers are recorded first and played back without a network, so the
// figures are the client's parsing plus the model's building alone. Memory is measured for each
// side in a fresh process of its own, the same way (memoryProbe.ts).
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ClickUpClient } from '../../src/core/clickup/client';
import { createGoalStore } from '../../src/core/model/goalStore';
import { MemorySnapshotCache } from '../unit/model/memorySnapshotCache';
import type { GoalStore } from '../../src/core/model/storeTypes';
import { benchClient, startBenchEmulator } from './benchEmulator';
import { formatBytes, formatCount, formatMs, ratio, timed } from './measure';
import type { MemoryFigures } from './memoryProbe';
import { listedGoals, naiveRefresh } from './naive';
import { record, REPLAY_BASE_URL, replayFetch, type Recording } from './replayFetch';
import type { BenchRow } from './table';

const section = '5. Model build, large Workspace';

export interface ModelBuildOptions {
  goals: number;
  keyResultsPerGoal: number;
}

async function recordWorkspace(options: ModelBuildOptions): Promise<{ recording: Recording; teamId: string; goalIds: string[] }> {
  const emulator = await startBenchEmulator({ goals: options.goals, keyResultsPerGoal: options.keyResultsPerGoal, latencyMs: 0, rateLimit: 10_000_000 });
  try {
    const listPath = `/team/${emulator.teamId}/goal?include_completed=false`;
    const goalIds = listedGoals(await benchClient(emulator).getGoals(emulator.teamId, false)).map((goal) => goal.id);
    const recording = await record(emulator, [listPath, ...goalIds.map((id) => `/goal/${encodeURIComponent(id)}`)]);
    return { recording, teamId: emulator.teamId, goalIds };
  } finally {
    await emulator.close();
  }
}

function replayClient(recording: Recording): { client: ClickUpClient; calls: () => number } {
  const replay = replayFetch(recording);
  return { client: new ClickUpClient({ baseUrl: REPLAY_BASE_URL, token: () => 'pk_1_bench', fetch: replay.fetch }), calls: replay.calls };
}

function keyResultsShown(store: GoalStore): number {
  return listedGoals(store.state).reduce((sum, goal) => sum + (goal.keyResults?.length ?? 0), 0);
}

interface OursRun {
  openMs: number;
  openCalls: number;
  expandMs: number;
  allCalls: number;
  shownGoals: number;
  shownKeyResults: number;
}

async function measureOurs(recording: Recording, teamId: string, goalIds: readonly string[], expandAll = true): Promise<OursRun> {
  const ours = replayClient(recording);
  const store = createGoalStore(ours.client, { cache: new MemorySnapshotCache() });
  const open = await timed(async () => {
    store.setWorkspace(teamId);
    await store.refresh();
  });
  const openCalls = ours.calls();
  const expand = await timed(() => Promise.all((expandAll ? goalIds : []).map((goalId) => store.loadKeyResults(goalId))));
  const run = {
    openMs: open.ms,
    openCalls,
    expandMs: expand.ms,
    allCalls: ours.calls(),
    shownGoals: listedGoals(store.state).length,
    shownKeyResults: keyResultsShown(store),
  };
  store.dispose();
  return run;
}

async function measureNaive(recording: Recording, teamId: string): Promise<{ ms: number; keyResults: number }> {
  const naive = replayClient(recording);
  const { value: tree, ms } = await timed(() => naiveRefresh(naive.client, teamId, 'unbounded'));
  return { ms, keyResults: tree.details.reduce((sum, goal) => sum + (goal.keyResults?.length ?? 0), 0) };
}

/** One side's memory, measured in a fresh process (see memoryProbe.ts). */
function probeMemory(recordingFile: string, teamId: string, side: 'ours' | 'naive'): Promise<MemoryFigures> {
  const probe = path.join(__dirname, 'memoryProbe.js');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--expose-gc', probe, recordingFile, teamId, side], { maxBuffer: 1 << 20, timeout: 300_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`memory probe (${side}) failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as MemoryFigures);
    });
  });
}

async function measureMemory(recording: Recording, teamId: string): Promise<{ ours: MemoryFigures; naive: MemoryFigures }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-bench-memory-'));
  try {
    const file = path.join(dir, 'recording.json');
    fs.writeFileSync(file, JSON.stringify(Object.fromEntries(recording)));
    return { ours: await probeMemory(file, teamId, 'ours'), naive: await probeMemory(file, teamId, 'naive') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchModelBuild(options: ModelBuildOptions): Promise<BenchRow[]> {
  const { recording, teamId, goalIds } = await recordWorkspace(options);
  // A first run of each warms the JIT; the second is the one reported.
  await measureOurs(recording, teamId, goalIds, false);
  await measureNaive(recording, teamId);
  const ours = await measureOurs(recording, teamId, goalIds);
  const naive = await measureNaive(recording, teamId);
  const memory = await measureMemory(recording, teamId);
  const { shownGoals, shownKeyResults } = ours;
  const naiveKeyResults = naive.keyResults;

  if (shownGoals !== goalIds.length || shownKeyResults !== naiveKeyResults || memory.ours.keyResults !== naiveKeyResults || memory.naive.keyResults !== naiveKeyResults) {
    throw new Error(`model build mismatch: ${shownGoals} goals / ${shownKeyResults} key results shown, naive ${naiveKeyResults}, memory probes ${memory.ours.keyResults} / ${memory.naive.keyResults}`);
  }
  const data = `${formatCount(options.goals)} goals x ${options.keyResultsPerGoal} key results`;
  const heapNote =
    'each side in a fresh node --expose-gc process: heap after full GC with what was built still held, minus the same baseline (modules and recorded answers loaded, nothing parsed)';
  const expandedBytes = memory.ours.expandedBytes ?? Number.NaN;
  return [
    {
      section,
      metric: `${data}: open (list only) time`,
      ours: formatMs(ours.openMs),
      naive: formatMs(naive.ms),
      ratio: ratio(naive.ms, ours.openMs),
      note: `measured, recorded answers replayed (no network): parse + build; ${ours.openCalls} vs ${formatCount(goalIds.length + 1)} answers`,
    },
    {
      section,
      metric: `${data}: open (list only) memory`,
      ours: formatBytes(memory.ours.openBytes),
      naive: formatBytes(memory.naive.openBytes),
      ratio: ratio(memory.naive.openBytes, memory.ours.openBytes),
      note: `measured, ${heapNote}; naive holds every goal's details`,
    },
    {
      section,
      metric: `${data}: every goal expanded, time`,
      ours: formatMs(ours.openMs + ours.expandMs),
      naive: formatMs(naive.ms),
      ratio: ratio(naive.ms, ours.openMs + ours.expandMs),
      note: `measured; ours ${formatCount(ours.allCalls)} answers through the detail queue, each re-deriving only its own goal`,
    },
    {
      section,
      metric: `${data}: every goal expanded, memory`,
      ours: formatBytes(expandedBytes),
      naive: formatBytes(memory.naive.openBytes),
      ratio: ratio(memory.naive.openBytes, expandedBytes),
      note: `measured, ${heapNote}; same ${formatCount(naiveKeyResults)} key results held`,
    },
  ];
}
