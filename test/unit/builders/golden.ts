/**
 * Golden files: the expected output of a pure function, kept beside the test
 * under test/unit/<area>/golden/. A mismatch fails with a diff; run with
 * UPDATE_GOLDEN=1 to rewrite the files, then read the diff before committing.
 */
import * as assert from 'assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';

/** Tests run from out/test/unit/<area>; the golden files live in the sources. */
const REPO_ROOT = resolve(__dirname, '../../../..');

export function goldenPath(area: string, name: string): string {
  return resolve(REPO_ROOT, 'test/unit', area, 'golden', name);
}

export function assertGolden(area: string, name: string, actual: string): void {
  const path = goldenPath(area, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  assert.ok(existsSync(path), `no golden file ${path}; run with UPDATE_GOLDEN=1 to write it`);
  assert.strictEqual(actual, readFileSync(path, 'utf8'), `output differs from ${path}`);
}
