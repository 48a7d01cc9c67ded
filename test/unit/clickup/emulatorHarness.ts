/**
 * One emulator per suite on 127.0.0.1, and clients pointed at it with small
 * timeouts so a failing test ends quickly. Faults, recorded requests and the
 * rate limit are reset before each test.
 */
import { ClickUpClient, type ClickUpClientOptions } from '../../../src/core/clickup/client';
import { nodeFetch } from '../../../src/core/clickup/nodeFetch';
import { startEmulator } from '../../../src/emulator/server';
import type { EmulatorOptions, RecordedRequest, RouteName, RunningEmulator } from '../../../src/emulator/types';

export interface EmulatorSuite {
  /** Valid inside tests (set in `before`). */
  readonly emulator: RunningEmulator;
  client(options?: Partial<ClickUpClientOptions>): ClickUpClient;
  /** The requests the emulator received for one route since the test began. */
  received(route: RouteName): RecordedRequest[];
}

export function useEmulator(options: EmulatorOptions = {}): EmulatorSuite {
  let running: RunningEmulator | undefined;
  before(async () => {
    running = await startEmulator({ seed: 'sample', ...options });
  });
  after(async () => {
    await running?.close();
  });
  beforeEach(() => {
    running?.clearFaults();
    running?.clearRequests();
    running?.setRateLimit(options.rateLimitPerMinute ?? 100);
    running?.resetRateLimit();
  });
  const suite: EmulatorSuite = {
    get emulator(): RunningEmulator {
      if (running === undefined) {
        throw new Error('the emulator is not running yet');
      }
      return running;
    },
    client: (overrides = {}) =>
      new ClickUpClient({
        baseUrl: suite.emulator.url,
        fetch: nodeFetch,
        token: () => suite.emulator.token,
        timeoutMs: 1000,
        retries: 2,
        retryDelayMs: 5,
        ...overrides,
      }),
    received: (route) => suite.emulator.requests.filter((request) => request.route === route),
  };
  return suite;
}
