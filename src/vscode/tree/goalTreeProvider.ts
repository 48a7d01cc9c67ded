/**
 * The thin TreeDataProvider over GoalTreeModel: it only turns nodes into items
 * and model changes into onDidChangeTreeData for just the touched nodes.
 * It never throws: a failure shows as a notice node or an empty list.
 */
import * as vscode from 'vscode';
import type { Goal, User } from '../../core/domain/types';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import type { GoalTreeModel } from './goalTreeModel';
import type { GoalTreeNode } from './nodes';
import type { PeopleLookup } from './tooltips';
import { folderItem, goalItem, goalItemTooltip, keyResultItem, keyResultItemTooltip, missingItem, moreItem, noticeItem } from './treeItems';

export interface GoalTreeProviderDeps {
  model: GoalTreeModel;
  /** The pinned goal's id, for the goal's context value (pin or unpin). */
  pinnedGoalId: () => string | undefined;
  /** Members of the shown Workspace, to name who made a progress update. */
  members: () => readonly User[];
  log: ComponentLogger;
  now?: () => number;
}

export class GoalTreeProvider implements vscode.TreeDataProvider<GoalTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GoalTreeNode | GoalTreeNode[] | undefined>();
  private readonly subscription: vscode.Disposable;
  /** getChildren calls not yet answered. */
  private fetching = 0;
  /** Changes held back while a fetch runs (undefined = the root). */
  private deferred: Set<GoalTreeNode | undefined> | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly deps: GoalTreeProviderDeps) {
    this.subscription = deps.model.onDidChange((nodes) => this.fire(nodes));
  }

  /** Redraws the given nodes (all of them when undefined), e.g. after pinning a goal. */
  refresh(nodes?: readonly (GoalTreeNode | undefined)[]): void {
    this.fire(nodes ?? [undefined]);
  }

  getTreeItem(node: GoalTreeNode): vscode.TreeItem {
    const model = this.deps.model;
    const now = (this.deps.now ?? Date.now)();
    switch (node.kind) {
      case 'folder': {
        const folder = model.folder(node);
        return folder === undefined ? missingItem(node.id) : folderItem(node, folder, model.visibleCount(folder));
      }
      case 'goal': {
        const goal = model.goal(node);
        if (goal === undefined) {
          return missingItem(node.id);
        }
        const keyResults = model.keyResults(node.goalId);
        return goalItem(node, goal, { keyResults, pinned: this.deps.pinnedGoalId() === node.goalId, nowMs: now });
      }
      case 'keyResult': {
        const kr = model.keyResult(node);
        const goal = model.goal(node);
        return kr === undefined || goal === undefined ? missingItem(node.id) : keyResultItem(node, kr);
      }
      case 'more':
        return moreItem(node);
      default:
        return noticeItem(node);
    }
  }

  /**
   * The tooltip of a goal or key result row, on hover: VS Code asks only for rows whose item left
   * it undefined, with the item getTreeItem gave (a change of the row's data redraws the row first).
   */
  resolveTreeItem(item: vscode.TreeItem, node: GoalTreeNode): vscode.TreeItem {
    if (item.tooltip !== undefined || (node.kind !== 'goal' && node.kind !== 'keyResult')) {
      return item;
    }
    const model = this.deps.model;
    const now = (this.deps.now ?? Date.now)();
    const goal = model.goal(node);
    if (goal === undefined) {
      return item;
    }
    if (node.kind === 'goal') {
      item.tooltip = goalItemTooltip(goal, model.keyResults(node.goalId), this.people(goal), now);
    } else {
      const kr = model.keyResult(node);
      item.tooltip = kr === undefined ? undefined : keyResultItemTooltip(kr, this.people(goal), now);
    }
    return item;
  }

  async getChildren(node?: GoalTreeNode): Promise<GoalTreeNode[]> {
    this.fetching += 1;
    try {
      return await this.deps.model.children(node);
    } catch (error) {
      this.deps.log.error(`Could not list the children of ${node?.id ?? 'the root'}: ${describeError(error)}`);
      return [];
    } finally {
      this.fetching -= 1;
      if (this.fetching === 0 && this.deferred !== undefined) {
        // After VS Code has registered what this call returned (the rest of its work is synchronous).
        setTimeout(() => this.flushDeferred(), 0);
      }
    }
  }

  getParent(node: GoalTreeNode): GoalTreeNode | undefined {
    return node.parent;
  }

  private people(goal: Goal): PeopleLookup {
    return (userId) => {
      const user = [...this.deps.members(), ...goal.owners, ...goal.members].find((candidate) => candidate.id === userId);
      return user === undefined ? undefined : user.username || user.email;
    };
  }

  /**
   * VS Code must not refresh a node while children are being fetched: the fetch would
   * register its children under the replaced node, and the next fetch of the same
   * children fails with "Element with id … is already registered". So changes that
   * arrive meanwhile (a goal's key results landing, typically) wait until no fetch runs.
   * A refresh of the whole tree need not wait: VS Code cancels running fetches for it.
   */
  private fire(nodes: readonly (GoalTreeNode | undefined)[]): void {
    if (nodes.length === 0) {
      return;
    }
    if (nodes.includes(undefined)) {
      this.deferred = undefined;
      this.emit([undefined]);
      return;
    }
    if (this.fetching > 0 || this.deferred !== undefined) {
      this.deferred ??= new Set();
      nodes.forEach((node) => this.deferred?.add(node));
      return;
    }
    this.emit(nodes);
  }

  private flushDeferred(): void {
    if (this.fetching > 0 || this.deferred === undefined) {
      return;
    }
    const nodes = [...this.deferred];
    this.deferred = undefined;
    this.emit(nodes);
  }

  private emit(nodes: readonly (GoalTreeNode | undefined)[]): void {
    if (nodes.includes(undefined)) {
      this.changed.fire(undefined);
      return;
    }
    this.changed.fire(nodes.filter((node): node is GoalTreeNode => node !== undefined));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
