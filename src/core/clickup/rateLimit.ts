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

/** Hands back the slot a request took; call it once the request has its answer (or has failed). */
export type ReleaseSlot = () => void;

/**
 * The budget as this client sees it: the latest reading of the headers, less the requests sent
 * since that no answer has accounted for yet. Counting its own requests in flight is what keeps
 * many concurrent requests from overrunning the budget between two answers; a 429 is then drawn
 * only when another client (same token) spends it.
 */
export class RateLimitBudget {
  private current: RateLimitState | null = null;
  /** Requests sent that have no answer yet: counted against the remaining budget. */
  private unanswered = 0;
  private readonly waitingForAnswer = new Set<() => void>();

  constructor(private readonly options: RateLimitBudgetOptions) {}

  get state(): RateLimitState | null {
    return this.current;
  }

  observe(headers: HeaderReader): void {
    const state = readRateLimit(headers, this.options.clock());
    if (state === null) {
      return;
    }
    const current = this.current;
    // Answers to concurrent requests arrive in any order; within one window the budget only shrinks.
    const next =
      current !== null && current.resetAt === state.resetAt && current.remaining < state.remaining
        ? { ...state, remaining: current.remaining }
        : state;
    if (current !== null && state.resetAt < current.resetAt) {
      return;
    }
    this.current = next;
    try {
      this.options.onChange?.(next);
    } catch {
      // A listener's failure must not fail the request that brought the news.
    }
  }

  /** A 429 said the budget is spent until `resetAt` (another client may have spent it). */
  spentUntil(resetAt: number): void {
    const limit = this.current?.limit ?? 1;
    this.current = { limit, remaining: 0, resetAt: Math.max(resetAt, this.current?.resetAt ?? 0), observedAt: this.options.clock() };
  }

  /**
   * Takes a slot for one request: at once while the budget (less the requests in flight) allows,
   * holding 'background' requests while it is nearly spent so the user's own go first; otherwise
   * after the reset, or after an answer in flight shows how much is left.
   */
  async acquire(priority: RequestPriority, operation: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    for (;;) {
      const state = this.current;
      const now = this.options.clock();
      // Once the window is over a new one starts with the whole limit, as the next answer will confirm.
      const fresh = state === null || state.resetAt <= now;
      // With nothing in flight, a fresh window is worth a try whatever the last limit said.
      if (state === null || this.available(priority, fresh) || (fresh && this.unanswered === 0)) {
        return this.take();
      }
      if (fresh) {
        // Only requests in flight are in the way: their answers will tell the new window's budget.
        await this.nextAnswer(signal);
        continue;
      }
      const wait = state.resetAt - now;
      if (wait > this.options.maxWaitMs) {
        throw rateLimitedError(operation, state.resetAt, now);
      }
      await this.options.sleep(wait, signal);
      if (this.current?.resetAt === state.resetAt) {
        // Slept until the reset: that window is over even if the clock has not quite caught up.
        const woke = this.options.clock();
        this.current = { ...state, remaining: state.limit, resetAt: Math.min(state.resetAt, woke), observedAt: woke };
      }
    }
  }

  private available(priority: RequestPriority, fresh: boolean): boolean {
    const state = this.current;
    if (state === null) {
      return true;
    }
    const remaining = fresh ? state.limit : state.remaining;
    const reserve = priority === 'background' ? Math.max(1, state.limit * BACKGROUND_RESERVE) : 1;
    return remaining - this.unanswered >= reserve;
  }

  private take(): ReleaseSlot {
    this.unanswered += 1;
    let released = false;
    return () => {
      if (released) {
        return;
      }
      released = true;
      this.unanswered -= 1;
      const waiting = [...this.waitingForAnswer];
      this.waitingForAnswer.clear();
      waiting.forEach((wake) => wake());
    };
  }

  private nextAnswer(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        this.waitingForAnswer.delete(wake);
        reject(new Error('aborted'));
      };
      const wake = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      if (signal?.aborted) {
        reject(new Error('aborted'));
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waitingForAnswer.add(wake);
    });
  }
}
