// npm run bench: runs the client and the goal model against the emulator (latency injected,
// rate-limited) and prints each figure beside the naive strategy's, measured in the same run.
// Figures are printed, never asserted. Options:
//   --quick        smaller Workspaces and session (a smoke run, not for the README)
//   --skip-host    skip scenarios 7 and 8 (they start code-server: run the bench under `flock /tmp/codeserver.lock`)
//   --no-vsix      skip packaging the .vsix
//   --only 1,4     run only these scenarios
//   --rounds 5     rounds per Workspace size in scenario 8 (default 3; the median is reported)
//   --write        also write the figures to test/bench/RESULTS.md (for the README)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { benchActivation } from './activation';
import { benchBundleSize } from './bundleSize';
import { benchEditSession } from './editSession';
import { benchFirstPaint } from './firstPaint';
import { benchLargeWorkspaceUi } from './largeWorkspaceUi';
import { benchGoalPage } from './goalPage';
import { benchModelBuild } from './modelBuild';
import { benchOpenWorkspace } from './openWorkspace';
import { benchProgressLatency } from './progressLatency';
import { canCollectGarbage, formatMs } from './measure';
import { formatMarkdownTables, formatTextTable, type BenchRow } from './table';

/** The repository root; this file runs from out/test/bench/. */
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const LATENCY_MS = 25;

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

function roundsOption(fallback: number): number {
  const at = process.argv.indexOf('--rounds');
  const rounds = at < 0 ? fallback : Number(process.argv[at + 1]);
  return Number.isInteger(rounds) && rounds > 0 ? rounds : fallback;
}

function onlyScenarios(): Set<number> | undefined {
  const at = process.argv.indexOf('--only');
  if (at < 0) return undefined;
  return new Set((process.argv[at + 1] ?? '').split(',').map(Number).filter(Number.isInteger));
}

interface Scenario {
  id: number;
  title: string;
  run: () => Promise<BenchRow[]>;
}

function scenarios(quick: boolean): Scenario[] {
  return [
    { id: 1, title: '1. Open a Workspace', run: () => benchOpenWorkspace({ sizes: quick ? [10, 200] : [10, 200, 2000], latencyMs: LATENCY_MS }) },
    { id: 2, title: '2. First paint', run: () => benchFirstPaint({ goals: 200, latencyMs: LATENCY_MS }) },
    { id: 3, title: '3. Progress update to tree', run: () => benchProgressLatency({ goals: 200, latencyMs: LATENCY_MS, samples: quick ? 3 : 10 }) },
    {
      id: 4,
      title: '4. 1,000 edits under a rate limit',
      run: () =>
        benchEditSession(
          quick
            ? { edits: 200, keyResults: 20, rateLimit: 100, windowMs: 3000, latencyMs: LATENCY_MS }
            : { edits: 1000, keyResults: 50, rateLimit: 100, windowMs: 6000, latencyMs: LATENCY_MS },
        ),
    },
    { id: 5, title: '5. Model build, large Workspace', run: () => benchModelBuild({ goals: quick ? 1000 : 5000, keyResultsPerGoal: 3 }) },
    { id: 6, title: '6. Bundle size', run: () => benchBundleSize(repoRoot, { vsix: !flag('no-vsix') }) },
    { id: 7, title: '7. Activation in the real host', run: () => benchActivation(repoRoot, { skip: flag('skip-host'), starts: quick ? 3 : 5 }) },
    {
      id: 8,
      title: '8. Large Workspace in the real UI',
      run: () =>
        benchLargeWorkspaceUi({
          skip: flag('skip-host'),
          sizes: [quick ? 1000 : 5000, 50],
          rounds: roundsOption(quick ? 2 : 3),
          latencyMs: LATENCY_MS,
          screenshotDir: path.join(repoRoot, 'test-results', 'bench'),
        }),
    },
    { id: 9, title: '9. Goal page', run: () => benchGoalPage(repoRoot, { keyResults: 20 }) },
  ];
}

/** Read at start: figures from a busy machine (load above the core count) are noisy. */
const loadAtStart = os.loadavg()[0];

function environment(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Node ${process.version}, ${os.cpus().length} x ${cpu}, ${os.platform()} ${os.release()}, load average ${loadAtStart.toFixed(1)} at start`;
}

function resultsMarkdown(rows: readonly BenchRow[], totalMs: number, quick: boolean): string {
  return [
    '## Performance',
    '',
    `Figures from \`npm run bench\`${quick ? ' --quick' : ''} on ${new Date().toISOString().slice(0, 10)} (${environment()}; ` +
      `the whole run took ${formatMs(totalMs)}). Every figure stands beside the naive strategy (fetch every goal's ` +
      'details on each refresh), measured in the same run against the local emulator with ' +
      `${LATENCY_MS} ms of injected latency per request. "Naive / ours" is how many times more the naive strategy costs.`,
    '',
    'How to read it:',
    '',
    '- The emulator runs in a worker thread on the same machine, so its CPU time competes with the strategy measured only when cores run short.',
    '- The naive strategy sends every detail request at once (the fastest a careless client gets); it also opens one connection per request.',
    '- Scenario 4 shortens the rate-limit window (100 requests per window, as ClickUp allows per minute) so the session fits in about a minute; times are also shown scaled back to a real minute.',
    '- Times vary from run to run by tens of per cent; request counts do not (the model\'s tests assert them).',
    '',
    formatMarkdownTables(rows),
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const quick = flag('quick');
  const only = onlyScenarios();
  const started = performance.now();
  if (!canCollectGarbage()) console.warn('Run node with --expose-gc (npm run bench does) for steady memory figures.');
  const rows: BenchRow[] = [];
  let failed = 0;
  for (const scenario of scenarios(quick)) {
    if (only && !only.has(scenario.id)) continue;
    const scenarioStarted = performance.now();
    process.stdout.write(`${scenario.title} ... `);
    try {
      rows.push(...(await scenario.run()));
      console.log(formatMs(performance.now() - scenarioStarted));
    } catch (error) {
      failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      console.log(`failed: ${message}`);
      rows.push({ section: scenario.title, metric: 'scenario failed', ours: '-', naive: '-', ratio: '-', note: message.split('\n')[0] });
    }
  }
  const totalMs = performance.now() - started;
  console.log('');
  console.log(formatTextTable(rows));
  console.log(`\n${environment()}; bench took ${formatMs(totalMs)}.`);
  if (flag('write')) {
    const file = path.join(repoRoot, 'test', 'bench', 'RESULTS.md');
    fs.writeFileSync(file, resultsMarkdown(rows, totalMs, quick));
    console.log(`Wrote ${path.relative(repoRoot, file)}.`);
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
