// The page URL that opens a folder and hands the workbench its development/test options.
// code-server rejects these options on its command line; the workbench reads them from `payload`.
import type { RunningCodeServer } from './codeServer';
import { repoRoot } from './paths';

export interface WorkbenchUrlOptions {
  /** Compiled tests module for the extension host (host tests only; it stops the host when done). */
  extensionTestsPath?: string;
}

export function workbenchUrl(server: RunningCodeServer, options: WorkbenchUrlOptions = {}): string {
  const payload: [string, string][] = [['extensionDevelopmentPath', server.remoteUri(repoRoot)]];
  if (options.extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(options.extensionTestsPath)]);
  payload.push(['skipWelcome', 'true']);
  const query = new URLSearchParams({ folder: server.remoteUri(server.workspaceDir), payload: JSON.stringify(payload) });
  return `${server.baseUrl}/?${query.toString()}`;
}
