/**
 * The Goals tree as data: which nodes sit under which, in what order, and which
 * nodes a store change touches. Node objects are kept per id and reused, because
 * VS Code matches the elements passed to onDidChangeTreeData by identity.
 */
import * as vscode from 'vscode';
import { disposeAll } from '../disposeAll';
import { anyGoalPasses, filterGoals, sortGoals } from '../../core/domain/goalQuery';
import type { Goal, GoalFolder, KeyResult } from '../../core/domain/types';
import type { GoalStore, StoreChange } from '../../core/model/storeTypes';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import { reasonText } from '../log/userMessages';
import { GoalPages } from './goalPages';
import type { FolderNode, GoalNode, GoalTreeNode, KeyResultNode, MoreNode, NoticeNode } from './nodes';
import { folderNodeId, goalNodeId, keyResultNodeId, moreNodeId } from './nodes';
import type { ViewOptions } from './viewOptions';

const ROOT = '';
type ParentKey = string;

/** undefined stands for the root (the whole tree). */
export type TreeChange = readonly (GoalTreeNode | undefined)[];

export class GoalTreeModel implements vscode.Disposable {
  private readonly nodes = new Map<string, GoalTreeNode>();
  /** Child ids last handed to VS Code, per parent (ROOT or a folder id). */
  private readonly handedOut = new Map<ParentKey, string[]>();
  /** Goal id -> the parent it was last handed out under. */
  private readonly handedOutUnder = new Map<string, ParentKey>();
  /** Goals whose key results failed to load; not retried until the next refresh. */
  private readonly keyResultFailures = new Map<string, string>();
  private readonly pages = new GoalPages();
  private readonly changed = new vscode.EventEmitter<TreeChange>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly store: GoalStore,
    private readonly options: ViewOptions,
    private readonly log: ComponentLogger,
  ) {
    this.subscriptions.push(store.onDidChange((change) => this.onStoreChange(change)), options.onDidChange(() => this.changed.fire([undefined])));
  }

  /** Folders (that have goals to show), then the goals in no folder. */
  roots(): GoalTreeNode[] {
    const state = this.store.state;
    const folders = this.visibleFolders().map((folder) => this.folderNode(folder.id));
    return this.remember(ROOT, [...folders, ...this.page(ROOT, this.visibleGoals(state.goals), undefined)]);
  }

  /** True when the root would show nothing (drives the "no goals" welcome); stops at the first folder or goal shown. */
  isEmpty(): boolean {
    return !this.hasVisibleGoals(this.store.state.goals) && !this.store.state.folders.some(this.isFolderVisible);
  }

  /** Empty folders are shown; folders whose goals are all filtered out are not. */
  private visibleFolders(): GoalFolder[] {
    return this.store.state.folders.filter(this.isFolderVisible);
  }
  private readonly isFolderVisible = (folder: GoalFolder): boolean => folder.goals.length === 0 || this.hasVisibleGoals(folder.goals);

  async children(node: GoalTreeNode | undefined): Promise<GoalTreeNode[]> {
    if (node === undefined) {
      return this.roots();
    }
    switch (node.kind) {
      case 'folder': {
        const folder = this.folder(node);
        const goals = folder === undefined ? [] : this.visibleGoals(folder.goals);
        return this.remember(node.folderId, this.page(node.folderId, goals, node));
      }
      case 'goal':
        return this.keyResultChildren(node);
      default:
        return [];
    }
  }

  folder(node: FolderNode): GoalFolder | undefined {
    return this.store.state.folders.find((folder) => folder.id === node.folderId);
  }

  goal(node: GoalNode | KeyResultNode): Goal | undefined {
    return this.store.findGoal(node.goalId);
  }

  /** A goal's key results when already fetched (never fetches). */
  keyResults(goalId: string): readonly KeyResult[] | undefined {
    return this.store.cachedKeyResults(goalId);
  }

  keyResult(node: KeyResultNode): KeyResult | undefined {
    return this.store.cachedKeyResults(node.goalId)?.find((kr) => kr.id === node.keyResultId);
  }

  /** How many goals a folder shows under the current filter. */
  visibleCount(folder: GoalFolder): number {
    return this.visibleGoals(folder.goals).length;
  }

  /** The node for a goal (to reveal it), or undefined when the goal is not shown; pages its list to it. */
  nodeForGoal(goalId: string): GoalNode | undefined {
    const state = this.store.state;
    const lists: [ParentKey, readonly Goal[]][] = [[ROOT, state.goals], ...state.folders.map((folder): [ParentKey, readonly Goal[]] => [folder.id, folder.goals])];
    for (const [parentKey, goals] of lists) {
      const index = this.visibleGoals(goals).findIndex((goal) => goal.id === goalId);
      if (index < 0) {
        continue;
      }
      if (this.pages.include(parentKey, index)) {
        this.changed.fire([this.parentNode(parentKey)]);
      }
      return this.goalNode(goalId, parentKey === ROOT ? undefined : this.folderNode(parentKey));
    }
    return undefined;
  }

  /** "Show more goals" under a long list: another page of it. */
  showMore(node: MoreNode): void {
    this.pages.showMore(node.parentKey);
    this.changed.fire([this.parentNode(node.parentKey)]);
  }

  /** Forgets failed key-result loads (a refresh gives them another try). */
  retryFailedKeyResults(): void {
    this.keyResultFailures.clear();
  }

  /** The list's first pages of goal nodes, and a "more" node when some are not shown yet. */
  private page(parentKey: ParentKey, goals: readonly Goal[], parent: FolderNode | undefined): GoalTreeNode[] {
    const limit = this.pages.limit(parentKey);
    const nodes: GoalTreeNode[] = goals.slice(0, limit).map((goal) => this.goalNode(goal.id, parent));
    if (goals.length > limit) {
      nodes.push({ kind: 'more', id: moreNodeId(parentKey), parentKey, hidden: goals.length - limit, parent });
    }
    return nodes;
  }

  private pageIds(parentKey: ParentKey, goals: readonly Goal[]): string[] {
    const limit = this.pages.limit(parentKey);
    const ids = goals.slice(0, limit).map((goal) => goalNodeId(goal.id));
    return goals.length > limit ? [...ids, moreNodeId(parentKey)] : ids;
  }

  private visibleGoals(goals: readonly Goal[]): Goal[] {
    return sortGoals(filterGoals(goals, this.options.filter), this.options.sortBy);
  }

  /** Whether any goal passes the filter: no sorting and no full pass, it stops at the first (runs on every change). */
  private hasVisibleGoals(goals: readonly Goal[]): boolean {
    return anyGoalPasses(goals, this.options.filter);
  }

  private async keyResultChildren(node: GoalNode): Promise<GoalTreeNode[]> {
    const goal = this.goal(node);
    if (goal === undefined || goal.keyResultCount === 0) {
      return [];
    }
    const failure = this.keyResultFailures.get(node.goalId);
    if (failure !== undefined) {
      return [this.noticeNode(node, failure)];
    }
    let keyResults = this.store.cachedKeyResults(node.goalId);
    if (keyResults === undefined) {
      try {
        keyResults = await this.store.loadKeyResults(node.goalId);
      } catch (error) {
        this.log.warn(`Could not load key results of goal ${node.goalId}: ${describeError(error)}`);
        const message = vscode.l10n.t('Key results could not be loaded: {0}', reasonText(error));
        this.keyResultFailures.set(node.goalId, message);
        return [this.noticeNode(node, message)];
      }
    }
    return keyResults.map((kr) => this.keyResultNode(kr, node));
  }

  private onStoreChange(change: StoreChange): void {
    switch (change.kind) {
      case 'all':
        this.keyResultFailures.clear();
        this.changed.fire([undefined]);
        return;
      case 'goal':
        this.changed.fire(this.nodesTouchedByGoal(change.goalId));
        return;
      case 'goalRemoved':
        this.changed.fire([this.parentNode(change.folderId ?? ROOT)]);
        return;
      default:
        return;
    }
  }

  /** The goal's own node when only it changed; its parent(s) when the order or membership changed. */
  private nodesTouchedByGoal(goalId: string): (GoalTreeNode | undefined)[] {
    const state = this.store.state;
    const folder = state.folders.find((candidate) => candidate.goals.some((goal) => goal.id === goalId));
    const parent: ParentKey = folder?.id ?? ROOT;
    const parentBefore = this.handedOutUnder.get(goalId);
    const touched = new Set<GoalTreeNode | undefined>();
    if (parentBefore !== undefined && parentBefore !== parent) {
      touched.add(this.parentNode(parentBefore));
    }
    const now = this.childIds(parent);
    const before = this.handedOut.get(parent);
    if (before === undefined || !sameIds(before, now)) {
      touched.add(this.parentNode(parent));
      // A folder that gains its first or loses its last shown goal appears or disappears at the root.
      if (parent !== ROOT && (now.length === 0 || before?.length === 0)) {
        touched.add(undefined);
      }
    } else {
      const node = this.nodes.get(goalNodeId(goalId));
      // A goal past the shown page has no row to redraw.
      if (node !== undefined && before.includes(node.id)) {
        touched.add(node);
      }
    }
    return [...touched];
  }

  /** The ids the parent's children would have now (without creating nodes). */
  private childIds(parent: ParentKey): string[] {
    const state = this.store.state;
    if (parent === ROOT) {
      const folders = this.visibleFolders().map((folder) => folderNodeId(folder.id));
      return [...folders, ...this.pageIds(ROOT, this.visibleGoals(state.goals))];
    }
    const folder = state.folders.find((candidate) => candidate.id === parent);
    return folder === undefined ? [] : this.pageIds(parent, this.visibleGoals(folder.goals));
  }

  /** The folder node for a key (root when the folder itself is not shown). */
  private parentNode(key: ParentKey): GoalTreeNode | undefined {
    if (key === ROOT) {
      return undefined;
    }
    const atRoot = this.handedOut.get(ROOT)?.includes(folderNodeId(key)) === true;
    return atRoot ? this.folderNode(key) : undefined;
  }

  private remember(parent: ParentKey, children: GoalTreeNode[]): GoalTreeNode[] {
    this.handedOut.set(parent, children.map((child) => child.id));
    for (const child of children) {
      if (child.kind === 'goal') {
        this.handedOutUnder.set(child.goalId, parent);
      }
    }
    return children;
  }

  private folderNode(folderId: string): FolderNode {
    const id = folderNodeId(folderId);
    const existing = this.nodes.get(id);
    if (existing?.kind === 'folder') {
      return existing;
    }
    const node: FolderNode = { kind: 'folder', id, folderId, parent: undefined };
    this.nodes.set(id, node);
    return node;
  }

  private goalNode(goalId: string, parent: FolderNode | undefined): GoalNode {
    const id = goalNodeId(goalId);
    const existing = this.nodes.get(id);
    if (existing?.kind === 'goal') {
      existing.parent = parent;
      return existing;
    }
    const node: GoalNode = { kind: 'goal', id, goalId, parent };
    this.nodes.set(id, node);
    return node;
  }

  private keyResultNode(kr: KeyResult, parent: GoalNode): KeyResultNode {
    const id = keyResultNodeId(kr.id);
    const existing = this.nodes.get(id);
    if (existing?.kind === 'keyResult' && existing.parent === parent) {
      return existing;
    }
    const node: KeyResultNode = { kind: 'keyResult', id, keyResultId: kr.id, goalId: parent.goalId, parent };
    this.nodes.set(id, node);
    return node;
  }

  private noticeNode(parent: GoalNode, message: string): NoticeNode {
    return { kind: 'notice', id: `notice:${parent.goalId}`, message, parent };
  }

  dispose(): void {
    disposeAll(this.subscriptions);
    this.changed.dispose();
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
