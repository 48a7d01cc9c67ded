/**
 * How the edit commands send and fail: a progress notification while a request
 * is out, and on failure one sentence (by the error's reason) with "Retry" and
 * "Show Log". The details go to the log only.
 */
import * as vscode from 'vscode';
import { plainText } from '../../../core/domain/format';
import { describeError } from '../../log/logger';
import { userMessage } from '../../log/userMessages';
import type { EditCommandDeps } from './editDeps';

/** A name from the API, safe and short enough for a title or a message: “Grow revenue”. */
export function quote(name: string): string {
  return `“${plainText(name, 60) || '(no name)'}”`;
}

/** Shows progress while the request is out. Not cancellable: once sent, a write cannot be called back. */
export function sendWithProgress<T>(title: string, send: () => Promise<T>): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: false }, () => send()),
  );
}

/** Reads that may take a while (key results of a goal): progress, and Cancel stops waiting. */
export async function loadWithProgress<T>(title: string, load: () => Promise<T>): Promise<T | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, token) =>
      new Promise<T | undefined>((resolve, reject) => {
        const cancelled = token.onCancellationRequested(() => resolve(undefined));
        void load()
          .then(resolve, reject)
          .finally(() => {
            cancelled.dispose();
          });
      }),
  );
}

export interface Failure {
  /** "Could not create goal “Q3”" — the reason is added after a colon. */
  action: string;
  error: unknown;
  /** Runs the command again (with the kept answers prefilled). */
  retry?: () => void;
}

const RETRY = vscode.l10n.t('Retry');
const SHOW_LOG = vscode.l10n.t('Show Log');

/** Logs the failure and tells the user in one sentence; does not wait for the user to answer. */
export function reportFailure(deps: EditCommandDeps, failure: Failure): void {
  deps.log.error(`${failure.action}: ${describeError(failure.error)}`);
  const actions = failure.retry === undefined ? [SHOW_LOG] : [RETRY, SHOW_LOG];
  void deps.prompts.showError(userMessage(failure.action, failure.error), actions).then((choice) => {
    if (choice === SHOW_LOG) {
      deps.showLog();
    } else if (choice === RETRY) {
      failure.retry?.();
    }
  });
}

/** Runs a command again, as "Retry" does; its own failures are reported by itself. */
export function rerun(command: string, ...args: unknown[]): () => void {
  return () => {
    void vscode.commands.executeCommand(command, ...args);
  };
}
