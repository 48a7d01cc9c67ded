// npm run test:electron: the host suite (test/host/**/*.test.ts) in desktop VS Code through
// @vscode/test-electron, for contributors with internet: it downloads VS Code on first use (not
// possible on the offline CI machines, which use `npm run test:host` under code-server instead).
// On a Linux box without a display, run it under xvfb-run. Prints `N passed, N failed` last.
// Options: --grep <text>; CLICKUP_GOALS_VSCODE_VERSION (default "stable", e.g. 1.95.3 for the engines floor).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { argValue, runMain } from './lifecycle';
import { hostCacheDir, repoRoot } from './paths';
import { formatTotalLine, type SuiteCounts } from './results';

async function main(): Promise<number> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-electron-'));
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace);
  const resultFile = path.join(runDir, 'result.json');
  const grep = argValue('grep');
  let code = 0;
  try {
    await runTests({
      version: process.env.CLICKUP_GOALS_VSCODE_VERSION || 'stable',
      cachePath: path.join(hostCacheDir(), 'vscode-test'), // not .vscode-test/ in the repository
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'host', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(runDir, 'user-data'),
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
      extensionTestsEnv: {
        CLICKUP_GOALS_TEST_HOST: 'electron',
        CLICKUP_GOALS_TEST_RESULT_FILE: resultFile,
        ...(grep ? { CLICKUP_GOALS_TEST_GREP: grep } : {}),
      },
    });
  } catch (error) {
    console.error(`VS Code ended with a failure: ${(error as Error).message}`);
    code = 1;
  }
  const counts = readCounts(resultFile);
  fs.rmSync(runDir, { recursive: true, force: true });
  const failed = Math.max(counts?.failed ?? 0, code === 0 && counts ? 0 : 1);
  console.log(formatTotalLine({ passed: counts?.passed ?? 0, failed }));
  return failed === 0 ? 0 : 1;
}

function readCounts(file: string): SuiteCounts | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteCounts;
  } catch {
    return undefined;
  }
}

runMain(main);
