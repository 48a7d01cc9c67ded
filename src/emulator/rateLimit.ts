/**
 * Per-token, per-minute budget as ClickUp enforces it. Each key gets a fixed
 * window (60 seconds unless shortened for benchmarks) from its first request; `reset` is reported in Unix seconds.
 * A window whose length is whole seconds starts on a whole second, so the reset it reports is exactly
 * when the budget comes back (how ClickUp aligns its windows is unverified; its reset is whole seconds too).
 * Another client using the same token is played by spend(): its requests count, the client under test never sees them.
 */
export interface RateLimitDecision {
  limit: number;
  remaining: number;
  /** Unix time in seconds when the window ends. */
  resetSeconds: number;
  limited: boolean;
}

interface Window {
  startedAt: number;
  count: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private perMinute: number,
    private readonly windowMs: number = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  setLimit(perMinute: number): void {
    this.perMinute = perMinute;
  }

  reset(): void {
    this.windows.clear();
  }

  /** Counts one request for `key` and says whether it is over the budget. */
  take(key: string): RateLimitDecision {
    const window = this.currentWindow(key);
    window.count += 1;
    return {
      limit: this.perMinute,
      remaining: Math.max(0, this.perMinute - window.count),
      resetSeconds: Math.ceil((window.startedAt + this.windowMs) / 1000),
      limited: window.count > this.perMinute,
    };
  }

  /** `count` requests of another client with the same key, in the current window. */
  spend(key: string, count: number): void {
    this.currentWindow(key).count += count;
  }

  private currentWindow(key: string): Window {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      const startedAt = this.windowMs % 1000 === 0 ? Math.floor(now / 1000) * 1000 : now;
      window = { startedAt, count: 0 };
      this.windows.set(key, window);
    }
    return window;
  }
}

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    'x-ratelimit-limit': String(decision.limit),
    'x-ratelimit-remaining': String(decision.remaining),
    'x-ratelimit-reset': String(decision.resetSeconds),
  };
}
