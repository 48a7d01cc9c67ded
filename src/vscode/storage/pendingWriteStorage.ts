/**
 * Backs the write journal (src/core/pending/writeJournal.ts) with globalState, where VS Code keeps
 * it across window reloads and restarts. What is stored: the ids, values and notes of writes not yet
 * answered, one list per window and Workspace. Never the token (the journal never sees it).
 *
 * Writes are made one at a time and checked after: VS Code echoes every globalState write back to
 * the extension host as the extension's whole state, and an update made between a write and its
 * echo is overwritten in memory by the echo (and then saved stale). So each key's wanted value is
 * kept here and written again until globalState holds it, also once more a moment after, for the
 * echo of another component's write.
 */
import type * as vscode from 'vscode';
import type { KeyValueStorage } from '../../core/pending/writeJournal';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';

/** Most writes of one key in a row before giving up until the next change. */
const MAX_ROUNDS = 5;
const RECHECK_MS = 1000;

export class GlobalStatePendingWrites implements KeyValueStorage {
  private readonly wanted = new Map<string, unknown>();
  private writing = false;
  private recheck: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly log: ComponentLogger,
  ) {}

  keys(): readonly string[] {
    const keys = new Set(this.memento.keys());
    this.wanted.forEach((value, key) => (value === undefined ? keys.delete(key) : keys.add(key)));
    return [...keys];
  }

  get(key: string): unknown {
    return this.wanted.has(key) ? this.wanted.get(key) : this.memento.get<unknown>(key);
  }

  update(key: string, value: unknown): void {
    this.wanted.set(key, value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown));
    void this.writeAll();
  }

  private async writeAll(finalCheck = false): Promise<void> {
    if (this.writing) {
      return;
    }
    this.writing = true;
    try {
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const stale = [...this.wanted].filter(([key, value]) => !sameJson(this.memento.get<unknown>(key), value));
        if (stale.length === 0) {
          break;
        }
        for (const [key, value] of stale) {
          await this.memento.update(key, value);
        }
      }
    } catch (error) {
      this.log.warn(`Could not save the unsent writes: ${describeError(error)}`);
    } finally {
      this.writing = false;
    }
    if (finalCheck) {
      // Held a moment after being written: globalState is the truth for these keys again.
      this.wanted.forEach((value, key) => sameJson(this.memento.get<unknown>(key), value) && this.wanted.delete(key));
    }
    if (this.recheck === undefined && this.wanted.size > 0) {
      this.recheck = setTimeout(() => {
        this.recheck = undefined;
        void this.writeAll(true);
      }, RECHECK_MS);
      this.recheck.unref?.();
    }
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
