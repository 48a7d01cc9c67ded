// Lean activation: activate() loads dist/extension.js only; the edit, check-in and report commands
// (forms, prompts, validation) are in dist/edit.js, loaded by the first edit command. This file's folder name
// sorts first, so it runs before any other suite has run an edit command in this host.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { escape, ScriptedPrompts } from '../commands/support/scriptedPrompts';
import { EXTENSION_ID, goalsExtension } from '../tree/support/goalsExtension';

function bundlePath(file: string): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return path.join(extension.extensionPath, 'dist', file);
}

describe('Lean activation', () => {
  it('does not load the edit bundle when activating; the first edit command loads it', async () => {
    const api = await goalsExtension();
    const editBundle = bundlePath('edit.js');
    const loaded = (): boolean => require.cache[editBundle] !== undefined;
    assert.ok(require.cache[bundlePath('extension.js')] !== undefined, 'the activation bundle is loaded');
    assert.strictEqual(loaded(), false, 'activation loaded the edit bundle');
    const scripted = api.prompts.use(new ScriptedPrompts([escape()]));
    try {
      await vscode.commands.executeCommand('clickupGoals.incrementProgress');
    } finally {
      scripted.dispose();
    }
    assert.strictEqual(loaded(), true, 'the edit command did not load the edit bundle');
  });

  it('keeps the edit commands in the edit bundle, out of the one activation loads', () => {
    const question = 'Which key result goes up by one?';
    assert.ok(fs.readFileSync(bundlePath('edit.js'), 'utf8').includes(question));
    assert.ok(!fs.readFileSync(bundlePath('extension.js'), 'utf8').includes(question));
  });

  it('keeps the check-in and report commands in the edit bundle too', () => {
    const notice = 'A check-in is already open.';
    assert.ok(fs.readFileSync(bundlePath('edit.js'), 'utf8').includes(notice));
    assert.ok(!fs.readFileSync(bundlePath('extension.js'), 'utf8').includes(notice));
  });
});
