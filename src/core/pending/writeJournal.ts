/**
 * The list of unsent writes, kept in extension storage as it changes so a closed window loses
 * nothing. Each window (extension host session) keeps its own list per Workspace under its own
 * key, so two windows never overwrite each other's entries; a list is left over for the next
 * start when its window closed (it says so on dispose), when its process no longer runs (a window
 * reloaded or crashed without closing), or, when that cannot be told, when it stopped saving long ago.
 * A write is added when made and removed as soon as its answer arrives (or it fails and the user
 * is told then); a progress edit merged into a newer one is removed when it is dropped, so the
 * stored list stays merged.
 */
import { randomUUID } from 'crypto';
import type { PendingWrite, PendingWriteOp, ProcessOwner } from './pendingWrite';
import { serializePendingWrites } from './pendingWrite';

/** What the journal needs of extension storage (VS Code's Memento has this shape). */
export interface KeyValueStorage {
  keys(): readonly string[];
  get(key: string): unknown;
  /** undefined removes the key. */
  update(key: string, value: unknown): void;
}

export interface WriteJournalOptions {
  /** This window's id (random by default). */
  sessionId?: string;
  now?: () => number;
  log?: (line: string) => void;
  /** This window's process, saved with its lists. */
  owner?: ProcessOwner;
}

export const KEY_PREFIX = 'clickupGoals.pendingWrites/';
/** How often a window re-saves a non-empty list to show it is alive. */
export const JOURNAL_HEARTBEAT_MS = 60_000;

export function pendingWritesKey(teamId: string, sessionId: string): string {
  return `${KEY_PREFIX}${encodeURIComponent(teamId)}/${encodeURIComponent(sessionId)}`;
}

export class WriteJournal {
  private readonly lists = new Map<string, PendingWrite[]>();
  private readonly dirty = new Set<string>();
  private readonly sessionId: string;
  private readonly now: () => number;
  private seq = 0;
  private adopted = 0;
  private closed = false;

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    private readonly options: WriteJournalOptions = {},
  ) {
    this.sessionId = options.sessionId ?? randomUUID();
    this.now = options.now ?? Date.now;
  }

  /** Records a write as it is made; returns its id for remove(). */
  add(teamId: string, op: PendingWriteOp): string {
    const list = this.list(teamId);
    this.seq = Math.max(this.seq, ...list.map((write) => write.seq)) + 1;
    const id = `${this.sessionId}:${this.seq}`;
    list.push({ id, seq: this.seq, madeAt: this.now(), op: structuredClone(op) });
    this.saveSoon(teamId);
    return id;
  }

  /** Records a write (no Workspace: nothing to record); the function returned marks it done, once. */
  record(teamId: string | null, op: PendingWriteOp): () => void {
    if (teamId === null) {
      return () => undefined;
    }
    const id = this.add(teamId, op);
    return () => this.remove(teamId, id);
  }

  /** Records the write, sends it, and marks it done when its answer (or its failure) arrives. */
  track<T>(teamId: string | null, op: PendingWriteOp, send: () => Promise<T>): Promise<T> {
    const done = this.record(teamId, op);
    return send().finally(done);
  }

  /** Its answer arrived, it was merged into a newer write, or the user discarded it. */
  remove(teamId: string, id: string): void {
    const list = this.list(teamId);
    const index = list.findIndex((write) => write.id === id);
    if (index !== -1) {
      list.splice(index, 1);
      this.saveSoon(teamId);
    }
  }

  /** A replay could not send it: keep the values, with the reason. */
  markFailed(teamId: string, id: string, reason: string): void {
    const list = this.list(teamId);
    const index = list.findIndex((write) => write.id === id);
    if (index !== -1) {
      list[index] = { ...list[index], failed: reason };
      this.saveSoon(teamId);
    }
  }

  /** The storage keys of other windows' lists for this Workspace (live or left over; see adoptLeftOver.ts). */
  otherWindowsKeys(teamId: string): string[] {
    const own = pendingWritesKey(teamId, this.sessionId);
    const prefix = `${KEY_PREFIX}${encodeURIComponent(teamId)}/`;
    return (this.storage?.keys() ?? []).filter((key) => key.startsWith(prefix) && key !== own);
  }

  /** Takes over writes another window left (its key already removed): numbered before this window's own, oldest first. */
  adopt(teamId: string, writes: readonly PendingWrite[]): PendingWrite[] {
    const sorted = [...writes].sort((a, b) => a.madeAt - b.madeAt || a.seq - b.seq);
    const renumbered = sorted.map((write, index) => ({ ...write, id: `${this.sessionId}:r${this.adopted + index}`, seq: -sorted.length + index - this.adopted }));
    this.adopted += sorted.length;
    this.list(teamId).unshift(...renumbered);
    if (renumbered.length > 0) {
      this.saveSoon(teamId);
    }
    return renumbered;
  }

  /** The entries adopted from closed windows (numbered before this window's own) still here, oldest first. */
  leftOver(teamId: string): PendingWrite[] {
    return this.list(teamId).filter((write) => write.seq <= 0);
  }

  /** This window's entries for the Workspace, oldest first. */
  pending(teamId: string): readonly PendingWrite[] {
    return [...this.list(teamId)];
  }

  find(teamId: string, id: string): PendingWrite | undefined {
    return this.list(teamId).find((write) => write.id === id);
  }

  /** Re-saves every non-empty list (a live window shows it is alive). */
  heartbeat(): void {
    this.lists.forEach((list, teamId) => list.length > 0 && this.saveSoon(teamId));
  }

  /**
   * The window closes: what is still pending is saved as left over for the next start, and
   * nothing changes it after that. Requests cancelled while the window shuts down must not
   * count as done, and an answer that still arrives is caught by the next start's check.
   */
  close(): void {
    if (this.closed) {
      return;
    }
    this.lists.forEach((_list, teamId) => this.dirty.add(teamId));
    this.closed = true;
    this.flush(true);
  }

  private list(teamId: string): PendingWrite[] {
    let list = this.lists.get(teamId);
    if (list === undefined) {
      list = [];
      this.lists.set(teamId, list);
    }
    return list;
  }

  /** Writes once per burst: a burst of edits made in one go is saved once. */
  private saveSoon(teamId: string): void {
    if (this.dirty.size === 0) {
      queueMicrotask(() => this.flush());
    }
    this.dirty.add(teamId);
  }

  private flush(closing = false): void {
    if (this.closed && !closing) {
      this.dirty.clear();
      return;
    }
    const teams = [...this.dirty];
    this.dirty.clear();
    for (const teamId of teams) {
      const list = this.list(teamId);
      const key = pendingWritesKey(teamId, this.sessionId);
      try {
        this.storage?.update(key, list.length === 0 ? undefined : serializePendingWrites(list, this.now(), this.closed, this.options.owner));
      } catch (error) {
        this.options.log?.(`could not save the unsent writes: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
