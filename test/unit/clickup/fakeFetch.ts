/**
 * A scripted FetchLike for transport tests: each call takes the next step
 * (an answer, a thrown error, or a hang until aborted) and is recorded.
 */
import type { FetchInit, FetchLike, FetchResponse } from '../../../src/core/clickup/fetchTypes';

export type Step =
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  | { throws: Error }
  | { hang: true };

export interface FakeFetch {
  fetch: FetchLike;
  calls: { url: string; init: FetchInit }[];
}

export function answer(status: number, body: unknown = {}, headers: Record<string, string> = {}): Step {
  return { status, body, headers };
}

function respond(step: Extract<Step, { status: number }>): FetchResponse {
  const headers = new Map(Object.entries(step.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    status: step.status,
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    text: () => Promise.resolve(step.text ?? JSON.stringify(step.body ?? {})),
  };
}

/** The last step repeats once the script runs out. */
export function fakeFetch(...steps: Step[]): FakeFetch {
  const calls: FakeFetch['calls'] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === undefined) {
      return Promise.reject(new Error('no scripted answer'));
    }
    if ('throws' in step) {
      return Promise.reject(step.throws);
    }
    if ('hang' in step) {
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      });
    }
    return Promise.resolve(respond(step));
  };
  return { fetch, calls };
}

/** A fake clock with a sleep that advances it instantly and records each wait. */
export function fakeTime(start = 1_700_000_000_000): {
  clock: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  waits: number[];
} {
  let now = start;
  const waits: number[] = [];
  return {
    clock: () => now,
    sleep: (ms, signal) => {
      if (signal?.aborted) {
        return Promise.reject(new Error('aborted'));
      }
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    waits,
  };
}

/** Resolves once `condition` holds, checking after each turn of the event loop. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}
