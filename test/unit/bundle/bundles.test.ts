/**
 * Lean activation, checked on the production build itself (esbuild.mjs --production, into a
 * temp folder, with esbuild's metafile of each bundle's inputs): what activate() loads,
 * dist/extension.js, is at most 100 KB and holds none of the code that loads on first use (the
 * edit, check-in and report commands, the goal page, the ClickUp client and node-fetch); those
 * are in the bundles extension.ts loads on demand, and each of those is built and shipped
 * (.vscodeignore lets it into the .vsix).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Compiled to out/test/unit/bundle: the repository is four levels up.
const REPO = resolve(__dirname, '../../../..');
const MAX_ACTIVATION_BYTES = 100 * 1024;

interface Metafile {
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

/** The source files esbuild put into a bundle (those that left code in it). */
function inputsOf(dir: string, bundle: string): string[] {
  const meta = JSON.parse(readFileSync(join(dir, `${bundle}.meta.json`), 'utf8')) as Metafile;
  const outputs = Object.values(meta.outputs);
  assert.equal(outputs.length, 1);
  return Object.entries(outputs[0].inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

/** The files extension.ts loads on demand: onDemandBundle<…>(…, 'edit.js', …). */
function onDemandBundles(): string[] {
  const source = readFileSync(join(REPO, 'src/extension.ts'), 'utf8');
  return [...source.matchAll(/onDemandBundle<[^>]+>\([^,]+,\s*'([^']+)'/g)].map((match) => match[1]);
}

/** Code that must wait for first use (a path prefix), with the few files of it activation needs (ids, types, the loader). */
const ON_FIRST_USE: { prefix: string; allowed: string[] }[] = [
  { prefix: 'src/core/goalPage/', allowed: [] },
  { prefix: 'src/vscode/goalPage/', allowed: ['onDemandGoalPages.ts', 'goalPageViewType.ts'] },
  { prefix: 'src/vscode/commands/edit/', allowed: ['commandIds.ts', 'registerEditCommands.ts'] },
  { prefix: 'src/vscode/commands/reports/', allowed: ['registerReportCommands.ts'] },
  { prefix: 'src/vscode/commands/checkIn/', allowed: ['checkInKeys.ts'] },
  { prefix: 'src/vscode/commands/openGoal.ts', allowed: [] },
  { prefix: 'src/vscode/commands/goToGoal.ts', allowed: [] },
  { prefix: 'src/vscode/commands/goalArgument.ts', allowed: [] },
  { prefix: 'src/vscode/input/windowPrompts.ts', allowed: [] },
  { prefix: 'src/core/forms/', allowed: [] },
  { prefix: 'src/core/reports/', allowed: [] },
  { prefix: 'src/core/checkIn/', allowed: [] },
  { prefix: 'src/core/clickup/client.ts', allowed: [] },
  { prefix: 'src/core/clickup/transport.ts', allowed: [] },
  { prefix: 'src/core/clickup/parse/', allowed: [] },
  { prefix: 'node_modules/node-fetch/', allowed: [] },
];

function waitsForFirstUse(file: string): boolean {
  return ON_FIRST_USE.some(({ prefix, allowed }) => file.startsWith(prefix) && !allowed.some((name) => file === prefix + name));
}

describe('Lean activation: the production bundles', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clickup-goals-bundles-'));
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--metafile', `--outdir=${dir}`], { cwd: REPO, encoding: 'utf8' });
    assert.equal(build.status, 0, `esbuild.mjs --production failed:\n${build.stdout}${build.stderr}`);
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps dist/extension.js, what activate() loads, at most 100 KB minified', () => {
    const bytes = statSync(join(dir, 'extension.js')).size;
    assert.ok(bytes <= MAX_ACTIVATION_BYTES, `dist/extension.js is ${bytes} bytes, over ${MAX_ACTIVATION_BYTES}`);
    assert.ok(!readFileSync(join(dir, 'extension.js'), 'utf8').includes('sourceMappingURL'), 'a production build');
  });

  it('leaves the goal page, the edit, check-in and report commands, the client and node-fetch out of dist/extension.js', () => {
    const inputs = inputsOf(dir, 'extension');
    assert.ok(inputs.includes('src/extension.ts') && inputs.includes('src/vscode/tree/goalTreeProvider.ts'), 'the metafile lists the activation bundle');
    assert.deepEqual(inputs.filter(waitsForFirstUse), []);
  });

  it('puts them in the bundles loaded on first use: the goal page and commands in edit.js, the client and node-fetch in client.js', () => {
    assert.deepEqual(onDemandBundles().sort(), ['client.js', 'edit.js']);
    const edit = inputsOf(dir, 'edit');
    for (const file of [
      'src/vscode/goalPage/goalPages.ts',
      'src/vscode/goalPage/goalPagePanel.ts',
      'src/core/goalPage/viewModel.ts',
      'src/core/goalPage/markdown.ts',
      'src/vscode/commands/openGoal.ts',
      'src/vscode/commands/goToGoal.ts',
      'src/vscode/commands/edit/editGoal.ts',
      'src/vscode/commands/reports/reportHandlers.ts',
      'src/vscode/input/windowPrompts.ts',
    ]) {
      assert.ok(edit.includes(file), `edit.js holds ${file}`);
    }
    const client = inputsOf(dir, 'client');
    assert.ok(client.includes('src/core/clickup/client.ts') && client.includes('src/core/clickup/transport.ts'), 'client.js holds the client');
    assert.ok(client.includes('node_modules/node-fetch/lib/index.js'), 'client.js holds node-fetch, the transport');
    assert.ok(!client.some((file) => file.startsWith('src/vscode/')), 'client.js is core only');
    assert.ok(!edit.some((file) => file.startsWith('node_modules/node-fetch/') || file === 'src/core/clickup/client.ts'), 'edit.js sends through the store');
  });

  it('ships every bundle extension.ts loads on demand in the .vsix (.vscodeignore)', () => {
    const shipped = readFileSync(join(REPO, '.vscodeignore'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1).trim());
    for (const bundle of ['extension.js', ...onDemandBundles()]) {
      assert.ok(statSync(join(dir, bundle)).size > 0, `${bundle} is built`);
      assert.ok(shipped.includes(`dist/${bundle}`), `.vscodeignore ships dist/${bundle}`);
    }
  });
});
