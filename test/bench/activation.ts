// Scenario 7: activation time in the real extension host. Starts code-server and chromium through
// the host-test harness, hands the workbench the activation probe as its tests module, and reads
// the figure the probe prints. Costs one code-server start (about 10-30 s); skipped when the
// harness's code-server is not installed (`npm run host:setup`).
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import { launchBrowser } from '../harness/browser';
import { startCodeServer } from '../harness/codeServer';
import { codeServerEntry } from '../harness/paths';
import { workbenchUrl } from '../harness/workbenchUrl';
import { parseActivationMarker, type ActivationFigures } from './host/activationMarker';
import { formatBytes, formatMs } from './measure';
import type { BenchRow } from './table';

const section = '7. Activation in the real host';
const watchdogMs = 180_000;

async function probeHost(repoRoot: string): Promise<ActivationFigures> {
  const server = await startCodeServer({ env: { CLICKUP_GOALS_TEST_HOST: 'code-server' } });
  try {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      let figures: ActivationFigures | undefined;
      let resolveExit: (code: number) => void = () => undefined;
      const exit = new Promise<number>((resolve) => (resolveExit = resolve));
      // Both must exist before the page loads: the workbench looks for them once, at start.
      await context.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
        for (const line of format(...args).split('\n')) figures = parseActivationMarker(line) ?? figures;
      });
      await context.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
      const page = await context.newPage();
      const probe = path.join(repoRoot, 'out', 'test', 'bench', 'host', 'activationProbe.js');
      let timer: NodeJS.Timeout | undefined;
      const watchdog = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), watchdogMs)));
      await page.goto(workbenchUrl(server, { extensionTestsPath: probe }));
      const outcome = await Promise.race([exit, watchdog]);
      clearTimeout(timer);
      if (figures) return figures;
      return { error: outcome === 'timeout' ? `no answer from the host within ${watchdogMs / 1000} s` : `host exited with ${outcome} and no figure` };
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

/** build:prod writes no source map link; a development build (npm run build) does. */
function bundleKind(repoRoot: string): string {
  const file = path.join(repoRoot, 'dist', 'extension.js');
  if (!fs.existsSync(file)) return 'missing';
  const size = fs.statSync(file).size;
  const kind = fs.readFileSync(file, 'utf8').includes('//# sourceMappingURL=') ? 'development build' : 'minified';
  return `${kind}, ${formatBytes(size)}`;
}

export async function benchActivation(repoRoot: string, options: { skip: boolean }): Promise<BenchRow[]> {
  const row = (ours: string, note: string): BenchRow[] => [{ section, metric: 'extension.activate() in code-server', ours, naive: '-', ratio: '-', note }];
  if (options.skip) return row('skipped', '--skip-host given');
  if (!fs.existsSync(codeServerEntry())) return row('not measured', 'code-server not installed: run `npm run host:setup`');
  let figures: ActivationFigures;
  try {
    figures = await probeHost(repoRoot);
  } catch (error) {
    return row('not measured', (error instanceof Error ? error.message : String(error)).split('\n')[0]);
  }
  if (figures.error !== undefined || figures.activateMs === undefined) return row('not measured', figures.error ?? 'no figure');
  const uptime = figures.hostUptimeMs === undefined ? '' : `; host up ${formatMs(figures.hostUptimeMs)} when done`;
  const bundle = bundleKind(repoRoot);
  const note = figures.activeBefore
    ? `measured, but an activation event had already activated it${uptime}`
    : `measured once: extension.activate() = loading dist/extension.js (${bundle}) + running activate(), 3 s after the host started the tests module${uptime}; no naive counterpart (a naive extension fetching at activation adds section 1's open time)`;
  return row(formatMs(figures.activateMs), note);
}
