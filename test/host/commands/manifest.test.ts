// The edit commands as the manifest declares them: registered, in the "ClickUp Goals" category with
// a codicon, in the palette only while signed in (the "+1" never), and on the tree items they fit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EDIT_COMMANDS } from '../../../src/vscode/commands/edit/commandIds';
import { goalContextValue, keyResultContextValue } from '../../../src/vscode/tree/nodes';
import { EXTENSION_ID, goalsExtension } from '../tree/support/goalsExtension';

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string; icon?: string }[];
    menus: Record<string, MenuEntry[]>;
  };
}

const manifest = (): Manifest => vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Manifest;

/** Whether a tree item with this contextValue matches every `viewItem =~ /…/` of a when clause. */
function shownFor(entry: MenuEntry, contextValue: string): boolean {
  const patterns = [...(entry.when ?? '').matchAll(/viewItem =~ \/(.+?)\//g)].map((match) => new RegExp(match[1]));
  return patterns.length > 0 && patterns.every((pattern) => pattern.test(contextValue));
}

function itemMenus(command: string, contextValue: string): string[] {
  return manifest()
    .contributes.menus['view/item/context'].filter((entry) => entry.command === command && shownFor(entry, contextValue))
    .map((entry) => entry.group ?? '');
}

describe('Edit commands in the manifest', () => {
  before(async () => {
    await goalsExtension();
  });

  it('registers every edit command the manifest declares', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(EDIT_COMMANDS)) {
      assert.ok(registered.has(id), `${id} is not registered`);
    }
  });

  it('gives each a category and a codicon', () => {
    for (const id of Object.values(EDIT_COMMANDS)) {
      const declared = manifest().contributes.commands.find((command) => command.command === id);
      assert.strictEqual(declared?.category, 'ClickUp Goals', id);
      assert.match(declared?.icon ?? '', /^\$\([a-z-]+\)$/, id);
    }
  });

  it('offers the palette commands only when signed in with a Workspace, and never the "+1"', () => {
    const palette = manifest().contributes.menus.commandPalette;
    for (const id of Object.values(EDIT_COMMANDS)) {
      const when = palette.find((entry) => entry.command === id)?.when;
      assert.strictEqual(when, id === EDIT_COMMANDS.incrementProgress ? 'false' : 'clickupGoals.signedIn && !clickupGoals.needsWorkspace', id);
    }
  });

  it('puts goal commands on goals and key-result commands on key results', () => {
    const goal = goalContextValue(false);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.addKeyResult, goal), ['inline@1', '2_edit@1']);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.editGoal, goal), ['2_edit@2']);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.deleteGoal, goal), ['4_delete@1']);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.editKeyResult, goal), []);

    const numberKr = keyResultContextValue('number');
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.incrementProgress, numberKr), ['inline@1', '0_progress@2']);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.updateProgress, numberKr), ['inline@2', '0_progress@1']);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.editKeyResult, numberKr), ['2_edit@1']);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.deleteKeyResult, numberKr), ['4_delete@1']);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.editGoal, numberKr), []);
  });

  it('leaves progress of an automatic key result to its tasks, and ticks a true/false one in its checkbox', () => {
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.updateProgress, keyResultContextValue('automatic')), []);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.updateProgress, keyResultContextValue('boolean')), ['0_progress@1']);
    assert.deepStrictEqual(itemMenus(EDIT_COMMANDS.incrementProgress, keyResultContextValue('currency')), []);
  });
});
