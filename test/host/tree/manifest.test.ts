// The manifest is part of the code: every contributed command is registered, carries the
// "ClickUp Goals" category and a codicon; every setting has a description and a scope.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, goalsExtension } from './support/goalsExtension';

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string; icon?: string }[];
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string; scope?: string }> };
    menus: Record<string, { command: string; group?: string }[]>;
  };
}

function manifest(): Manifest {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return extension.packageJSON as Manifest;
}

describe('Manifest', () => {
  before(async () => {
    await goalsExtension();
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest().contributes.commands.map((entry) => entry.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, []);
  });

  it('gives every command the "ClickUp Goals" category and a codicon', () => {
    for (const entry of manifest().contributes.commands) {
      assert.strictEqual(entry.category, 'ClickUp Goals', entry.command);
      assert.match(entry.icon ?? '', /^\$\([a-z-]+\)$/, entry.command);
    }
  });

  it('puts inline actions in inline@n groups', () => {
    const inline = manifest().contributes.menus['view/item/context'].filter((item) => item.group?.startsWith('inline'));
    assert.ok(inline.length > 0);
    inline.forEach((item) => assert.match(item.group ?? '', /^inline@\d+$/, item.command));
  });

  it('describes every setting and gives it a scope; the API address cannot be set by a workspace', () => {
    const properties = manifest().contributes.configuration.properties;
    for (const [key, setting] of Object.entries(properties)) {
      assert.ok(setting.description ?? setting.markdownDescription, `${key} has no description`);
      assert.ok(setting.scope, `${key} has no scope`);
    }
    assert.strictEqual(properties['clickupGoals.apiBaseUrl'].scope, 'machine');
  });
});
