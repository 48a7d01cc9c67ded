/**
 * The emulator's HTTP plumbing: a Node `http` server on 127.0.0.1 that serves
 * ClickUp API v2 under /api/v2 and the control endpoint under /__emulator/.
 * Everything about a single API request lives in apiHandler.ts. With a data
 * file that already exists, its saved state is used and the seed options are ignored.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApiRequest, type ApiDependencies } from './apiHandler';
import { CONTROL_PREFIX, handleControlRequest, type EmulatorControls } from './control';
import { FaultRegistry } from './faults';
import { createRuntimeRandom } from './ids/random';
import { loadState, saveState } from './persistence';
import { RateLimiter } from './rateLimit';
import { sendError } from './respond';
import { createInitialState } from './sampleData';
import { Store } from './state/store';
import type { EmulatorOptions, FaultSpec, RecordedRequest, RunningEmulator } from './types';

const API_PREFIX = '/api/v2';
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const loaded = options.dataFile ? loadState(options.dataFile) : null;
  const store = new Store(
    loaded ??
      createInitialState(
        { seed: options.seed ?? 'sample', workspaces: options.workspaces ?? 1, extraGoals: options.extraGoals ?? 0, keyResultsPerGoal: options.keyResultsPerGoal ?? 3, largeFolder: options.largeFolder },
        Date.now(),
      ),
  );
  const dataFile = options.dataFile;
  const persist = dataFile ? (): void => saveState(dataFile, store.toState()) : (): void => undefined;
  if (dataFile && !loaded) persist();

  const limiter = new RateLimiter(options.rateLimitPerMinute ?? 100, options.rateLimitWindowMs);
  const faults = new FaultRegistry();
  const requests: RecordedRequest[] = [];
  const log = options.log ?? ((): void => undefined);
  const deps: ApiDependencies = { store, limiter, faults, requests, random: createRuntimeRandom(), baseLatencyMs: options.latencyMs ?? 0, persist, log };

  const controls: EmulatorControls = {
    teamId: store.primaryTeamId,
    requests: () => requests,
    clearRequests: () => void requests.splice(0, requests.length),
    faults: () => faults.list(),
    injectFault: (fault: FaultSpec) => faults.inject(fault),
    clearFaults: () => faults.clear(),
    revokeToken: (token: string) => {
      const record = store.tokens.get(token);
      if (record) {
        record.revoked = true;
        persist();
      }
    },
    setRateLimit: (perMinute: number) => limiter.setLimit(perMinute),
    resetRateLimit: () => limiter.reset(),
    spendRateLimit: (count: number, token?: string) => limiter.spend(`token:${token ?? store.primaryToken}`, count),
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`internal error: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) sendError(res, 500, 'Internal Server Error', 'APP_500', {});
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawBody = await readBody(req);
    if (rawBody === null) return sendError(res, 413, 'Request body too large', 'INPUT_010', {});
    if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
      return handleControlRequest(controls, req, res, url.pathname, rawBody);
    }
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return sendError(res, 404, 'Route not found', 'APP_001', {});
    const query: Record<string, string> = {};
    url.searchParams.forEach((value, key) => {
      query[key] = value;
    });
    await handleApiRequest(deps, req, res, { method: req.method ?? 'GET', path: url.pathname.slice(API_PREFIX.length), query, rawBody });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}${API_PREFIX}`,
    port,
    token: store.primaryToken,
    oauthToken: store.oauthToken,
    teamId: store.primaryTeamId,
    get requests(): readonly RecordedRequest[] {
      return requests;
    },
    clearRequests: () => controls.clearRequests(),
    injectFault: (fault) => controls.injectFault(fault),
    clearFaults: () => controls.clearFaults(),
    revokeToken: (token) => controls.revokeToken(token),
    setRateLimit: (perMinute) => controls.setRateLimit(perMinute),
    resetRateLimit: () => controls.resetRateLimit(),
    spendRateLimit: (count, token) => controls.spendRateLimit(count, token),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The body as text, or null when it is larger than the emulator accepts. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
