// Bundles the extension (and the emulator's command line) with esbuild.
// --production minifies and drops source maps; --watch rebuilds on change;
// --emulator-only builds just dist/emulator.js (for `npm run emulator`). --outdir=DIR builds into DIR
// instead of dist/, and --metafile also writes esbuild's account of each bundle's inputs beside it
// (DIR/<bundle>.meta.json): test/unit/bundle/ checks what each bundle holds that way.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const emulatorOnly = process.argv.includes('--emulator-only');
const writeMetafiles = process.argv.includes('--metafile');
const dist = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

// node-fetch v2 falls back to the whatwg-url package only where Node has no URL class; Node 20
// always has one, so the fallback (with tr46's Unicode tables, ~60% of the bundle) is replaced by
// Node's own URL.
/** @type {import('esbuild').Plugin} */
const nodeUrlInsteadOfWhatwgUrl = {
  name: 'node-url-instead-of-whatwg-url',
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, () => ({ path: 'whatwg-url', namespace: 'node-url-shim' }));
    build.onLoad({ filter: /.*/, namespace: 'node-url-shim' }, () => ({
      contents: "module.exports = { URL: require('url').URL };",
      loader: 'js',
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  plugins: [nodeUrlInsteadOfWhatwgUrl],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
};

const targets = [
  { ...common, entryPoints: ['src/emulator/cli.ts'], outfile: join(dist, 'emulator.js') },
];
if (!emulatorOnly) {
  targets.push({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: join(dist, 'extension.js'),
    external: ['vscode'],
    metafile: true,
  });
  // Loaded on first use (src/vscode/onDemandBundle.ts), not at activation: the edit, check-in and
  // report commands with the goal page (dist/edit.js), and the ClickUp client with node-fetch, its
  // transport (dist/client.js, read on the first request). ON_DEMAND_BUNDLES in test/bench/extensionBundle.ts,
  // .vscodeignore and test/unit/bundle/ name the same files.
  targets.push({
    ...common,
    entryPoints: ['src/vscode/commands/edit/editEntry.ts'],
    outfile: join(dist, 'edit.js'),
    external: ['vscode'],
    metafile: true,
  });
  targets.push({
    ...common,
    entryPoints: ['src/core/clickup/clientEntry.ts'],
    outfile: join(dist, 'client.js'),
    metafile: true,
  });
}

if (!emulatorOnly) {
  // The goal page's webview: a small browser bundle, its stylesheet and the codicon font
  // (only codicon.css and codicon.ttf of @vscode/codicons), all in dist/goalPage/, which is
  // the only folder the webview may load from (localResourceRoots).
  targets.push({
    entryPoints: ['src/webview/goalPage/main.ts'],
    outfile: join(dist, 'goalPage', 'goalPage.js'),
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: production,
    sourcemap: false,
    logLevel: 'warning',
  });
  mkdirSync(join(dist, 'goalPage'), { recursive: true });
  copyFileSync('src/webview/goalPage/goalPage.css', join(dist, 'goalPage', 'goalPage.css'));
  copyFileSync('node_modules/@vscode/codicons/dist/codicon.css', join(dist, 'goalPage', 'codicon.css'));
  copyFileSync('node_modules/@vscode/codicons/dist/codicon.ttf', join(dist, 'goalPage', 'codicon.ttf'));
}

if (watch) {
  for (const options of targets) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('[watch] watching for changes');
} else {
  for (const options of targets) {
    const result = await esbuild.build(options);
    if (writeMetafiles && result.metafile !== undefined) {
      writeFileSync(join(dist, `${basename(options.outfile, '.js')}.meta.json`), JSON.stringify(result.metafile));
    }
  }
}
