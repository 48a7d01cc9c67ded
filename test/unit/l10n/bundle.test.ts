// The strings the code passes to l10n.t (vscode.l10n.t in the VS Code layer, @vscode/l10n's in the
// core) are all in l10n/bundle.l10n.json, and every one has a German translation with the same
// placeholders. When this fails after adding a message: run `npm run l10n`, then add the German
// text to l10n/bundle.l10n.de.json.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { ROOT, placeholders, readJson } from './manifestFiles';

type Bundle = Record<string, string | { message: string; comment: string[] }>;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : extname(entry.name) === '.ts' ? [path] : [];
  });
}

function messageOf(value: Bundle[string]): string {
  return typeof value === 'string' ? value : value.message;
}

describe('String bundles', function () {
  this.timeout(60_000);
  let bundle: Bundle;
  let german: Record<string, string>;
  let extracted: Bundle;

  before(async () => {
    bundle = readJson('l10n/bundle.l10n.json') as Bundle;
    german = readJson('l10n/bundle.l10n.de.json') as Record<string, string>;
    const files = sourceFiles(resolve(ROOT, 'src')).map((path) => ({ contents: readFileSync(path, 'utf8'), extension: '.ts' }));
    extracted = (await getL10nJson(files));
  });

  it('finds strings in the VS Code layer and in the core', () => {
    assert.ok('just now' in extracted, 'vscode.l10n.t in src/vscode is extracted');
    assert.ok('no due date' in extracted, 'core text (@vscode/l10n) is extracted too');
  });

  it('holds every string the code uses (run `npm run l10n` when this fails)', () => {
    const missing = Object.keys(extracted).filter((key) => !(key in bundle));
    assert.deepEqual(missing, []);
  });

  it('holds no string the code no longer uses (run `npm run l10n` when this fails)', () => {
    const stale = Object.keys(bundle).filter((key) => !(key in extracted));
    assert.deepEqual(stale, []);
  });

  it('translates every string into German', () => {
    const untranslated = Object.keys(bundle).filter((key) => typeof german[key] !== 'string' || german[key].trim() === '');
    assert.deepEqual(untranslated, []);
    const extra = Object.keys(german).filter((key) => !(key in bundle));
    assert.deepEqual(extra, [], 'German strings for keys the bundle no longer has');
  });

  it('keeps the placeholders of every string in German', () => {
    const wrong = Object.entries(bundle)
      .filter(([key, value]) => key in german && placeholders(german[key]).join() !== placeholders(messageOf(value)).join())
      .map(([key]) => key);
    assert.deepEqual(wrong, []);
  });
});
