// Reads the Goals tree the way VS Code does (getChildren / getTreeItem on the real provider),
// so tests can find nodes by label and look at what a person would see.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../../src/vscode/testApi';
import type { GoalTreeNode } from '../../../../src/vscode/tree/nodes';

export interface Row {
  node: GoalTreeNode;
  item: vscode.TreeItem;
  label: string;
  description: string;
}

function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

export async function rows(api: ClickUpGoalsTestApi, parent?: GoalTreeNode): Promise<Row[]> {
  const nodes = await api.treeProvider.getChildren(parent);
  return nodes.map((node) => {
    const item = api.treeProvider.getTreeItem(node);
    return { node, item, label: labelOf(item), description: typeof item.description === 'string' ? item.description : '' };
  });
}

/** Every goal row, top level and inside folders. */
export async function goalRows(api: ClickUpGoalsTestApi): Promise<Row[]> {
  const all: Row[] = [];
  for (const row of await rows(api)) {
    if (row.node.kind === 'folder') {
      all.push(...(await rows(api, row.node)));
    } else if (row.node.kind === 'goal') {
      all.push(row);
    }
  }
  return all;
}

export async function goalRow(api: ClickUpGoalsTestApi, name: string): Promise<Row> {
  const row = (await goalRows(api)).find((candidate) => candidate.label === name);
  assert.ok(row, `no goal row "${name}"`);
  return row;
}

export function iconId(item: vscode.TreeItem): string | undefined {
  return item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
}

/** The checkbox's state, whether the item gives it alone or with its tooltip and accessibility information. */
export function checkboxOf(item: vscode.TreeItem): vscode.TreeItemCheckboxState | undefined {
  const checkbox = item.checkboxState;
  return typeof checkbox === 'object' ? checkbox.state : checkbox;
}
