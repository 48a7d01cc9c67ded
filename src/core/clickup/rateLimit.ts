/**
 * ClickUp's per-token budget, read from the x-ratelimit-* headers of every
 * response (reset is a Unix time in seconds). Also a small gate: when the
 * budget runs low, background work waits for the reset so the user's own
 * actions still get through.
 */
import type { RequestPriority } from './api';
import { rateLimitedError } from './errorMapping';
import type { Clock, HeaderReader, Sleep } from './fetchTypes';
import type { RateLimitState } from '../domain/types';

/** Below this share of the budget, background requests wait for the reset. */
const BACKGROUND_RESERVE = 0.1;

function headerNumber(headers: HeaderReader, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') {
    return null;
  }
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** Seconds per the docs; a value that can only be milliseconds is taken as such. */
function resetToMs(reset: number): number {
  return reset > 1e11 ? reset : reset * 1000;
}

export function readRateLimit(headers: HeaderReader, now: number): RateLimitState | null {
  const limit = headerNumber(headers, 'x-ratelimit-limit');
  const remaining = headerNumber(headers, 'x-ratelimit-remaining');
  const reset = headerNumber(headers, 'x-ratelimit-reset');
  if (limit === null || remaining === null || reset === null) {
    return null;
  }
  return { limit, remaining, resetAt: resetToMs(reset), observedAt: now };
}

/** When a 429's budget comes back: x-ratelimit-reset, else Retry-After (whether ClickUp sends it is unverified). */
export function retryAtFromHeaders(headers: HeaderReader, now: number): number | undefined {
  const reset = headerNumber(headers, 'x-ratelimit-reset');
  if (reset !== null) {
    return resetToMs(reset);
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter === null) {
    return undefined;
  }
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) {
    return now + seconds * 1000;
  }
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : date;
}

export interface RateLimitBudgetOptions {
  clock: Clock;
  sleep: Sleep;
  /** The longest a request may wait for a reset before failing as rateLimited. */
  maxWaitMs: number;
  onChange?: (state: RateLimitState) => void;
}

export class RateLimitBudget {
  private current: RateLimitState | null = null;

  constructor(private readonly options: RateLimitBudgetOptions) {}

  get state(): RateLimitState | null {
    return this.current;
  }

  observe(headers: HeaderReader): void {
    const state = readRateLimit(headers, this.options.clock());
    if (state !== null) {
      this.current = state;
      try {
        this.options.onChange?.(state);
      } catch {
        // A listener's failure must not fail the request that brought the news.
      }
    }
  }

  /**
   * Holds 'background' requests while the budget is nearly spent, so the user's own go first;
   * holds every request once it is spent, since ClickUp would only answer 429 before the reset.
   */
  async gate(priority: RequestPriority, operation: string, signal?: AbortSignal): Promise<void> {
    const state = this.current;
    if (state === null) {
      return;
    }
    const now = this.options.clock();
    const reserve = priority === 'background' ? Math.max(1, state.limit * BACKGROUND_RESERVE) : 1;
    if (state.remaining >= reserve || state.resetAt <= now) {
      return;
    }
    const wait = state.resetAt - now;
    if (wait > this.options.maxWaitMs) {
      throw rateLimitedError(operation, state.resetAt, now);
    }
    await this.options.sleep(wait, signal);
  }
}
