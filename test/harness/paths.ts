// Where things live for the harness: the repository, the cached code-server, chromium.
// Every location can be overridden by an environment variable (see README's Test section).
import * as os from 'os';
import * as path from 'path';

/** code-server 4.100.3 is pinned: newer ones need Node 22, and from 4.133 on ignore the test payload. */
export const codeServerVersion = '4.100.3';

/** The repository root; this file runs from out/test/harness/. */
export const repoRoot: string = path.resolve(__dirname, '..', '..', '..');

/** Big downloads for running VS Code live here, outside the repository. */
export function hostCacheDir(): string {
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cacheHome, 'clickup-goals-host');
}

/** The cache folder code-server is installed into (kept in step with hostSetup.mjs). */
export function codeServerDir(): string {
  const override = process.env.CLICKUP_GOALS_CODE_SERVER_DIR;
  if (override) return path.resolve(override);
  return path.join(hostCacheDir(), `code-server-${codeServerVersion}`);
}

export function codeServerEntry(): string {
  return path.join(codeServerDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

export function chromiumPath(): string {
  return process.env.CLICKUP_GOALS_CHROMIUM || '/usr/bin/chromium';
}

/** The compiled emulator module (built by `npm run compile-tests`), loaded in-process. */
export const emulatorModulePath: string = path.join(repoRoot, 'out', 'src', 'emulator', 'server.js');

/** Where UI tests save what a person would look at; committed, the README shows them. */
export function screenshotDir(): string {
  return path.resolve(process.env.CLICKUP_GOALS_SCREENSHOT_DIR || path.join(repoRoot, 'media', 'screenshots'));
}
