// Recorded ClickUp answers played back without a network, so scenario 5 times the client's
// parsing and the model's building alone. Answers are recorded once from the emulator.
import nodeFetch from 'node-fetch';
import type { FetchLike, FetchResponse } from '../../src/core/clickup/fetchTypes';
import type { EmulatorAddress } from './workerProtocol';

/** A base URL the client accepts (plain http is allowed for loopback); nothing listens there. */
export const REPLAY_BASE_URL = 'http://127.0.0.1:9/api/v2';

export type Recording = ReadonlyMap<string, string>;

/** Records GET answers for the given paths (relative to /api/v2, query included), a few at a time. */
export async function record(emulator: EmulatorAddress, paths: readonly string[], concurrency = 16): Promise<Recording> {
  const answers = new Map<string, string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const path = paths[next++];
      const response = await nodeFetch(emulator.url + path, { headers: { Authorization: emulator.token } });
      if (response.status !== 200) throw new Error(`recording ${path} got ${response.status}`);
      answers.set(path, await response.text());
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answers;
}

const headers = {
  get(name: string): string | null {
    if (name === 'x-ratelimit-limit') return '1000000';
    if (name === 'x-ratelimit-remaining') return '1000000';
    if (name === 'x-ratelimit-reset') return String(Math.ceil(Date.now() / 1000) + 60);
    return null;
  },
};

/** A fetch that answers from the recording (404 for anything not recorded) and counts calls. */
export function replayFetch(recording: Recording): { fetch: FetchLike; calls: () => number } {
  let calls = 0;
  const fetch: FetchLike = (url) => {
    calls += 1;
    const text = recording.get(url.slice(REPLAY_BASE_URL.length));
    const response: FetchResponse = {
      status: text === undefined ? 404 : 200,
      headers,
      text: () => Promise.resolve(text ?? '{"err":"Route not found","ECODE":"APP_001"}'),
    };
    return Promise.resolve(response);
  };
  return { fetch, calls: () => calls };
}
