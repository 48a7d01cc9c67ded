/**
 * The goal pages, made on first use: their code (GoalPages, the panels, the view model, the
 * chart and the Markdown reader) is in the edit bundle (dist/edit.js), so activation only
 * registers the serializer that brings pages back after a window reload. The first Open Goal,
 * or the first page VS Code restores, loads the bundle and makes the one GoalPages.
 */
import * as vscode from 'vscode';
import { disposeAll } from '../disposeAll';
import type { GoalPages } from './goalPages';
import { GOAL_PAGE_VIEW_TYPE } from './goalPageViewType';

export class OnDemandGoalPages implements vscode.Disposable {
  private pages: GoalPages | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly make: () => GoalPages) {
    this.subscriptions = [
      vscode.window.registerWebviewPanelSerializer(GOAL_PAGE_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: unknown) => {
          try {
            this.current.restore(panel, state);
          } catch {
            // The edit bundle could not be loaded (already reported): no blank page is left behind.
            panel.dispose();
          }
          return Promise.resolve();
        },
      }),
    ];
  }

  /** The goal pages; the first call loads the edit bundle and makes them. */
  get current(): GoalPages {
    return (this.pages ??= this.make());
  }

  dispose(): void {
    disposeAll(this.subscriptions);
    this.pages?.dispose();
  }
}
