/** Extension storage in memory, shaped like VS Code's Memento (JSON round trip, as globalState does). */
import type { KeyValueStorage } from '../../../src/core/pending/writeJournal';

export class MemoryStorage implements KeyValueStorage {
  readonly values = new Map<string, string>();
  updates = 0;

  keys(): readonly string[] {
    return [...this.values.keys()];
  }

  get(key: string): unknown {
    const text = this.values.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  }

  update(key: string, value: unknown): void {
    this.updates += 1;
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.stringify(value));
  }

  /** Every stored entry of every list, as stored. */
  allWrites(): { op: { kind: string; input?: unknown } }[] {
    return [...this.values.values()].flatMap((text) => (JSON.parse(text) as { writes: { op: { kind: string } }[] }).writes);
  }
}

/** Lets queued microtasks (the journal's coalesced save) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
