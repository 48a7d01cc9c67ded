// Scenario 4: a scripted session of 1,000 progress edits under a 100-request rate limit.
// Ours: every edit through the goal store (optimistic, in order per key result, the client
// waiting out 429s until x-ratelimit-reset). Naive: every edit sent straight to the client at
// once. ClickUp's window is a minute; here it is shortened (rateLimitWindowMs) so the session
// fits in about a minute, and times are also shown scaled back to a real minute.
import { performance } from 'perf_hooks';
import type { GoalsApi } from '../../src/core/clickup/api';
import type { KeyResult } from '../../src/core/domain/types';
import { createGoalStore } from '../../src/core/model/goalStore';
import { MemorySnapshotCache } from '../unit/model/memorySnapshotCache';
import { benchClient, startBenchEmulator, type BenchEmulator } from './benchEmulator';
import { editableKeyResults, judgeSession, scriptEdits, type ScriptedEdit } from './editScript';
import { formatCount, formatMinutes, formatMs, rateFloorMs, ratio } from './measure';
import { listedGoals } from './naive';
import type { BenchRow } from './table';

const section = '4. 1,000 edits under a rate limit';

export interface EditSessionOptions {
  edits: number;
  keyResults: number;
  rateLimit: number;
  windowMs: number;
  latencyMs: number;
}

interface SessionRun {
  ms: number;
  requests: number;
  failures: number;
  lostWrites: number;
  /** Key results the store shows with another value than the service holds (ours only). */
  outOfSync: number;
}

/** The service's values after the session, read with the limit lifted (not counted). */
async function finalValues(emulator: BenchEmulator, goalIds: readonly string[], perWindow: number): Promise<Map<string, number>> {
  await emulator.setRateLimit(1_000_000);
  const client = benchClient(emulator);
  const values = new Map<string, number>();
  for (const goal of await Promise.all(goalIds.map((goalId) => client.getGoal(goalId)))) {
    for (const keyResult of goal.keyResults ?? []) values.set(keyResult.id, keyResult.stepsCurrent);
  }
  await emulator.setRateLimit(perWindow);
  await emulator.resetRateLimit();
  return values;
}

async function runSession(
  emulator: BenchEmulator,
  edits: readonly ScriptedEdit[],
  goalIds: readonly string[],
  options: EditSessionOptions,
  send: (edit: ScriptedEdit) => Promise<unknown>,
): Promise<{ run: Omit<SessionRun, 'outOfSync'>; values: Map<string, number> }> {
  await emulator.resetRateLimit();
  await emulator.clearRequests();
  const started = performance.now();
  // The whole script at once: a bulk update, or a person clicking far faster than the limit.
  const settled = await Promise.allSettled(edits.map(send));
  const ms = performance.now() - started;
  const requests = await emulator.countRequests(['editKeyResult']);
  const values = await finalValues(emulator, goalIds, options.rateLimit);
  return { run: { ms, requests, ...judgeSession(edits, settled, values) }, values };
}

async function prepare(emulator: BenchEmulator, options: EditSessionOptions): Promise<{ keyResults: KeyResult[]; goalIds: string[] }> {
  // Read the Workspace with the limit lifted: the session, not the set-up, is measured.
  await emulator.setRateLimit(1_000_000);
  const client: GoalsApi = benchClient(emulator);
  const list = await client.getGoals(emulator.teamId, false);
  const details = await Promise.all(listedGoals(list).map((goal) => client.getGoal(goal.id)));
  const keyResults = editableKeyResults(details.flatMap((goal) => goal.keyResults ?? []), 20).slice(0, options.keyResults);
  const goalIds = [...new Set(keyResults.map((keyResult) => keyResult.goalId))];
  await emulator.setRateLimit(options.rateLimit);
  return { keyResults, goalIds };
}

export async function benchEditSession(options: EditSessionOptions): Promise<BenchRow[]> {
  // Enough goals for the key results wanted, with room for the ones not edited by hand.
  const emulator = await startBenchEmulator({
    goals: options.keyResults,
    latencyMs: options.latencyMs,
    rateLimit: options.rateLimit,
    rateLimitWindowMs: options.windowMs,
  });
  try {
    const { keyResults, goalIds } = await prepare(emulator, options);
    const edits = scriptEdits(keyResults, options.edits);

    // Ours: the store as the extension has it, with the edited goals expanded (set-up not counted).
    await emulator.setRateLimit(1_000_000);
    const store = createGoalStore(benchClient(emulator), { cache: new MemorySnapshotCache() });
    store.setWorkspace(emulator.teamId);
    await store.refresh();
    await Promise.all(goalIds.map((goalId) => store.loadKeyResults(goalId)));
    await emulator.setRateLimit(options.rateLimit);
    const oursSession = await runSession(emulator, edits, goalIds, options, (edit) =>
      store.editKeyResult(edit.keyResultId, { stepsCurrent: edit.value }),
    );
    let outOfSync = 0;
    for (const keyResult of keyResults) {
      if (store.findKeyResult(keyResult.id)?.keyResult.stepsCurrent !== oursSession.values.get(keyResult.id)) outOfSync += 1;
    }
    store.dispose();
    const ours: SessionRun = { ...oursSession.run, outOfSync };

    const client = benchClient(emulator);
    const naive = (await runSession(emulator, edits, goalIds, options, (edit) => client.editKeyResult(edit.keyResultId, { stepsCurrent: edit.value }))).run;

    return sessionRows(ours, naive, options, keyResults.length);
  } finally {
    await emulator.close();
  }
}

function sessionRows(ours: SessionRun, naive: Omit<SessionRun, 'outOfSync'>, options: EditSessionOptions, keyResults: number): BenchRow[] {
  const scale = 60_000 / options.windowMs;
  const floor = rateFloorMs(options.edits, options.rateLimit, options.windowMs);
  const setting = `${formatCount(options.edits)} edits over ${keyResults} key results, issued at once; ${options.rateLimit} requests per ${formatMs(options.windowMs)} window (ClickUp: per minute, so times here run ${scale}x faster), ${options.latencyMs} ms latency`;
  const realTime = (ms: number): string => `${formatMs(ms)} (≈ ${formatMinutes(ms * scale)} at 100/min)`;
  return [
    {
      section,
      metric: 'failed edits',
      ours: formatCount(ours.failures),
      naive: formatCount(naive.failures),
      ratio: '-',
      note: `measured; ${setting}`,
    },
    {
      section,
      metric: 'lost writes (key results not on their last applied value)',
      ours: formatCount(ours.lostWrites),
      naive: formatCount(naive.lostWrites),
      ratio: '-',
      note: `measured; ours: tree out of sync with the service on ${ours.outOfSync} key result(s)`,
    },
    {
      section,
      metric: 'edit requests sent (429s included)',
      ours: formatCount(ours.requests),
      naive: formatCount(naive.requests),
      ratio: ratio(naive.requests, ours.requests),
      note: 'counted by the emulator',
    },
    {
      section,
      metric: 'total time',
      ours: realTime(ours.ms),
      naive: realTime(naive.ms),
      ratio: '-',
      note: `measured; naive ends early because it gives up; rate floor ${realTime(floor)} = (ceil(${options.edits}/${options.rateLimit}) - 1) windows`,
    },
    {
      section,
      metric: 'total time / rate floor',
      ours: floor > 0 ? `${(ours.ms / floor).toFixed(2)}x` : '-',
      naive: floor > 0 ? `${(naive.ms / floor).toFixed(2)}x` : '-',
      ratio: '-',
      note: 'reset is whole seconds, so each window can run up to 1 s over (more visible in a shortened window)',
    },
  ];
}
