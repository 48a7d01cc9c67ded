// The manifest as VS Code loaded it: every %key% was replaced by its text from package.nls.json
// (or package.nls.de.json in a German run), so no placeholder reaches a menu, view or setting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../tree/support/goalsExtension';

/** Every string value in the loaded manifest, with its path. */
function strings(node: unknown, path: string, found: Array<[string, string]>): Array<[string, string]> {
  if (typeof node === 'string') {
    found.push([path, node]);
  } else if (Array.isArray(node)) {
    node.forEach((item, index) => strings(item, `${path}[${index}]`, found));
  } else if (node !== null && typeof node === 'object') {
    Object.entries(node).forEach(([key, value]) => strings(value, `${path}.${key}`, found));
  }
  return found;
}

describe('Manifest strings as VS Code loaded them', () => {
  const manifest = (): Record<string, unknown> => vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Record<string, unknown>;

  it('resolves every %key% (no placeholder is left in what VS Code shows)', () => {
    const shown = [['displayName', manifest().displayName], ['description', manifest().description]] as Array<[string, unknown]>;
    const all = [...shown.map(([path, value]) => [path, String(value)] as [string, string]), ...strings(manifest().contributes, 'contributes', [])];
    const unresolved = all.filter(([, value]) => /^%[^%\s]+%$/.test(value)).map(([path, value]) => `${path}: ${value}`);
    assert.deepStrictEqual(unresolved, []);
  });

  it('shows the command titles in the display language', () => {
    type Text = string | { value: string; original: string };
    const commands = (manifest().contributes as { commands: Array<{ command: string; title: Text; category: Text }> }).commands;
    const setToken = commands.find((command) => command.command === 'clickupGoals.setApiToken');
    // A translated title comes as { value, original } (the palette also finds the English one).
    const shown = (text: Text | undefined): string | undefined => (typeof text === 'object' ? text.value : text);
    assert.strictEqual(shown(setToken?.title), vscode.env.language === 'de' ? 'API-Token festlegen' : 'Set API Token');
    assert.strictEqual(shown(setToken?.category), 'ClickUp Goals');
  });
});
