/**
 * Faults switched on by tests: each matches a route (or '*'), may add latency,
 * and may replace the answer (error body, HTML page, dropped socket, broken JSON).
 * `times` counts down per matching request; the fault clears itself at zero.
 */
import type { FaultSpec, RouteName } from './types';

export interface FaultPlan {
  /** Sum of the latency of every matching fault. */
  latencyMs: number;
  /** The first matching fault that changes the answer, if any. */
  effect: FaultSpec | null;
}

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

export class FaultRegistry {
  private faults: ActiveFault[] = [];

  inject(spec: FaultSpec): void {
    if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) {
      throw new Error('times must be a positive integer');
    }
    if (spec.latencyMs !== undefined && !(spec.latencyMs >= 0)) throw new Error('latencyMs must be >= 0');
    this.faults.push({ spec: { ...spec }, remaining: spec.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.faults = [];
  }

  list(): FaultSpec[] {
    return this.faults.map((fault) => ({ ...fault.spec }));
  }

  /** Consumes one use of every fault that matches this request. */
  take(route: RouteName | 'unknown'): FaultPlan {
    let latencyMs = 0;
    let effect: FaultSpec | null = null;
    for (const fault of this.faults) {
      if (fault.spec.route !== '*' && fault.spec.route !== route) continue;
      fault.remaining -= 1;
      latencyMs += fault.spec.latencyMs ?? 0;
      if (effect === null && changesAnswer(fault.spec)) effect = fault.spec;
    }
    this.faults = this.faults.filter((fault) => fault.remaining > 0);
    return { latencyMs, effect };
  }
}

function changesAnswer(spec: FaultSpec): boolean {
  return spec.status !== undefined || spec.html === true || spec.drop === true || spec.malformed === true || spec.truncated === true;
}
