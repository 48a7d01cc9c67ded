// Scenario 4: a scripted session of 1,000 progress edits under a 100-request rate limit.
// Ours: every edit through the goal store (optimistic, in order per key result, the client
// counting its requests in flight against the budget the answers tell). Naive: every edit sent
// straight to a client at once. A second run of ours has another client spend part of the same
// token's budget mid-session: the only way ours should draw a 429. ClickUp's window is a minute; here it is shortened (rateLimitWindowMs) so the session
// fits in about a minute, and times are also shown scaled back to a real minute.
import { performance } from 'perf_hooks';
import type { GoalsApi } from '../../src/core/clickup/api';
import type { KeyResult } from '../../src/core/domain/types';
import { createGoalStore } from '../../src/core/model/goalStore';
import { MemorySnapshotCache } from '../unit/model/memorySnapshotCache';
import { benchClient, startBenchEmulator, throttleWatchingClient, type BenchEmulator } from './benchEmulator';
import { editableKeyResults, judgeSession, scriptEdits, writesNeeded, type ScriptedEdit } from './editScript';
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
  /** Edit requests the emulator received, 429s included. */
  requests: number;
  /** 429 answers: all, and those to requests sent once an answer had told the budget. */
  refused: { all: number; afterFirstAnswer: number };
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
  client: { refused: () => SessionRun['refused'] },
  send: (edit: ScriptedEdit) => Promise<unknown>,
  otherClient?: { afterMs: number; requests: number },
): Promise<{ run: Omit<SessionRun, 'outOfSync'>; values: Map<string, number> }> {
  await emulator.resetRateLimit();
  await emulator.clearRequests();
  const before = client.refused();
  const started = performance.now();
  const spender = otherClient && setTimeout(() => void emulator.spendRateLimit(otherClient.requests), otherClient.afterMs);
  // The whole script at once: a bulk update, or a person clicking far faster than the limit.
  const settled = await Promise.allSettled(edits.map(send));
  const ms = performance.now() - started;
  clearTimeout(spender);
  const after = client.refused();
  const refused = { all: after.all - before.all, afterFirstAnswer: after.afterFirstAnswer - before.afterFirstAnswer };
  const requests = await emulator.countRequests(['editKeyResult']);
  const values = await finalValues(emulator, goalIds, options.rateLimit);
  return { run: { ms, requests, refused, ...judgeSession(edits, settled, values) }, values };
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

    const ours = await oursSession(emulator, edits, keyResults, goalIds, options);
    // Another client spends half a window's budget just after ours had its first answers (and
    // with them the budget it then counts on), so some of ours are refused with 429.
    const otherClient = { afterMs: options.latencyMs * 3, requests: Math.round(options.rateLimit / 2) };
    const shared = await oursSession(emulator, edits, keyResults, goalIds, options, otherClient);

    const naiveClient = throttleWatchingClient(emulator);
    const naive = (
      await runSession(emulator, edits, goalIds, options, naiveClient, (edit) =>
        naiveClient.client.editKeyResult(edit.keyResultId, editInput(edit)),
      )
    ).run;

    return [...sessionRows(ours, naive, options, keyResults.length, writesNeeded(edits)), ...sharedTokenRows(shared, otherClient.requests, options)];
  } finally {
    await emulator.close();
  }
}

function editInput(edit: ScriptedEdit): { stepsCurrent: number; note?: string } {
  return edit.note === undefined ? { stepsCurrent: edit.value } : { stepsCurrent: edit.value, note: edit.note };
}

/** Ours: the store as the extension has it, with the edited goals expanded (set-up not counted). */
async function oursSession(
  emulator: BenchEmulator,
  edits: readonly ScriptedEdit[],
  keyResults: readonly KeyResult[],
  goalIds: readonly string[],
  options: EditSessionOptions,
  otherClient?: { afterMs: number; requests: number },
): Promise<SessionRun> {
  await emulator.setRateLimit(1_000_000);
  const watched = throttleWatchingClient(emulator);
  const store = createGoalStore(watched.client, { cache: new MemorySnapshotCache() });
  store.setWorkspace(emulator.teamId);
  await store.refresh();
  await Promise.all(goalIds.map((goalId) => store.loadKeyResults(goalId)));
  await emulator.setRateLimit(options.rateLimit);
  const session = await runSession(
    emulator,
    edits,
    goalIds,
    options,
    watched,
    (edit) => store.editKeyResult(edit.keyResultId, editInput(edit)),
    otherClient,
  );
  let outOfSync = 0;
  for (const keyResult of keyResults) {
    if (store.findKeyResult(keyResult.id)?.keyResult.stepsCurrent !== session.values.get(keyResult.id)) outOfSync += 1;
  }
  store.dispose();
  return { ...session.run, outOfSync };
}

function sessionRows(ours: SessionRun, naive: Omit<SessionRun, 'outOfSync'>, options: EditSessionOptions, keyResults: number, needed: number): BenchRow[] {
  const scale = 60_000 / options.windowMs;
  // The floor of the writes ours sent (its requests less any refused), and the naive one of every edit.
  const sent = ours.requests - ours.refused.all;
  const floor = rateFloorMs(sent, options.rateLimit, options.windowMs);
  const naiveFloor = rateFloorMs(options.edits, options.rateLimit, options.windowMs);
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
      note: `counted by the emulator; ${formatCount(options.edits)} edits made, every fifth of a key result with a note`,
    },
    {
      section,
      metric: 'writes needed (first edit of each key result, each later note, the last value)',
      ours: formatCount(needed),
      naive: formatCount(options.edits),
      ratio: ratio(options.edits, needed),
      note: `computed from the script; ours sent ${formatCount(sent)} (goal: at most one request per write needed)`,
    },
    {
      section,
      metric: '429 answers drawn once an answer had told the budget',
      ours: formatCount(ours.refused.afterFirstAnswer),
      naive: formatCount(naive.refused.afterFirstAnswer),
      ratio: '-',
      note: `counted by the client; all 429s: ours ${formatCount(ours.refused.all)}, naive ${formatCount(naive.refused.all)}`,
    },
    {
      section,
      metric: 'total time',
      ours: realTime(ours.ms),
      naive: realTime(naive.ms),
      ratio: '-',
      note: `measured; naive ends early because it gives up; rate floor of ours ${realTime(floor)} = (ceil(${formatCount(sent)}/${options.rateLimit}) - 1) windows, of every edit sent once ${realTime(naiveFloor)}`,
    },
    {
      section,
      metric: 'total time / rate floor of the requests sent',
      ours: floor > 0 ? `${(ours.ms / floor).toFixed(2)}x` : `- (floor 0, ${formatMs(ours.ms)})`,
      naive: naiveFloor > 0 ? `${(naive.ms / naiveFloor).toFixed(2)}x` : '-',
      ratio: '-',
      note: `goal: ours within 1.05x. Windows of whole seconds start on a whole second (emulator), so the reset told is exact`,
    },
  ];
}

function sharedTokenRows(shared: SessionRun, spent: number, options: EditSessionOptions): BenchRow[] {
  return [
    {
      section,
      metric: 'another client on the same token: 429s drawn, failed edits, lost writes',
      ours: `${formatCount(shared.refused.afterFirstAnswer)}, ${formatCount(shared.failures)}, ${formatCount(shared.lostWrites)}`,
      naive: '-',
      ratio: '-',
      note: `measured; the same session while another client spends ${spent} requests ${formatMs(options.latencyMs * 3)} in (ours learns it from its next answers; a write refused with 429 would be sent again after the reset); ${formatCount(shared.requests)} requests, ${formatMs(shared.ms)}`,
    },
  ];
}
