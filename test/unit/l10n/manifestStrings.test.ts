// Every string the manifest shows a person comes from package.nls.json, so it can be translated.
// When this fails after adding a command, view or setting: write "%some.key%" in package.json,
// add the English text under that key in package.nls.json and the German in package.nls.de.json.
import * as assert from 'node:assert/strict';
import { commandLinks, readJson, readStrings, shownManifestStrings } from './manifestFiles';

const KEY = /^%([^%]+)%$/;

describe('Manifest strings', () => {
  const manifest = readJson('package.json');
  const english = readStrings('package.nls.json');
  const shown = shownManifestStrings(manifest);
  const usedKeys = (): Set<string> => new Set([...shown.values()].map((value) => KEY.exec(value)?.[1] ?? ''));

  it('finds the shown strings (commands, views, welcome, settings, walkthrough)', () => {
    const paths = [...shown.keys()].join('\n');
    for (const expected of ['contributes.commands[0].title', 'contributes.commands[0].category', 'contributes.viewsWelcome[0].contents',
      'contributes.views.clickupGoals[0].name', 'contributes.configuration.title', 'contributes.walkthroughs[0].title']) {
      assert.ok(paths.includes(expected), `${expected} is not among the strings checked`);
    }
  });

  it('writes every shown string as a %key%', () => {
    const literal = [...shown].filter(([, value]) => !KEY.test(value)).map(([path, value]) => `${path}: ${JSON.stringify(value)}`);
    assert.deepEqual(literal, [], 'these manifest strings are not %keys% into package.nls.json');
  });

  it('has English text in package.nls.json for every %key%', () => {
    const missing = [...usedKeys()].filter((key) => typeof english[key] !== 'string' || english[key].trim() === '');
    assert.deepEqual(missing, [], 'these %keys% have no text in package.nls.json');
  });

  it('keeps no unused keys in package.nls.json', () => {
    const used = usedKeys();
    assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), []);
  });

  it('translates every key into German, keeping the command links', () => {
    const german = readStrings('package.nls.de.json');
    assert.deepEqual(Object.keys(german).sort(), Object.keys(english).sort(), 'package.nls.de.json has other keys than package.nls.json');
    for (const [key, text] of Object.entries(english)) {
      assert.ok(german[key].trim() !== '', `${key} is empty in German`);
      assert.deepEqual(commandLinks(german[key]), commandLinks(text), `${key}: the German text must keep the same command links`);
    }
  });
});
