// The emulator and client set-up every network scenario shares: a Workspace of exactly
// `goals` generated goals, latency on every request, a chosen rate limit, and a fresh
// ClickUpClient (its own budget and in-flight table) per strategy. The emulator runs in a
// worker thread (emulatorWorker.ts) so only the client and the model use the bench's thread.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { ClickUpClient } from '../../src/core/clickup/client';
import { nodeFetch } from '../../src/core/clickup/nodeFetch';
import type { FetchLike } from '../../src/core/clickup/fetchTypes';
import type { EmulatorOptions, FaultSpec, RouteName } from '../../src/emulator/types';
import type { EmulatorAddress, WorkerCommand, WorkerReply } from './workerProtocol';

export interface BenchEmulatorOptions {
  goals: number;
  keyResultsPerGoal?: number;
  /** Added to every API request. */
  latencyMs: number;
  /** Requests per rate-limit window before 429. */
  rateLimit: number;
  /** The rate-limit window (ClickUp's is a minute); shortened only for the edit session. */
  rateLimitWindowMs?: number;
  /** One folder holds every third goal (the rest at the top level). */
  largeFolder?: boolean;
}

/** The slice of RunningEmulator the bench uses, asynchronous because it lives in another thread. */
export interface BenchEmulator extends EmulatorAddress {
  /** Requests received since the last clearRequests(), optionally of some routes only. */
  countRequests(routes?: readonly RouteName[]): Promise<number>;
  clearRequests(): Promise<void>;
  injectFault(fault: FaultSpec): Promise<void>;
  setRateLimit(perWindow: number): Promise<void>;
  resetRateLimit(): Promise<void>;
  /** Another client with the same token sends `count` requests now. */
  spendRateLimit(count: number): Promise<void>;
  close(): Promise<void>;
}

type CommandBody = WorkerCommand extends infer C ? (C extends WorkerCommand ? Omit<C, 'id'> : never) : never;

export async function startBenchEmulator(options: BenchEmulatorOptions): Promise<BenchEmulator> {
  const emulatorOptions: EmulatorOptions = {
    seed: 'empty',
    extraGoals: options.goals,
    keyResultsPerGoal: options.keyResultsPerGoal ?? 3,
    rateLimitPerMinute: options.rateLimit,
    rateLimitWindowMs: options.rateLimitWindowMs,
    latencyMs: options.latencyMs,
    largeFolder: options.largeFolder,
  };
  const worker = new Worker(path.join(__dirname, 'emulatorWorker.js'), { workerData: emulatorOptions });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  worker.on('message', (reply: WorkerReply) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error !== undefined) entry?.reject(new Error(`emulator: ${reply.error}`));
    else entry?.resolve(reply.value);
  });
  worker.on('error', (error) => waiting.forEach((entry) => entry.reject(error)));
  const started = new Promise<unknown>((resolve, reject) => waiting.set(0, { resolve, reject }));
  const address = (await started) as EmulatorAddress;
  const send = (command: CommandBody): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...command, id });
    });
  return {
    ...address,
    countRequests: async (routes) => (await send({ kind: 'count', routes })) as number,
    clearRequests: async () => void (await send({ kind: 'clearRequests' })),
    injectFault: async (fault) => void (await send({ kind: 'injectFault', fault })),
    setRateLimit: async (perWindow) => void (await send({ kind: 'setRateLimit', perWindow })),
    resetRateLimit: async () => void (await send({ kind: 'resetRateLimit' })),
    spendRateLimit: async (count) => void (await send({ kind: 'spendRateLimit', count })),
    close: async () => {
      await send({ kind: 'close' });
      await worker.terminate();
    },
  };
}

export function benchClient(emulator: EmulatorAddress): ClickUpClient {
  // The default 60 s cap on a rate-limit wait is kept: a shortened window only makes waits shorter.
  return new ClickUpClient({ baseUrl: emulator.url, fetch: nodeFetch, token: () => emulator.token });
}

/** A client that also counts the 429 answers it draws, and those to requests sent once an answer had told it the budget. */
export function throttleWatchingClient(emulator: EmulatorAddress): { client: ClickUpClient; refused: () => { all: number; afterFirstAnswer: number } } {
  let answered = false;
  let all = 0;
  let afterFirstAnswer = 0;
  const fetch: FetchLike = async (url, init) => {
    // Sent once an answer had told the budget: a 429 is then the client's own overrun (or another client's spending).
    const informed = answered;
    const response = await nodeFetch(url, init);
    if (response.status === 429) {
      all += 1;
      if (informed) afterFirstAnswer += 1;
    }
    answered = true;
    return response;
  };
  return { client: new ClickUpClient({ baseUrl: emulator.url, token: () => emulator.token, fetch }), refused: () => ({ all, afterFirstAnswer }) };
}

/** A client that also counts the requests it has sent, readable synchronously (e.g. in a change listener). */
export function countingClient(emulator: EmulatorAddress): { client: ClickUpClient; sent: () => number } {
  let sent = 0;
  const fetch: FetchLike = (url, init) => {
    sent += 1;
    return nodeFetch(url, init);
  };
  return { client: new ClickUpClient({ baseUrl: emulator.url, token: () => emulator.token, fetch }), sent: () => sent };
}

/** Lets background work (revalidation, deferred saves) start, so late requests are counted too. */
export function settle(ms = 100): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
