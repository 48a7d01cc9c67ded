// Walks a Goals tree the way VS Code does (getChildren, then getTreeItem for each node, and
// resolveTreeItem as a hover would, for the tooltip) and checks
// every item a person could see: labels and descriptions are one clean line, tooltips are Markdown
// that is not trusted, allows no HTML and no theme icons, and holds no live markup; ids are unique.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { GoalTreeNode } from '../../../../src/vscode/tree/nodes';
import { assertSafeLine } from '../../../unit/hardening/support/rendering';

interface TreeSource {
  getChildren(node?: GoalTreeNode): Promise<GoalTreeNode[]> | GoalTreeNode[];
  getTreeItem(node: GoalTreeNode): vscode.TreeItem;
  resolveTreeItem(item: vscode.TreeItem, node: GoalTreeNode): vscode.TreeItem;
}

function text(value: string | vscode.TreeItemLabel | boolean | undefined): string {
  if (value === undefined || typeof value === 'boolean') return '';
  return typeof value === 'string' ? value : value.label;
}

/** Our own Markdown around the API's text uses only ** and a `bar`: anything else live came from the API. */
export function assertInertTooltip(tooltip: vscode.MarkdownString, where: string): void {
  assert.ok(tooltip.isTrusted !== true, `${where}: trusted Markdown`);
  assert.ok(tooltip.supportHtml !== true, `${where}: HTML allowed`);
  assert.ok(tooltip.supportThemeIcons !== true, `${where}: theme icons allowed`);
  const value = tooltip.value;
  // eslint-disable-next-line no-control-regex
  assert.ok(!/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(value), `${where}: control or bidi character`);
  assert.ok(!value.includes('<'), `${where}: raw < in ${JSON.stringify(value.slice(0, 200))}`);
  const bare = value.replace(/\\[\s\S]/g, '');
  for (const live of ['](', '$(', 'command:', 'javascript:', '![', '```']) {
    assert.ok(!bare.includes(live), `${where}: unescaped ${live} in ${JSON.stringify(value.slice(0, 200))}`);
  }
}

/** Returns how many items were checked. */
export async function walkAndCheck(tree: TreeSource, parent?: GoalTreeNode, seen: Set<string> = new Set()): Promise<number> {
  let checked = 0;
  for (const node of await tree.getChildren(parent)) {
    const item = tree.resolveTreeItem(tree.getTreeItem(node), node);
    const where = `${node.kind} ${node.id.slice(0, 60)}`;
    assert.ok(item.id !== undefined && !seen.has(item.id), `${where}: id missing or repeated`);
    seen.add(item.id);
    assertSafeLine(text(item.label), 121, `${where} label`);
    assertSafeLine(text(item.description), 200, `${where} description`);
    if (item.tooltip instanceof vscode.MarkdownString) {
      assertInertTooltip(item.tooltip, `${where} tooltip`);
    } else {
      assertSafeLine(text(item.tooltip), 400, `${where} tooltip`);
    }
    checked += 1;
    if (node.kind === 'folder' || node.kind === 'goal') {
      checked += await walkAndCheck(tree, node, seen);
    }
  }
  return checked;
}
