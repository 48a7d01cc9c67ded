/**
 * The one status bar item: the pinned goal's progress or the Workspace's open
 * goals' progress. It redraws on store, sign-in and pin changes; clicking it runs
 * "Go to Goal…" (reveal in the tree or pin).
 */
import * as vscode from 'vscode';
import { disposeAll } from '../disposeAll';
import type { GoalStore } from '../../core/model/storeTypes';
import type { AuthSession } from '../auth/authSession';
import { withKeyResults } from '../tree/treeItems';
import type { PinnedGoal } from './pinnedGoal';
import type { StatusBarView } from './statusBarText';
import { statusBarView } from './statusBarText';

export const STATUS_BAR_COMMAND = 'clickupGoals.goToGoal';

export class GoalStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private viewValue: StatusBarView = { visible: false, text: '', tooltip: '', warning: false, accessibility: '' };

  constructor(
    private readonly store: GoalStore,
    private readonly auth: AuthSession,
    private readonly pinned: PinnedGoal,
  ) {
    this.item = vscode.window.createStatusBarItem('clickupGoals.progress', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('ClickUp Goals');
    this.item.command = STATUS_BAR_COMMAND;
    const update = (): void => this.update();
    this.subscriptions.push(
      this.item,
      store.onDidChange(update),
      auth.onDidChange(update),
      pinned.onDidChange(update),
    );
    this.update();
  }

  /** What the item shows now (for tests and the test API). */
  get view(): StatusBarView {
    return this.viewValue;
  }

  update(): void {
    const pinnedId = this.pinned.goalId;
    const goal = pinnedId === undefined ? undefined : this.store.findGoal(pinnedId);
    const view = statusBarView({
      signedIn: this.auth.signedIn,
      tokenRefused: this.auth.tokenRefused,
      state: this.store.state,
      pinned: goal === undefined ? undefined : withKeyResults(goal, this.store.cachedKeyResults(goal.id)),
    });
    this.viewValue = view;
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.accessibilityInformation = { label: view.accessibility, role: 'button' };
    this.item.backgroundColor = view.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    if (view.visible) {
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    disposeAll(this.subscriptions);
  }
}
