/**
 * A bundle of the extension loaded on first use instead of at activation (dist/edit.js holds
 * the edit commands). Node's require keeps it loaded; the first call pays for reading it.
 */
import * as path from 'path';

export function onDemandBundle<T>(extensionPath: string, file: string): () => T {
  const location = path.join(extensionPath, 'dist', file);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of our own, read only when needed
  return () => require(location) as T;
}
