/**
 * Which of the lists other windows keep for a Workspace are left over for this start, read back
 * (validated: a corrupt or older list or entry is dropped with a log line) and taken over by this
 * window's journal. A list is left over when its window closed (it says so on dispose), when its
 * process no longer runs (a reloaded or crashed window), or, when that cannot be told (another
 * machine), when it has not been saved for a while (a live window saves every minute).
 * Loaded with the on-demand bundle: only a start that finds such lists pays for it.
 */
import type { PendingWrite, ProcessOwner } from './pendingWrite';
import { parsePendingWrites } from './pendingWrite';
import { isProcessRunning } from './processLiveness';
import type { KeyValueStorage, WriteJournal } from './writeJournal';
import { JOURNAL_HEARTBEAT_MS } from './writeJournal';

export interface AdoptOptions {
  now?: () => number;
  log?: (line: string) => void;
  /** A list its window has not saved for this long counts as left over (default 3 minutes). */
  staleAfterMs?: number;
  /** Whether a window's process still runs: undefined when it cannot tell; then its last save decides. */
  isRunning?: (owner: ProcessOwner) => boolean | undefined;
}

/** Moves the left-over lists into the journal (their keys removed) and returns their writes, oldest first. */
export function adoptLeftOver(journal: WriteJournal, storage: KeyValueStorage, teamId: string, options: AdoptOptions = {}): PendingWrite[] {
  const now = options.now ?? Date.now;
  const isRunning = options.isRunning ?? isProcessRunning;
  const staleBefore = now() - (options.staleAfterMs ?? 3 * JOURNAL_HEARTBEAT_MS);
  const found: PendingWrite[] = [];
  for (const key of journal.otherWindowsKeys(teamId)) {
    const parsed = parsePendingWrites(storage.get(key));
    parsed.problems.forEach((problem) => options.log?.(problem));
    const running = parsed.owner && isRunning(parsed.owner);
    if (!parsed.closed && (running ?? parsed.savedAt >= staleBefore)) {
      continue;
    }
    found.push(...parsed.writes);
    storage.update(key, undefined);
  }
  return journal.adopt(teamId, found);
}
