/**
 * The import-cycle check the lint step runs (test/lint/importCycles.mjs): it passes on
 * src/ and fails on a cycle, type-only imports included.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Compiled to out/test/unit/lint: the repository is four levels up.
const REPO = resolve(__dirname, '../../../..');
const CHECK = join(REPO, 'test/lint/importCycles.mjs');

function check(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [CHECK, dir], { cwd: REPO, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function withFiles(files: Record<string, string>, test: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
    }
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('lint: no import cycles', () => {
  it('finds none in src/', () => {
    const result = check(join(REPO, 'src'));
    assert.equal(result.status, 0, result.output);
  });

  it('fails on a cycle made only of type imports, naming both files', () => {
    withFiles(
      {
        'a.ts': "import type { B } from './b';\nexport interface A { b: B }\n",
        'b.ts': "import type { A } from './a';\nexport interface B { a: A }\n",
        'c.ts': "import type { A } from './a';\nexport type C = A;\n",
      },
      (dir) => {
        const result = check(dir);
        assert.equal(result.status, 1);
        assert.match(result.output, /a\.ts <-> .*b\.ts/);
        assert.doesNotMatch(result.output, /c\.ts/);
      },
    );
  });

  it('follows re-exports and ignores imports inside comments', () => {
    withFiles(
      {
        'a.ts': "export { b } from './b';\n",
        'b.ts': "// import { a } from './a';\nexport const b = 1;\n",
      },
      (dir) => assert.equal(check(dir).status, 0),
    );
    withFiles(
      {
        'a.ts': "export { b } from './b';\nexport const a = 1;\n",
        'b.ts': "export * from './a';\nexport const b = 1;\n",
      },
      (dir) => assert.equal(check(dir).status, 1),
    );
  });
});
