// npm test: every check in order, stopping at the first that fails: typecheck, lint, unit suite,
// bundle, host setup (npm run host:setup), host suite (code-server), UI suite (code-server +
// chromium), then the German host and UI suites (--locale de). Prints as its very last line the total over the suites that ran, `N passed, N failed`, and exits non-zero on any failure.
// A step that fails without reporting test counts (typecheck, lint, a crash) counts as one failure,
// so a red run never ends with "0 failed". `npm test -- --only unit,host` runs a subset.
// Plain Node (no build step): it must report even when the TypeScript does not compile.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** mocha's spec epilogue ("12 passing (3s)", "1 failing"). */
function mochaCounts(output) {
  const passing = /^\s*(\d+) passing\b/m.exec(output);
  if (!passing) return undefined;
  const failing = /^\s*(\d+) failing\b/m.exec(output);
  return { passed: Number(passing[1]), failed: failing ? Number(failing[1]) : 0 };
}

/** The drivers' closing line ("12 passed, 0 failed"), the last one printed. */
function totalLineCounts(output) {
  const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)];
  const last = lines.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

const steps = [
  { name: 'typecheck', command: [npm, 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: [npm, 'run', '--silent', 'lint'] },
  { name: 'unit', command: [npm, 'run', '--silent', 'test:unit'], counts: mochaCounts },
  { name: 'build', command: [npm, 'run', '--silent', 'build'] },
  // A quick no-op when code-server, chromium and the rest are there; installs them on a fresh machine.
  { name: 'setup', command: [npm, 'run', '--silent', 'host:setup'] },
  { name: 'host', command: [process.execPath, 'out/test/harness/runHostTests.js'], counts: totalLineCounts },
  { name: 'ui', command: [process.execPath, 'out/test/harness/runUiTests.js'], counts: totalLineCounts },
  // The same extension with German as the display language: the German suites only (the others expect English).
  { name: 'host-de', command: [process.execPath, 'out/test/harness/runHostTests.js', '--locale', 'de', '--grep', 'German|Manifest strings as VS Code'], counts: totalLineCounts },
  { name: 'ui-de', command: [process.execPath, 'out/test/harness/runUiTests.js', '--locale', 'de', '--grep', 'German'], counts: totalLineCounts },
];

function selectedSteps() {
  const at = process.argv.indexOf('--only');
  if (at < 0) return steps;
  const names = (process.argv[at + 1] ?? '').split(',');
  const unknown = names.filter((name) => !steps.some((step) => step.name === name));
  if (unknown.length > 0) {
    console.error(`unknown step(s) ${unknown.join(', ')}; steps: ${steps.map((step) => step.name).join(', ')}`);
    process.exit(2);
  }
  return steps.filter((step) => names.includes(step.name));
}

/** Runs a step with its output shown live and kept for counting. */
function run(step) {
  return new Promise((resolve) => {
    const [command, ...args] = step.command;
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const total = { passed: 0, failed: 0 };
let failedStep;
for (const step of selectedSteps()) {
  console.log(`\n=== ${step.name}`);
  const started = Date.now();
  const { code, output } = await run(step);
  const counts = step.counts?.(output);
  const seconds = Math.round((Date.now() - started) / 1000);
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
  }
  if (code !== 0 || (counts && counts.failed > 0)) {
    // A failure the counts do not show (compile error, crash, timeout) still counts once.
    if (!counts || counts.failed === 0) total.failed += 1;
    failedStep = step.name;
    console.log(`=== ${step.name} FAILED after ${seconds}s${counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : ''}`);
    break;
  }
  console.log(`=== ${step.name} ok in ${seconds}s${counts ? ` (${counts.passed} passed)` : ''}`);
}
if (failedStep) console.log(`\nStopped at the first failing step: ${failedStep}.`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = failedStep ? 1 : 0;
