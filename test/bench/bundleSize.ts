// Scenario 6: the size of what users download. Ours is dist/extension.js as build:prod makes it
// (minified); the naive figure is the development build (npm run build: not minified). Both are
// made by esbuild.mjs and copied out at once; the .vsix comes from `vsce package`.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { formatBytes, ratio } from './measure';
import { buildExtensionBundle, ON_DEMAND_BUNDLES } from './extensionBundle';
import type { BenchRow } from './table';

const section = '6. Bundle size';

/** What each bundle loaded on first use holds, and what first reads it. */
const ON_DEMAND_ROLE: Record<(typeof ON_DEMAND_BUNDLES)[number], string> = {
  'edit.js': 'the edit, check-in and report commands (forms, prompts, validation) and the goal page, read when one of them is first run (Open Goal included)',
  'client.js': 'the ClickUp client and node-fetch, its transport, read on the first request (a warm start paints the tree from the cache before it)',
};

/** Runs `vsce package` into a temp folder; the .vsix size, or why it could not be made. */
function vsixBytes(repoRoot: string, dir: string): Promise<number | string> {
  const out = path.join(dir, 'clickup-goals.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  return new Promise((resolve) => {
    execFile(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: repoRoot, timeout: 120_000 }, (error, _stdout, stderr) => {
      if (error || !fs.existsSync(out)) {
        const reason = (stderr || error?.message || 'no .vsix written').split('\n').find((line) => line.trim() !== '') ?? '';
        resolve(`not made: ${reason.replace(/^\s*ERROR\s*/, '').trim().slice(0, 200)}`);
        return;
      }
      resolve(fs.statSync(out).size);
    });
  });
}

export async function benchBundleSize(repoRoot: string, options: { vsix: boolean }): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-bench-'));
  try {
    const naive = await buildExtensionBundle(repoRoot, 'development', path.join(dir, 'development.js'));
    // Production last, so dist/ is left as build:prod leaves it.
    const ours = await buildExtensionBundle(repoRoot, 'production', path.join(dir, 'production.js'));
    const oursGzip = gzipSync(fs.readFileSync(path.join(dir, 'production.js'))).length;
    const onDemand = ON_DEMAND_BUNDLES.map((bundle) => ({ bundle, bytes: fs.statSync(path.join(dir, bundle)).size }));
    const rows: BenchRow[] = [
      {
        section,
        metric: 'dist/extension.js',
        ours: `${ours} B (${formatBytes(ours)})`,
        naive: `${naive} B (${formatBytes(naive)})`,
        ratio: ratio(naive, ours),
        note: `measured; what activation loads. Ours: npm run build:prod (minified, ${formatBytes(oursGzip)} gzipped; goal: at most 100 KB); naive: npm run build (not minified, source map in a separate file)`,
      },
      ...onDemand.map(({ bundle, bytes }) => ({
        section,
        metric: `dist/${bundle} (loaded on first use)`,
        ours: `${bytes} B (${formatBytes(bytes)})`,
        naive: '-',
        ratio: '-',
        note: `measured; npm run build:prod; ${ON_DEMAND_ROLE[bundle]}`,
      })),
    ];
    if (options.vsix) {
      const vsix = await vsixBytes(repoRoot, dir);
      rows.push({
        section,
        metric: '.vsix package',
        ours: typeof vsix === 'number' ? `${vsix} B (${formatBytes(vsix)})` : vsix,
        naive: '-',
        ratio: '-',
        note: 'measured; `vsce package --no-dependencies` (runs build:prod) into a temp folder',
      });
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
