/**
 * The open goal pages, one per goal: opening a goal that has a page reveals it;
 * pages come back after a window reload (the webview keeps only the goal id; the
 * serializer is registered at activation, onDemandGoalPages.ts, and hands them to
 * restore); every page redraws when the store or the progress history changes its goal.
 * Lives in the edit bundle (dist/edit.js), made on the first Open Goal or restored page.
 */
import * as vscode from 'vscode';
import { isGoalPageState } from '../../core/goalPage/pageMessages';
import type { StoreChange } from '../../core/model/storeTypes';
import { disposeAll } from '../disposeAll';
import type { GoalPageDeps } from './goalPagePanel';
import { GOAL_PAGE_VIEW_TYPE, GoalPagePanel, webviewOptions } from './goalPagePanel';

export interface GoalPagesDeps extends GoalPageDeps {
  history: GoalPageDeps['history'] & { onDidChange: vscode.Event<{ readonly goalIds: readonly string[] }> };
}

export class GoalPages implements vscode.Disposable {
  private readonly pages = new Map<string, GoalPagePanel>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: GoalPagesDeps) {
    this.subscriptions = [
      deps.store.onDidChange((change) => this.storeChanged(change)),
      deps.history.onDidChange((change) => change.goalIds.forEach((goalId) => this.pages.get(goalId)?.update())),
    ];
  }

  /** Opens the goal's page, or reveals it when it is open already. */
  open(goalId: string, options: { preserveFocus?: boolean } = {}): GoalPagePanel {
    const preserveFocus = options.preserveFocus === true;
    const existing = this.pages.get(goalId);
    if (existing !== undefined) {
      existing.panel.reveal(undefined, preserveFocus);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      GOAL_PAGE_VIEW_TYPE,
      vscode.l10n.t('ClickUp Goal'),
      { viewColumn: vscode.ViewColumn.Active, preserveFocus },
      webviewOptions(this.deps.extensionUri),
    );
    return this.adopt(panel, goalId);
  }

  /** The open page of a goal, if any. */
  pageOf(goalId: string): GoalPagePanel | undefined {
    return this.pages.get(goalId);
  }

  get openGoalIds(): readonly string[] {
    return [...this.pages.keys()];
  }

  /** A page VS Code kept across a reload: its state must name a goal, else it is closed. */
  restore(panel: vscode.WebviewPanel, state: unknown): GoalPagePanel | undefined {
    if (!isGoalPageState(state) || this.pages.has(state.goalId)) {
      panel.dispose();
      return undefined;
    }
    return this.adopt(panel, state.goalId);
  }

  private adopt(panel: vscode.WebviewPanel, goalId: string): GoalPagePanel {
    const page = new GoalPagePanel(panel, goalId, this.deps, () => {
      if (this.pages.get(goalId) === page) {
        this.pages.delete(goalId);
      }
    });
    this.pages.set(goalId, page);
    return page;
  }

  private storeChanged(change: StoreChange): void {
    if (change.kind === 'goal' || change.kind === 'goalRemoved') {
      this.pages.get(change.goalId)?.update();
      return;
    }
    this.pages.forEach((page) => page.update());
  }

  dispose(): void {
    disposeAll(this.subscriptions);
    disposeAll([...this.pages.values()]);
    this.pages.clear();
  }
}
