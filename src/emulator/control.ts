/**
 * The control endpoint, for processes that did not start the emulator in-process
 * (the UI tests, the demo). Lives under /__emulator/, outside /api/v2, answers
 * loopback callers only, and needs `content-type: application/json` on writes
 * (so a web page cannot post to it without a CORS preflight, which it never grants).
 *
 *   GET    /__emulator/health             {ok, teamId}
 *   GET    /__emulator/requests           {requests}   recorded API requests (no auth header)
 *   DELETE /__emulator/requests           forget them
 *   GET    /__emulator/faults             {faults}     active faults
 *   POST   /__emulator/faults             body: a FaultSpec (see types.ts)
 *   DELETE /__emulator/faults             clear all faults
 *   POST   /__emulator/revoke             body: {token}
 *   POST   /__emulator/rate-limit         body: {perMinute}
 *   POST   /__emulator/rate-limit/reset   start a new minute
 *   POST   /__emulator/rate-limit/spend   body: {count, token?}  another client with that token (default: the primary one) sends count requests
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './respond';
import type { FaultSpec, RecordedRequest, RouteName } from './types';

export interface EmulatorControls {
  teamId: string;
  requests(): readonly RecordedRequest[];
  clearRequests(): void;
  faults(): FaultSpec[];
  injectFault(fault: FaultSpec): void;
  clearFaults(): void;
  revokeToken(token: string): void;
  setRateLimit(perMinute: number): void;
  resetRateLimit(): void;
  spendRateLimit(count: number, token?: string): void;
}

export const CONTROL_PREFIX = '/__emulator';

const ROUTE_NAMES: ReadonlyArray<RouteName | '*'> = [
  '*', 'getAuthorizedUser', 'getAuthorizedWorkspaces', 'getGoals', 'getGoal', 'createGoal',
  'updateGoal', 'deleteGoal', 'createKeyResult', 'editKeyResult', 'deleteKeyResult',
];

export function handleControlRequest(controls: EmulatorControls, req: IncomingMessage, res: ServerResponse, path: string, rawBody: string): void {
  if (!isLoopback(req.socket.remoteAddress)) return sendJson(res, 403, { error: 'loopback only' }, {});
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'DELETE' && !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, { error: 'send content-type: application/json' }, {});
  }
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = rawBody.trim() === '' ? {} : JSON.parse(rawBody);
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    return sendJson(res, 400, { error: 'body is not JSON' }, {});
  }
  const action = `${method} ${path.slice(CONTROL_PREFIX.length).replace(/\/$/, '')}`;
  try {
    switch (action) {
      case 'GET /health':
        return sendJson(res, 200, { ok: true, teamId: controls.teamId }, {});
      case 'GET /requests':
        return sendJson(res, 200, { requests: controls.requests() }, {});
      case 'DELETE /requests':
        controls.clearRequests();
        return sendJson(res, 200, {}, {});
      case 'GET /faults':
        return sendJson(res, 200, { faults: controls.faults() }, {});
      case 'POST /faults':
        controls.injectFault(toFault(body));
        return sendJson(res, 200, {}, {});
      case 'DELETE /faults':
        controls.clearFaults();
        return sendJson(res, 200, {}, {});
      case 'POST /revoke':
        if (typeof body.token !== 'string') throw new Error('token must be a string');
        controls.revokeToken(body.token);
        return sendJson(res, 200, {}, {});
      case 'POST /rate-limit':
        if (typeof body.perMinute !== 'number' || !(body.perMinute >= 0)) throw new Error('perMinute must be a number >= 0');
        controls.setRateLimit(body.perMinute);
        return sendJson(res, 200, {}, {});
      case 'POST /rate-limit/reset':
        controls.resetRateLimit();
        return sendJson(res, 200, {}, {});
      case 'POST /rate-limit/spend':
        if (typeof body.count !== 'number' || !Number.isInteger(body.count) || body.count < 0) throw new Error('count must be a whole number >= 0');
        if (body.token !== undefined && typeof body.token !== 'string') throw new Error('token must be a string');
        controls.spendRateLimit(body.count, body.token);
        return sendJson(res, 200, {}, {});
      default:
        return sendJson(res, 404, { error: `unknown control ${action}` }, {});
    }
  } catch (error) {
    return sendJson(res, 400, { error: (error as Error).message }, {});
  }
}

function toFault(body: Record<string, unknown>): FaultSpec {
  const route = body.route;
  if (!ROUTE_NAMES.some((name) => name === route)) throw new Error(`route must be one of ${ROUTE_NAMES.join(', ')}`);
  return body as unknown as FaultSpec;
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
