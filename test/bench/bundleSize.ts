// Scenario 6: the size of what users download. Ours is the extension bundle minified with
// build:prod's options; the naive figure is the same entry bundled without minifying (no source
// map). Both are built here into a temp folder; the .vsix comes from `vsce package`.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { formatBytes, ratio } from './measure';
import { buildProductionBundle } from './productionBundle';
import type { BenchRow } from './table';

const section = '6. Bundle size';

/** Where the minified bundle's bytes come from: our sources vs each package in node_modules. */
async function composition(repoRoot: string, outfile: string): Promise<{ ours: number; packages: [string, number][] }> {
  const metafile = await buildProductionBundle(repoRoot, outfile);
  let ours = 0;
  const packages = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (match) packages.set(match[1], (packages.get(match[1]) ?? 0) + bytesInOutput);
      else ours += bytesInOutput;
    }
  }
  return { ours, packages: [...packages].sort((a, b) => b[1] - a[1]) };
}

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
    // Built here with build:prod's options, so a development build left in dist/ by another
    // command cannot be measured by mistake; dist/extension.js is compared with it.
    const parts = await composition(repoRoot, path.join(dir, 'minified.js'));
    const minified = fs.readFileSync(path.join(dir, 'minified.js'));
    const ours = minified.length;
    const oursGzip = gzipSync(minified).length;
    await buildProductionBundle(repoRoot, path.join(dir, 'unminified.js'), { minify: false });
    const naive = fs.statSync(path.join(dir, 'unminified.js')).size;
    const bundle = path.join(repoRoot, 'dist', 'extension.js');
    const distSize = fs.existsSync(bundle) ? fs.statSync(bundle).size : undefined;
    if (distSize !== ours) {
      // Another command (npm run build, the host tests) may have left a development build there.
      console.warn(`\n  dist/extension.js is ${distSize === undefined ? 'missing' : `${distSize} B`}, not the ${ours} B production build measured here.`);
    }
    const distNote = distSize === ours ? '; same bytes as dist/extension.js' : '';
    const packageBytes = parts.packages.reduce((sum, [, bytes]) => sum + bytes, 0);
    const rows: BenchRow[] = [
      {
        section,
        metric: 'extension bundle (minified)',
        ours: `${ours} B (${formatBytes(ours)})`,
        naive: `${naive} B (${formatBytes(naive)})`,
        ratio: ratio(naive, ours),
        note: `measured; build:prod options, ${formatBytes(oursGzip)} gzipped${distNote}; naive: the same bundle unminified`,
      },
      {
        section,
        metric: 'of which from node_modules',
        ours: `${formatBytes(packageBytes)} (our code: ${formatBytes(parts.ours)})`,
        naive: '-',
        ratio: '-',
        note: `esbuild metafile; largest: ${parts.packages.slice(0, 4).map(([name, bytes]) => `${name} ${formatBytes(bytes)}`).join(', ') || 'none'}`,
      },
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
