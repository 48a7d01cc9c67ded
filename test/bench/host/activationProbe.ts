// Runs inside the real extension host (as its extensionTestsPath) for scenario 7: activates the
// extension and prints how long that took on one marker line the bench driver picks up.
// It is the only bench file that needs vscode: it measures the host, not the pure core.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
// eslint-disable-next-line no-restricted-imports, @typescript-eslint/no-restricted-imports -- runs in the extension host
import * as vscode from 'vscode';
import { formatActivationMarker } from './activationMarker';

const extensionId = 'clickup-goals-team.clickup-goals';
/**
 * The workbench and the built-in extensions are still starting when the tests module runs; on a
 * 2-core machine that contention would be charged to us. A person opens the view later, so wait.
 */
const settleMs = 3000;

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) {
    console.log(formatActivationMarker({ error: `${extensionId} is not loaded in the host` }));
    return;
  }
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const activeBefore = extension.isActive;
  const started = performance.now();
  await extension.activate();
  const activateMs = performance.now() - started;
  // performance.now() counts from the extension host process's start.
  const loaded = loadedBundles(extension.extensionPath);
  console.log(
    formatActivationMarker({
      activeBefore,
      activateMs,
      loadedBytes: loaded.reduce((sum, file) => sum + fs.statSync(file).size, 0),
      loadedFiles: loaded.map((file) => path.basename(file)).sort(),
      hostUptimeMs: performance.now(),
    }),
  );
}

/** The extension's bundles (dist/) that Node has loaded so far: what activation cost to read and compile. */
function loadedBundles(extensionPath: string): string[] {
  const dist = path.join(extensionPath, 'dist') + path.sep;
  return Object.keys(require.cache).filter((file) => file.startsWith(dist));
}
