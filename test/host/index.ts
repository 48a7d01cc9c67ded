// The extension host's test entry (extensionTestsPath): runs mocha (bdd) over every compiled
// host test, out/test/host/**/*.test.js, and reports its counts on one marker line for the driver.
// Runs inside the extension host, under code-server (npm run test:host) or Electron (test:electron).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { formatResultMarker, startMarker } from '../harness/results';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.CLICKUP_GOALS_TEST_TIMEOUT_MS) || 20_000,
    grep: process.env.CLICKUP_GOALS_TEST_GREP || undefined,
  });
  findTestFiles(__dirname).forEach((file) => mocha.addFile(file));
  console.log(startMarker);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats;
        const counts = { passed: stats?.passes ?? 0, failed: Math.max(failures, stats?.failures ?? 0), pending: stats?.pending ?? 0 };
        console.log(formatResultMarker(counts));
        // Under Electron the host's console is not ours to read: the runner asks for a file instead.
        const resultFile = process.env.CLICKUP_GOALS_TEST_RESULT_FILE;
        if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(counts));
        if (failures > 0) reject(new Error(`${failures} host test(s) failed`));
        else resolve();
      });
    } catch (error) {
      console.error(error);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Compiled tests whose source still exists (tsc leaves the output of a deleted test behind). */
function findTestFiles(root: string): string[] {
  const sourceDir = path.resolve(root, '..', '..', '..', 'test', 'host');
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js') && fs.existsSync(path.join(sourceDir, file.replace(/\.js$/, '.ts'))))
    .sort()
    .map((file) => path.join(root, file));
}
