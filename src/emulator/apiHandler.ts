/**
 * One API request from start to finish: record it, count it against the
 * token's budget, apply injected faults, authenticate, route, persist writes,
 * and answer with the x-ratelimit-* headers on every response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './apiError';
import { authenticate } from './auth';
import type { FaultRegistry } from './faults';
import type { Random } from './ids/random';
import { rateLimitHeaders, type RateLimiter } from './rateLimit';
import { sendBrokenBody, sendJson, sendReplacingFault } from './respond';
import { matchRoute } from './router';
import type { RouteResult } from './routes/context';
import type { Store } from './state/store';
import type { RecordedRequest } from './types';

export interface ApiDependencies {
  store: Store;
  limiter: RateLimiter;
  faults: FaultRegistry;
  requests: RecordedRequest[];
  random: Random;
  /** Latency added to every request (the --latency option). */
  baseLatencyMs: number;
  persist(): void;
  log(line: string): void;
}

export interface ParsedRequest {
  method: string;
  /** Path relative to /api/v2. */
  path: string;
  query: Record<string, string>;
  rawBody: string;
}

export async function handleApiRequest(deps: ApiDependencies, req: IncomingMessage, res: ServerResponse, request: ParsedRequest): Promise<void> {
  const started = Date.now();
  const matched = matchRoute(request.method, request.path);
  const body = parseBody(request.rawBody);
  const auth = authenticate(deps.store, headerValue(req.headers.authorization));
  deps.requests.push({
    route: matched ? matched.definition.name : 'unknown',
    method: request.method,
    path: request.path,
    query: request.query,
    body,
    authorized: auth.ok,
    at: started,
  });
  const budgetKey = auth.ok ? `token:${auth.token.token}` : `anonymous:${headerValue(req.headers.authorization) ?? req.socket.remoteAddress ?? ''}`;
  const decision = deps.limiter.take(budgetKey);
  const headers = rateLimitHeaders(decision);
  const plan = deps.faults.take(matched ? matched.definition.name : 'unknown');
  const delay = deps.baseLatencyMs + plan.latencyMs;
  if (delay > 0) await sleep(delay);
  const finish = (status: number): void => deps.log(`${request.method} ${request.path} ${status} ${Date.now() - started}ms`);

  if (plan.effect && sendReplacingFault(res, plan.effect, headers)) {
    finish(plan.effect.drop ? 0 : res.statusCode);
    return;
  }
  let result: RouteResult;
  if (decision.limited) {
    result = { status: 429, body: { err: 'Rate limit reached', ECODE: 'APP_002' } };
  } else if (!auth.ok) {
    result = { status: auth.error.status, body: auth.error.toBody() };
  } else if (!matched) {
    result = { status: 404, body: { err: 'Route not found', ECODE: 'APP_001' } };
  } else {
    result = runHandler(deps, () =>
      matched.definition.handler({
        store: deps.store, token: auth.token, user: auth.user, params: matched.params,
        query: request.query, body, now: Date.now(), random: deps.random,
      }),
    );
    if (matched.definition.writes && result.status === 200) deps.persist();
  }
  if (plan.effect && (plan.effect.malformed || plan.effect.truncated)) {
    sendBrokenBody(res, plan.effect, result.body, headers);
  } else {
    sendJson(res, result.status, result.body, headers);
  }
  finish(res.statusCode);
}

function runHandler(deps: ApiDependencies, handler: () => RouteResult): RouteResult {
  try {
    return handler();
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.toBody() };
    deps.log(`internal error: ${(error as Error).stack ?? String(error)}`);
    return { status: 500, body: { err: 'Internal Server Error', ECODE: 'APP_500' } };
  }
}

/** The parsed JSON body; the raw text when it is not JSON; undefined when empty. */
function parseBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
