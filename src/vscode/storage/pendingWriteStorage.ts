/**
 * Backs the write journal (src/core/pending/writeJournal.ts) with globalState, where VS Code keeps
 * it across window reloads and restarts. What is stored: the ids, values and notes of writes not yet
 * answered, one list per window and Workspace. Never the token (the journal never sees it).
 */
import type * as vscode from 'vscode';
import type { KeyValueStorage } from '../../core/pending/writeJournal';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';

export class GlobalStatePendingWrites implements KeyValueStorage {
  constructor(
    private readonly memento: vscode.Memento,
    private readonly log: ComponentLogger,
  ) {}

  keys(): readonly string[] {
    return this.memento.keys();
  }

  get(key: string): unknown {
    return this.memento.get<unknown>(key);
  }

  update(key: string, value: unknown): void {
    this.memento.update(key, value).then(undefined, (error: unknown) => {
      this.log.warn(`Could not save the unsent writes: ${describeError(error)}`);
    });
  }
}
