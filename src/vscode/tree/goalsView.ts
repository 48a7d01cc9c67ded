/**
 * The "Goals" TreeView and what sits around the tree: the Workspace name as the
 * view's title, the message line (cached / offline / refused), the
 * "no goals" context key for the welcome content, and reveal by goal id.
 */
import * as vscode from 'vscode';
import { disposeAll } from '../disposeAll';
import type { GoalStore } from '../../core/model/storeTypes';
import type { AuthSession } from '../auth/authSession';
import type { PinnedGoal } from '../statusBar/pinnedGoal';
import { plainText } from '../../core/domain/format';
import { CONTEXT, setContext } from '../contextKeys';
import type { WorkspaceService } from '../workspace/workspaceService';
import type { GoalTreeModel } from './goalTreeModel';
import type { GoalTreeProvider } from './goalTreeProvider';
import type { GoalTreeNode } from './nodes';
import { viewMessage } from './viewMessage';
import type { ViewOptions } from './viewOptions';

export const GOALS_VIEW_ID = 'clickupGoals.goals';

export interface GoalsViewDeps {
  provider: GoalTreeProvider;
  model: GoalTreeModel;
  store: GoalStore;
  auth: AuthSession;
  workspaces: WorkspaceService;
  pinned: PinnedGoal;
  /** The filter decides whether the tree is empty. */
  options: ViewOptions;
  /** Why the API address is refused, if it is. */
  baseUrlProblem: () => string | undefined;
}

export class GoalsView implements vscode.Disposable {
  readonly treeView: vscode.TreeView<GoalTreeNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly ticker: NodeJS.Timeout;
  private lastPinned: string | undefined;

  constructor(private readonly deps: GoalsViewDeps) {
    this.treeView = vscode.window.createTreeView(GOALS_VIEW_ID, {
      treeDataProvider: deps.provider,
      showCollapseAll: true,
      manageCheckboxStateManually: true,
    });
    const update = (): void => this.update();
    // One subscription per source of change: the tree model re-fires the store's changes, so it is not one.
    this.subscriptions.push(
      this.treeView,
      deps.store.onDidChange(update),
      deps.auth.onDidChange(update),
      deps.workspaces.onDidChange(update),
      deps.options.onDidChange(update),
      deps.pinned.onDidChange(() => this.pinChanged()),
      this.treeView.onDidChangeVisibility(() => this.visibilityChanged()),
    );
    this.visibilityChanged();
    this.lastPinned = deps.pinned.goalId;
    // "from 5 minutes ago" must not go stale while nothing else happens.
    this.ticker = setInterval(update, 60_000);
    this.update();
  }

  /** Once shown in this window, the walkthrough's "Open the Goals view" step is done. */
  private visibilityChanged(): void {
    if (this.treeView.visible) {
      void setContext(CONTEXT.goalsViewShown, true);
    }
  }

  /** Recomputes the description, the message and the "no goals" context key. */
  update(): void {
    const { auth, store, workspaces } = this.deps;
    const workspace = workspaces.current;
    // The title, not the description: a container with one view shows only the title ("CLICKUP GOALS: <title>").
    this.treeView.title = auth.signedIn && workspace !== undefined ? plainText(workspace.name, 60) : vscode.l10n.t('Goals');
    this.treeView.message = viewMessage(
      { signedIn: auth.signedIn, tokenRefused: auth.tokenRefused, baseUrlProblem: this.deps.baseUrlProblem(), state: store.state },
      Date.now(),
    );
    const settled = store.state.status === 'ready' || (store.state.status === 'error' && store.state.fetchedAt !== null);
    const noGoals = auth.signedIn && workspaces.currentId !== undefined && settled && this.deps.model.isEmpty();
    void setContext(CONTEXT.noGoals, noGoals);
  }

  /** Redraws the goals that gained or lost the pin (their context menus differ). */
  private pinChanged(): void {
    const ids = [this.lastPinned, this.deps.pinned.goalId].filter((id): id is string => id !== undefined);
    this.lastPinned = this.deps.pinned.goalId;
    const nodes = ids.map((id) => this.deps.model.nodeForGoal(id)).filter((node) => node !== undefined);
    if (nodes.length > 0) {
      this.deps.provider.refresh(nodes);
    }
  }

  /** Shows a goal in the tree (expanding its folder), selected and focused. */
  async reveal(goalId: string): Promise<boolean> {
    const node = this.deps.model.nodeForGoal(goalId);
    if (node === undefined) {
      return false;
    }
    await this.treeView.reveal(node, { select: true, focus: true, expand: false });
    return true;
  }

  dispose(): void {
    clearInterval(this.ticker);
    disposeAll(this.subscriptions);
  }
}
