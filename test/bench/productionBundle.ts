// The extension bundle built the way `npm run build:prod` builds it (esbuild.mjs --production),
// into a folder of the bench's own, so a development build another command left in dist/
// is never what gets measured.
import * as path from 'path';
import { build, type Metafile } from 'esbuild';

export async function buildProductionBundle(repoRoot: string, outfile: string, options: { minify?: boolean } = {}): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(repoRoot, 'src', 'extension.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    minify: options.minify ?? true,
    sourcemap: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}
