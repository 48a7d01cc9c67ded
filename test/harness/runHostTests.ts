// npm run test:host: runs the host tests (test/host/**/*.test.ts, mocha bdd, entry test/host/index.ts)
// in a real VS Code extension host under code-server, with chromium loading the workbench.
// Exits with the host's code and prints `N passed, N failed` as its last line.
// Options: --grep <text> (only matching tests), --locale <language> (display language, e.g. de),
// CLICKUP_GOALS_HOST_TIMEOUT_MS (watchdog, default 10 min),
// CLICKUP_GOALS_VERBOSE=1 (echo code-server's output and the page's console).
import * as path from 'path';
import { format } from 'util';
import { launchBrowser } from './browser';
import { startCodeServer } from './codeServer';
import { argValue, onCleanup, runMain } from './lifecycle';
import { repoRoot } from './paths';
import { formatTotalLine, parseResultMarker, startMarker, type SuiteCounts } from './results';
import { workbenchUrl } from './workbenchUrl';

const testsEntry = path.join(repoRoot, 'out', 'test', 'host', 'index.js');
const timeoutMs = Number(process.env.CLICKUP_GOALS_HOST_TIMEOUT_MS) || 10 * 60_000;

async function main(): Promise<number> {
  const grep = argValue('grep');
  const server = await startCodeServer({
    env: { CLICKUP_GOALS_TEST_HOST: 'code-server', ...(grep ? { CLICKUP_GOALS_TEST_GREP: grep } : {}) },
    locale: argValue('locale'),
  });
  onCleanup(() => server.stop());
  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  const context = await browser.newContext();

  let counts: SuiteCounts | undefined;
  let resolveExit: (code: number) => void = () => undefined;
  const exit = new Promise<number>((resolve) => (resolveExit = resolve));
  let finished = false;
  // Until the tests start, the relay carries mostly the workbench's own chatter: keep its errors only.
  let started = process.env.CLICKUP_GOALS_VERBOSE === '1';
  // Both must exist before the page loads: the workbench looks for them once, at start.
  await context.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    if (finished) return;
    // The host's console arrives as console.log arguments (a format string and its values).
    const text = format(...args);
    for (const line of text.split('\n')) {
      const marker = parseResultMarker(line);
      if (marker) counts = marker;
      else if (line === startMarker) started = true;
      else if (!started && type !== 'error') continue;
      else if (type === 'error') console.error(line);
      else console.log(line);
    }
  });
  await context.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
  const page = await context.newPage();
  if (process.env.CLICKUP_GOALS_VERBOSE === '1') page.on('console', (message) => console.log(`[page] ${message.text()}`));
  page.on('pageerror', (error) => {
    if (!finished) console.error(`[page error] ${error.message}`);
  });

  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const serverDied = server.exited.then(() => 'server exited' as const);
  await page.goto(workbenchUrl(server, { extensionTestsPath: testsEntry }));
  const outcome = await Promise.race([exit, watchdog, serverDied]);
  finished = true;
  clearTimeout(timer);

  if (typeof outcome === 'string') {
    const what = outcome === 'timeout' ? `The extension host gave no result within ${timeoutMs} ms` : 'code-server stopped during the run';
    console.error(`${what}. code-server's last output:\n${server.logTail()}`);
    console.log(formatTotalLine({ passed: counts?.passed ?? 0, failed: Math.max(counts?.failed ?? 0, 1) }));
    return 1;
  }
  if (!counts) console.error(`The extension host exited with code ${outcome} without reporting results.`);
  const ok = outcome === 0 && counts !== undefined;
  // A red run never reads "0 failed": a crash before mocha's counts counts as one failure.
  const failed = Math.max(counts?.failed ?? 0, ok ? 0 : 1);
  console.log(formatTotalLine({ passed: counts?.passed ?? 0, failed }));
  return ok ? 0 : 1;
}

runMain(main);
