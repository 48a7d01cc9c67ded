/**
 * Backs the goal store's SnapshotCache with globalState, so a restart paints the
 * tree at once from the last good data. Only one Workspace's snapshot is kept
 * (the latest), as JSON text built by serializeSnapshot, which drops anything
 * secret-looking; the token itself never passes through here.
 */
import type * as vscode from 'vscode';
import type { CachedSnapshot, SnapshotCache } from '../../core/model/snapshotCache';
import { deserializeSnapshot, serializeSnapshot } from '../../core/model/snapshotCache';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';

export const SNAPSHOT_STATE_KEY = 'clickupGoals.snapshot';

interface StoredSnapshot {
  teamId: string;
  text: string;
}

function isStored(value: unknown): value is StoredSnapshot {
  const candidate = value as Partial<StoredSnapshot> | undefined;
  return typeof candidate?.teamId === 'string' && typeof candidate.text === 'string';
}

export class GlobalStateSnapshotCache implements SnapshotCache {
  constructor(
    private readonly memento: vscode.Memento,
    private readonly log: ComponentLogger,
  ) {}

  load(teamId: string): CachedSnapshot | undefined {
    const stored = this.memento.get<unknown>(SNAPSHOT_STATE_KEY);
    if (!isStored(stored) || stored.teamId !== teamId) {
      return undefined;
    }
    const snapshot = deserializeSnapshot(stored.text, teamId);
    if (snapshot === undefined) {
      this.log.warn('The cached goals could not be read; they will be fetched again.');
    }
    return snapshot;
  }

  save(teamId: string, snapshot: CachedSnapshot): void {
    const value: StoredSnapshot = { teamId, text: serializeSnapshot(snapshot) };
    this.memento.update(SNAPSHOT_STATE_KEY, value).then(undefined, (error: unknown) => {
      this.log.warn(`Could not cache the goals: ${describeError(error)}`);
    });
  }

  /** Forgets the cached goals (signing out: another account's data must not linger). */
  clear(): Thenable<void> {
    return this.memento.update(SNAPSHOT_STATE_KEY, undefined);
  }
}
