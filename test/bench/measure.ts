// Small measuring helpers shared by the scenarios: wall-clock timing, heap snapshots,
// human-readable figures, ratios, and the rate-limit floor of a request count.
import { performance } from 'perf_hooks';

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Collects garbage when node runs with --expose-gc (npm run bench does); a no-op otherwise. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export function canCollectGarbage(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** Heap in use after a full collection (when available). */
export function settledHeapBytes(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** naive / ours as "12.3x"; "∞" when ours is zero and naive is not; "-" when neither is meaningful. */
export function ratio(naive: number, ours: number): string {
  if (!Number.isFinite(naive) || !Number.isFinite(ours)) return '-';
  if (ours === 0) return naive === 0 ? '1x' : '∞';
  const value = naive / ours;
  return value >= 100 ? `${Math.round(value)}x` : `${value.toFixed(value >= 10 ? 0 : 1)}x`;
}

/**
 * The least time `requests` can take under `limit` requests per window: the first window's
 * budget is spent at once, each further full budget waits for a new window.
 */
export function rateFloorMs(requests: number, limit: number, windowMs: number): number {
  if (requests <= 0) return 0;
  return (Math.ceil(requests / limit) - 1) * windowMs;
}

export function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} min`;
}
