// A second workbench for the tests of the extension as users get it: the packaged .vsix (production
// mode) installed with `--install-extension` next to the hostile test extension, workspace trust on,
// pointed at its own emulator through the machine setting, opened in its own browser page.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { startEmulator } from '../../../src/emulator/server';
import type { RunningEmulator } from '../../../src/emulator/types';
import { launchBrowser } from '../../harness/browser';
import type { RunningCodeServer } from '../../harness/codeServer';
import { startCodeServer } from '../../harness/codeServer';
import { repoRoot, screenshotDir } from '../../harness/paths';
import { waitForWorkbench } from './workbench';

export const HOSTILE_DIR = path.join(repoRoot, 'test', 'ui', 'hostile-extension');

export interface PackagedRun {
  readonly page: Page;
  readonly emulator: RunningEmulator;
  readonly server: RunningCodeServer;
  /** What `vsce package` printed for our extension (the test checks it has no warning). */
  readonly packageOutput: string;
  /** Where the hostile extension writes what it found. */
  readonly reportFile: string;
  /** Opens another window (page) on the same folder and profile. */
  openWindow(): Promise<Page>;
  screenshot: (name: string, page?: Page) => Promise<void>;
  stop(): Promise<void>;
}

/** `vsce package` in `dir`; returns what it printed. */
function packageVsix(dir: string, out: string, extraArgs: string[] = []): string {
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const result = spawnSync(vsce, ['package', '--no-dependencies', '--out', out, ...extraArgs], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`vsce package failed in ${dir}:\n${output}`);
  return output;
}

export async function startPackagedRun(): Promise<PackagedRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-packaged-'));
  const ours = path.join(dir, 'clickup-goals.vsix');
  const hostile = path.join(dir, 'hostile.vsix');
  const packageOutput = packageVsix(repoRoot, ours);
  packageVsix(HOSTILE_DIR, hostile, ['--skip-license', '--allow-missing-repository']);
  const reportFile = path.join(dir, 'hostile-report.json');
  const emulator = await startEmulator({ seed: 'sample' });
  const server = await startCodeServer({
    installExtensions: [ours, hostile],
    workspaceTrust: true,
    env: { HOSTILE_REPORT_FILE: reportFile },
    settings: { 'security.workspace.trust.enabled': true, 'clickupGoals.apiBaseUrl': emulator.url },
  });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const query = new URLSearchParams({ folder: server.remoteUri(server.workspaceDir) });
    const url = `${server.baseUrl}/?${query.toString()}`;
    const open = async (): Promise<Page> => {
      const page = await context.newPage();
      await page.goto(url);
      await waitForWorkbench(page);
      return page;
    };
    const page = await open();
    const openedBrowser = browser;
    return {
      page,
      emulator,
      server,
      packageOutput,
      reportFile,
      openWindow: open,
      screenshot: async (name, on = page) => {
        const file = path.join(screenshotDir(), `${name}.png`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        await on.screenshot({ path: file });
      },
      stop: async () => {
        await openedBrowser.close();
        await server.stop();
        await emulator.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    await emulator.close();
    throw error;
  }
}
