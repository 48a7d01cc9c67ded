/**
 * How the edit commands send: a progress notification while a request is out.
 * Failures are reported through deps.errors (ErrorReporter): one sentence with
 * "Retry" and "Show Log", the details in the log only.
 */
import * as vscode from 'vscode';
import { plainText } from '../../../core/domain/format';

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

/** Runs a command again, as "Retry" does; its own failures are reported by itself. */
export function rerun(command: string, ...args: unknown[]): () => void {
  return () => {
    void vscode.commands.executeCommand(command, ...args);
  };
}
