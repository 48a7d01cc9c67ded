// Scenario 7: activation time in the real extension host. Stages a copy of the extension with a
// production bundle, starts code-server and chromium through the host-test harness, hands the
// workbench the activation probe as its tests module, and reads the figure the probe prints; a
// new page per start gives a new extension host, so each of the starts is cold. Costs one code-server start (about 10-30 s); skipped when the
// harness's code-server is not installed (`npm run host:setup`).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { startCodeServer, type RunningCodeServer } from '../harness/codeServer';
import { codeServerEntry } from '../harness/paths';
import { parseActivationMarker, type ActivationFigures } from './host/activationMarker';
import { formatBytes, formatMs } from './measure';
import { buildExtensionBundle } from './extensionBundle';
import type { BenchRow } from './table';

const section = '7. Activation in the real host';
const watchdogMs = 180_000;

/**
 * A copy of the extension as users install it: the manifest, the media and the build:prod bundle
 * (copied out, so a development build written to dist/ later is never measured), plus the probe,
 * which must live inside the extension folder.
 */
async function stageExtension(repoRoot: string, dir: string): Promise<{ probe: string; bundleBytes: number }> {
  // Without its activation events: onStartupFinished would activate it before the probe can time it.
  // What is timed is the same activate() that event runs.
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  manifest.activationEvents = [];
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.cpSync(path.join(repoRoot, 'media'), path.join(dir, 'media'), { recursive: true, filter: (source) => !source.includes('screenshots') });
  const bundleBytes = await buildExtensionBundle(repoRoot, 'production', path.join(dir, 'dist', 'extension.js'));
  const compiled = path.join(repoRoot, 'out', 'test', 'bench', 'host');
  fs.mkdirSync(path.join(dir, 'probe'));
  for (const file of ['activationProbe.js', 'activationMarker.js']) fs.copyFileSync(path.join(compiled, file), path.join(dir, 'probe', file));
  return { probe: path.join(dir, 'probe', 'activationProbe.js'), bundleBytes };
}

/** The workbench page for the staged copy (the harness's workbenchUrl always points at the repository). */
function probeUrl(server: RunningCodeServer, extensionDir: string, probe: string): string {
  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(extensionDir)],
    ['extensionTestsPath', server.remoteUri(probe)],
    ['skipWelcome', 'true'],
  ];
  const query = new URLSearchParams({ folder: server.remoteUri(server.workspaceDir), payload: JSON.stringify(payload) });
  return `${server.baseUrl}/?${query.toString()}`;
}

/** One cold start: a new page starts a new extension host, which loads the bundle afresh. */
async function probeOnce(context: BrowserContext, url: string, readFigures: () => ActivationFigures | undefined, exit: () => Promise<number>): Promise<ActivationFigures> {
  const page = await context.newPage();
  try {
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), watchdogMs)));
    await page.goto(url);
    const outcome = await Promise.race([exit(), watchdog]);
    clearTimeout(timer);
    const figures = readFigures();
    if (figures) return figures;
    return { error: outcome === 'timeout' ? `no answer from the host within ${watchdogMs / 1000} s` : `host exited with ${outcome} and no figure` };
  } finally {
    await page.close();
  }
}

async function probeHost(extensionDir: string, probe: string, starts: number): Promise<ActivationFigures[]> {
  const server = await startCodeServer({ env: { CLICKUP_GOALS_TEST_HOST: 'code-server' } });
  try {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      let figures: ActivationFigures | undefined;
      let resolveExit: (code: number) => void = () => undefined;
      // Both must exist before the page loads: the workbench looks for them once, at start.
      await context.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
        for (const line of format(...args).split('\n')) figures = parseActivationMarker(line) ?? figures;
      });
      await context.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
      const url = probeUrl(server, extensionDir, probe);
      const all: ActivationFigures[] = [];
      for (let start = 0; start < starts; start++) {
        figures = undefined;
        const exit = new Promise<number>((resolve) => (resolveExit = resolve));
        all.push(await probeOnce(context, url, () => figures, () => exit));
      }
      return all;
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function benchActivation(repoRoot: string, options: { skip: boolean; starts: number }): Promise<BenchRow[]> {
  const row = (ours: string, note: string): BenchRow[] => [{ section, metric: 'extension.activate() in code-server', ours, naive: '-', ratio: '-', note }];
  if (options.skip) return row('skipped', '--skip-host given');
  if (!fs.existsSync(codeServerEntry())) return row('not measured', 'code-server not installed: run `npm run host:setup`');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-bench-ext-'));
  let all: ActivationFigures[];
  let bundleBytes: number;
  try {
    const staged = await stageExtension(repoRoot, dir);
    bundleBytes = staged.bundleBytes;
    all = await probeHost(dir, staged.probe, options.starts);
  } catch (error) {
    return row('not measured', (error instanceof Error ? error.message : String(error)).split('\n')[0]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const failed = all.find((figures) => figures.error !== undefined || figures.activateMs === undefined);
  if (failed) return row('not measured', failed.error ?? 'no figure');
  if (all.some((figures) => figures.activeBefore)) return row('not measured', 'an activation event had already activated it');
  const times = all.map((figures) => figures.activateMs ?? 0);
  const { loadedBytes, loadedFiles } = all[0];
  const loadedNote =
    loadedBytes === undefined
      ? `the minified bundle (${formatBytes(bundleBytes)})`
      : `${loadedBytes} B (${formatBytes(loadedBytes)}) of our bundles (every dist/ file in require.cache afterwards: ${(loadedFiles ?? []).join(', ') || '?'}; dist/extension.js is ${bundleBytes} B)`;
  const note =
    `measured: median of ${times.length} cold starts (a new extension host each; ${times.map((ms) => formatMs(ms)).join(', ')}); ` +
    `extension.activate() = loading ${loadedNote} + running activate(), 3 s after the host started the tests module, signed out with nothing cached ` +
    `(signed in, the first request, e.g. revalidating the cached tree just after it is painted, then loads dist/client.js); ` +
    `no naive counterpart (a naive extension fetching at activation adds section 1's open time)`;
  return row(formatMs(median(times)), note);
}
