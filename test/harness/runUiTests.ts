// npm run test:ui: drives the extension in a real workbench the way a person would.
// Starts the emulator (sample data) in this process, code-server with the extension loaded from
// this folder and pointed at the emulator (CLICKUP_GOALS_API_BASE_URL, CLICKUP_GOALS_TEST_TOKEN in
// its environment), chromium on the workbench, then runs mocha (bdd) in this process.
//
// UI tests: test/ui/**/*.ui.ts (compiled to out/test/ui/**/*.ui.js), plain describe/it; inside a test,
// `ui()` from test/ui/support/session.ts gives {page, emulator, screenshot(name), reload()}; helpers for
// the palette, views, tree rows, status bar and notifications live in test/ui/support/. All files
// share one workbench window, in file name order. Screenshots go to media/screenshots/<name>.png.
// Prints `N passed, N failed` last. Options: --grep <text>, --locale <language> (display language,
// e.g. de: run with --grep German, the other tests expect English), CLICKUP_GOALS_VERBOSE=1,
// CLICKUP_GOALS_UI_TIMEOUT_MS (whole-run watchdog, default 20 min).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import type { Page } from 'playwright-core';
import { startEmulator } from '../../src/emulator/server';
import { setUiSession } from '../ui/support/session';
import { waitForWorkbench } from '../ui/support/workbench';
import { launchBrowser } from './browser';
import { startCodeServer } from './codeServer';
import { argValue, onCleanup, runMain } from './lifecycle';
import { repoRoot, screenshotDir } from './paths';
import { formatTotalLine } from './results';
import { workbenchUrl } from './workbenchUrl';

const uiTestsDir = path.join(repoRoot, 'out', 'test', 'ui');
const watchdogMs = Number(process.env.CLICKUP_GOALS_UI_TIMEOUT_MS) || 20 * 60_000;

async function main(): Promise<number> {
  const files = findUiTests(uiTestsDir);
  const emulator = await startEmulator({ seed: 'sample' });
  onCleanup(() => emulator.close());
  const locale = argValue('locale');
  const server = await startCodeServer({
    env: { CLICKUP_GOALS_API_BASE_URL: emulator.url, CLICKUP_GOALS_TEST_TOKEN: emulator.token, CLICKUP_GOALS_TEST_HOST: 'code-server' },
    locale,
  });
  onCleanup(() => server.stop());
  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  watchPage(page);
  const url = workbenchUrl(server);
  const load = async (): Promise<void> => {
    await page.goto(url);
    await waitForWorkbench(page);
  };
  await load();

  setUiSession({
    page,
    emulator,
    locale: locale ?? 'en',
    screenshot: async (name) => {
      const file = path.join(screenshotDir(), `${name}.png`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file });
      return file;
    },
    reload: load,
  });

  const watchdog = setTimeout(() => {
    console.error(`UI tests still running after ${watchdogMs} ms. code-server's last output:\n${server.logTail()}`);
    console.log(formatTotalLine({ passed: 0, failed: 1 }));
    process.exit(1);
  }, watchdogMs);
  const counts = await runMocha(files, argValue('grep'), page);
  clearTimeout(watchdog);
  setUiSession(undefined);
  console.log(formatTotalLine(counts));
  return counts.failed === 0 ? 0 : 1;
}

function runMocha(files: string[], grep: string | undefined, page: Page): Promise<{ passed: number; failed: number }> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: process.stdout.isTTY, grep });
  // What the page looked like when a test failed, in test-results/ui/ (not committed).
  mocha.rootHooks({
    afterEach: async function (this: Mocha.Context) {
      const test = this.currentTest;
      if (test?.state !== 'failed') return;
      const name = test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 100);
      const file = path.join(repoRoot, 'test-results', 'ui', `${name}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
      console.log(`    screenshot of the failure: ${path.relative(repoRoot, file)}`);
    },
  });
  files.forEach((file) => mocha.addFile(file));
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => {
      resolve({ passed: runner.stats?.passes ?? 0, failed: Math.max(failures, runner.stats?.failures ?? 0) });
    });
  });
}

/** Compiled UI tests whose source still exists (tsc leaves the output of a deleted test behind). */
function findUiTests(root: string): string[] {
  if (!fs.existsSync(root)) throw new Error(`No compiled UI tests in ${root}: run \`npm run compile-tests\` first.`);
  const sourceDir = path.join(repoRoot, 'test', 'ui');
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ui.js') && fs.existsSync(path.join(sourceDir, file.replace(/\.js$/, '.ts'))))
    .sort()
    .map((file) => path.join(root, file));
}

function watchPage(page: Page): void {
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  if (process.env.CLICKUP_GOALS_VERBOSE === '1') page.on('console', (message) => console.log(`[page] ${message.text()}`));
}

runMain(main);
