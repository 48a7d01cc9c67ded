/**
 * Per-token, per-minute budget as ClickUp enforces it. Each key gets a fixed
 * window (60 seconds unless shortened for benchmarks) from its first request; `reset` is reported in Unix seconds.
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
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return {
      limit: this.perMinute,
      remaining: Math.max(0, this.perMinute - window.count),
      resetSeconds: Math.ceil((window.startedAt + this.windowMs) / 1000),
      limited: window.count > this.perMinute,
    };
  }
}

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    'x-ratelimit-limit': String(decision.limit),
    'x-ratelimit-remaining': String(decision.remaining),
    'x-ratelimit-reset': String(decision.resetSeconds),
  };
}
