/**
 * Whether the extension host process of another window still runs, for the write journal: a window
 * that reloads or crashes may never get to say it closed. Only answerable on this machine (signal 0
 * tests a process without touching it); elsewhere the caller falls back to how recently it saved.
 */
import * as os from 'os';
import type { ProcessOwner } from './pendingWrite';

export function thisProcess(): ProcessOwner {
  return { pid: process.pid, host: os.hostname() };
}

export function isProcessRunning(owner: ProcessOwner): boolean | undefined {
  if (owner.host !== os.hostname()) {
    return undefined;
  }
  if (owner.pid === process.pid) {
    return true;
  }
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user; ESRCH: it is gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
