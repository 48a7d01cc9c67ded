/**
 * A snapshot cache in memory, for the store tests and the bench. Storing text (not
 * objects) proves the snapshot survives JSON and that callers cannot mutate the
 * cached copy; raw/setRaw read and feed the stored text (corrupt or old entries).
 */
import { deserializeSnapshot, serializeSnapshot } from '../../../src/core/model/snapshotCache';
import type { CachedSnapshot, SnapshotCache } from '../../../src/core/model/snapshotCache';

export class MemorySnapshotCache implements SnapshotCache {
  private readonly entries = new Map<string, string>();

  load(teamId: string): CachedSnapshot | undefined {
    const text = this.entries.get(teamId);
    return text === undefined ? undefined : deserializeSnapshot(text, teamId);
  }

  save(teamId: string, snapshot: CachedSnapshot): void {
    this.entries.set(teamId, serializeSnapshot(snapshot));
  }

  /** The stored text. */
  raw(teamId: string): string | undefined {
    return this.entries.get(teamId);
  }

  /** Stores text as if read from disk (lets tests feed corrupt or old entries). */
  setRaw(teamId: string, text: string): void {
    this.entries.set(teamId, text);
  }
}
