// The extension bundle exactly as the project's build script makes it (esbuild.mjs, the same
// script build:prod and vsce run), copied out of dist/ at once into a folder of the bench's own,
// so a build another command writes to dist/ later is never what gets measured.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export type BuildMode = 'production' | 'development';

export function runBuild(repoRoot: string, mode: BuildMode): Promise<void> {
  const args = [path.join(repoRoot, 'esbuild.mjs'), ...(mode === 'production' ? ['--production'] : [])];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: repoRoot, timeout: 120_000 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`esbuild.mjs ${args.slice(1).join(' ')} failed: ${stderr || error.message}`));
      else resolve();
    });
  });
}

/** A production build links no source map; a development build does. */
function isMode(file: string, mode: BuildMode): boolean {
  const linksMap = fs.readFileSync(file, 'utf8').includes('//# sourceMappingURL=');
  return mode === 'development' ? linksMap : !linksMap;
}

/** The bundles loaded on first use, not at activation (esbuild.mjs builds them with extension.js). */
export const ON_DEMAND_BUNDLES = ['edit.js', 'client.js'] as const;

/** Builds with esbuild.mjs and copies dist/extension.js to `dest` (and the on-demand bundles beside it); returns its size in bytes. */
export async function buildExtensionBundle(repoRoot: string, mode: BuildMode, dest: string): Promise<number> {
  const dist = path.join(repoRoot, 'dist', 'extension.js');
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  // Twice at most: a build by another command may land between ours and the copy.
  for (let attempt = 0; attempt < 2; attempt++) {
    await runBuild(repoRoot, mode);
    fs.copyFileSync(dist, dest);
    for (const bundle of ON_DEMAND_BUNDLES) fs.copyFileSync(path.join(repoRoot, 'dist', bundle), path.join(path.dirname(dest), bundle));
    if (isMode(dest, mode)) return fs.statSync(dest).size;
  }
  throw new Error(`dist/extension.js was not a ${mode} build after building it twice (another build running?)`);
}
