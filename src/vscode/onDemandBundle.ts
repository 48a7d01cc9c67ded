/**
 * A bundle of the extension loaded on first use instead of at activation: dist/edit.js (the edit,
 * check-in and report commands, the goal page) and dist/client.js (the ClickUp client and
 * node-fetch, its transport). Each is read once: the first call loads it and later calls get the same module. A
 * bundle that cannot be loaded (missing from a broken install, or failing as it runs) is reported
 * once, naming the file and the reason, and every use of it fails with that same error.
 */
import * as path from 'path';
import * as vscode from 'vscode';

export class BundleLoadError extends Error {
  constructor(readonly file: string, readonly original: unknown) {
    super(
      vscode.l10n.t(
        'ClickUp Goals could not load part of itself (dist/{0}); reinstalling the extension should fix this. Reason: {1}',
        file,
        original instanceof Error ? original.message.split('\n')[0] : String(original),
      ),
    );
    this.name = 'BundleLoadError';
  }
}

/** Told once when a bundle fails to load (shows the error and logs it). */
export type BundleFailureReport = (error: BundleLoadError) => void;

export function onDemandBundle<T>(extensionPath: string, file: string, report: BundleFailureReport): () => T {
  const location = path.join(extensionPath, 'dist', file);
  let loaded: { module: T } | { error: BundleLoadError } | undefined;
  return () => {
    if (loaded === undefined) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of our own, read only when needed
        loaded = { module: require(location) as T };
      } catch (cause) {
        const error = new BundleLoadError(file, cause);
        loaded = { error };
        report(error);
      }
    }
    if ('error' in loaded) {
      throw loaded.error;
    }
    return loaded.module;
  };
}
