/**
 * One HTTP exchange with ClickUp, made safe: a timeout on every attempt, the
 * caller's AbortSignal, the rate-limit budget, retries for reads and shared
 * in-flight reads. Answers with the parsed JSON body or rejects with a ClickUpError.
 *
 * Retry policy. Reads (GET) are retried on network errors, timeouts and 5xx
 * with a growing delay. Writes (POST/PUT/DELETE) are never retried on those:
 * the request may have reached ClickUp and been applied before the answer was
 * lost, and a second create would make a second goal. The one exception is
 * 429: ClickUp refused the request and did nothing, so waiting for the reset
 * and sending it again cannot apply it twice.
 */
import { createHash } from 'node:crypto';
import * as l10n from '@vscode/l10n';
import type { RequestPriority } from './api';
import { authHeader } from './authHeader';
import { checkBaseUrl } from './baseUrl';
import {
  cancelledError,
  errorFromStatus,
  invalidBodyError,
  networkError,
  timeoutError,
} from './errorMapping';
import { ClickUpError, isClickUpError } from './errors';
import type { Clock, ClientLogger, FetchLike, FetchResponse, Sleep, TokenProvider } from './fetchTypes';
import { InflightRequests } from './inflight';
import { retryAtFromHeaders, type RateLimitBudget } from './rateLimit';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface TransportRequest {
  operation: string;
  method: HttpMethod;
  /** Path below the base URL, e.g. "/goal/123"; ids already encoded. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  priority?: RequestPriority;
  signal?: AbortSignal;
}

export interface TransportOptions {
  baseUrl: string;
  token: TokenProvider;
  fetch: FetchLike;
  timeoutMs: number;
  /** Extra attempts for reads. */
  retries: number;
  /** First delay between read attempts; doubles each time. */
  retryDelayMs: number;
  /** How many times one request may wait out a 429 before failing. */
  rateLimitRetries: number;
  /** The longest one wait for a rate-limit reset may last. */
  maxRateLimitWaitMs: number;
  clock: Clock;
  sleep: Sleep;
  budget: RateLimitBudget;
  logger?: ClientLogger;
}

/** The reset time has second resolution and clocks drift: never retry a 429 sooner than this. */
const MIN_RATE_LIMIT_WAIT_MS = 1000;

/** 429s that carried no reset time: their retryAt is a guess, so they are reported rather than waited out. */
const guessedResets = new WeakSet<ClickUpError>();

export class Transport {
  private readonly inflight = new InflightRequests();

  constructor(private readonly options: TransportOptions) {}

  async send(request: TransportRequest): Promise<unknown> {
    const { operation, signal } = request;
    // Checked before the token is even read: an insecure address never sees it.
    const base = checkBaseUrl(this.options.baseUrl);
    throwIfAborted(signal, operation);
    const header = authHeader(await this.readToken());
    const url = base + request.path + queryString(request.query);
    if (request.method !== 'GET') {
      return this.attempt(request, url, header, signal);
    }
    const key = createHash('sha256').update(`${url}\n${header}`).digest('hex');
    return this.inflight.run(key, signal, () => cancelledError(operation), (shared) =>
      this.attempt(request, url, header, shared),
    );
  }

  private async readToken(): Promise<string | undefined> {
    try {
      return await this.options.token();
    } catch (cause) {
      throw new ClickUpError(l10n.t('The ClickUp token could not be read.'), { reason: 'unauthorized', cause });
    }
  }

  private async attempt(request: TransportRequest, url: string, header: string, signal?: AbortSignal): Promise<unknown> {
    const { operation, method } = request;
    const isRead = method === 'GET';
    let failures = 0;
    let rateLimitWaits = 0;
    for (;;) {
      throwIfAborted(signal, operation);
      // Every attempt takes a slot of the budget, so requests in flight count against it.
      const release = await this.guard(operation, signal, () =>
        this.options.budget.acquire(request.priority ?? 'user', operation, signal),
      );
      try {
        // A write is not aborted once sent: whether it was applied could not be known.
        return await this.exchange(request, url, header, isRead ? signal : undefined);
      } catch (error) {
        const failure = isClickUpError(error) ? error : networkError(operation, error, !isRead);
        const now = this.options.clock();
        if (failure.reason === 'rateLimited' && rateLimitWaits < this.options.rateLimitRetries) {
          const wait = (failure.retryAt ?? now) - now;
          if (!guessedResets.has(failure) && wait <= this.options.maxRateLimitWaitMs) {
            rateLimitWaits += 1;
            this.options.logger?.warn(`${operation}: rate limited; waiting ${Math.round(wait)} ms for the reset.`);
            // The budget holds this request, and every other, until the reset (the next acquire waits).
            this.options.budget.spentUntil(now + wait);
            continue;
          }
        }
        if (isRead && failures < this.options.retries && isTransient(failure)) {
          const delay = this.options.retryDelayMs * 2 ** failures;
          failures += 1;
          this.options.logger?.warn(`${operation}: ${failure.reason}; retry ${failures} in ${delay} ms.`);
          await this.guard(operation, signal, () => this.options.sleep(delay, signal));
          continue;
        }
        throw failure;
      } finally {
        release();
      }
    }
  }

  /** One fetch, bounded by the timeout, turned into a body or a ClickUpError. */
  private async exchange(request: TransportRequest, url: string, header: string, signal?: AbortSignal): Promise<unknown> {
    const { operation, method } = request;
    const { timeoutMs, clock, logger, budget } = this.options;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const started = clock();
    let response: FetchResponse;
    let text: string;
    try {
      const headers: Record<string, string> = { Authorization: header, Accept: 'application/json' };
      let body: string | undefined;
      if (request.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(request.body);
      }
      response = await this.options.fetch(url, { method, headers, body, signal: controller.signal, redirect: 'manual' });
      budget.observe(response.headers);
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) {
        throw cancelledError(operation);
      }
      if (timedOut) {
        throw timeoutError(operation, timeoutMs, method !== 'GET');
      }
      throw networkError(operation, error, method !== 'GET');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    const now = clock();
    logger?.debug(`${operation}: ${method} ${request.path} -> ${response.status} in ${now - started} ms`);
    if (response.status < 200 || response.status > 299) {
      const hinted = retryAtFromHeaders(response.headers, now) ?? budget.state?.resetAt;
      // A reset already past means the clocks disagree: still give it a moment. With no hint at
      // all, one full window (a minute) is the honest guess, but not one worth waiting for.
      const retryAt = hinted === undefined ? now + 60_000 : Math.max(hinted, now + MIN_RATE_LIMIT_WAIT_MS);
      const error = errorFromStatus(operation, response.status, text, retryAt, now);
      if (error.reason === 'rateLimited' && hinted === undefined) {
        guessedResets.add(error);
      }
      throw error;
    }
    if (text.trim() === '') {
      return undefined;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw invalidBodyError(operation, response.status, cause);
    }
  }

  /** Runs a wait; if the caller cancelled meanwhile, the failure is reported as 'cancelled'. */
  private async guard<T>(operation: string, signal: AbortSignal | undefined, wait: () => Promise<T>): Promise<T> {
    try {
      return await wait();
    } catch (error) {
      if (signal?.aborted) {
        throw cancelledError(operation);
      }
      throw error;
    }
  }
}

function throwIfAborted(signal: AbortSignal | undefined, operation: string): void {
  if (signal?.aborted) {
    throw cancelledError(operation);
  }
}

function isTransient(error: ClickUpError): boolean {
  return error.reason === 'network' || error.reason === 'timeout' || error.reason === 'server';
}

function queryString(query: Record<string, string> | undefined): string {
  if (query === undefined || Object.keys(query).length === 0) {
    return '';
  }
  return `?${new URLSearchParams(query).toString()}`;
}
