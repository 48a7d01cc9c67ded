/**
 * How the tree is filtered and sorted: "Show Completed Goals" and "Sort Goals…"
 * are settings, "Show My Goals Only" is remembered per window (workspaceState).
 * Changes fire one event so the tree and status bar redraw together.
 */
import * as vscode from 'vscode';
import type { GoalFilter, GoalSort } from '../../core/domain/goalQuery';
import { SETTING, affects, showCompleted, sortBy } from '../config/settings';
import { CONTEXT, setContext } from '../contextKeys';

export const MINE_ONLY_STATE_KEY = 'clickupGoals.myGoalsOnly';

export class ViewOptions implements vscode.Disposable {
  private completed = showCompleted();
  private sort: GoalSort = sortBy();
  private mineOnlyValue: boolean;
  private ownerId: number | null = null;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChange = this.changed.event;

  constructor(private readonly memento: vscode.Memento) {
    this.mineOnlyValue = memento.get<boolean>(MINE_ONLY_STATE_KEY, false) === true;
    void setContext(CONTEXT.myGoalsOnly, this.mineOnlyValue);
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, SETTING.showCompleted) || affects(event, SETTING.sortBy)) {
        this.completed = showCompleted();
        this.sort = sortBy();
        this.changed.fire();
      }
    });
  }

  get showCompleted(): boolean {
    return this.completed;
  }

  get sortBy(): GoalSort {
    return this.sort;
  }

  get mineOnly(): boolean {
    return this.mineOnlyValue;
  }

  /** The filter for the tree. "Mine only" applies once the signed-in user is known. */
  get filter(): GoalFilter {
    return { includeCompleted: this.completed, onlyOwnerId: this.mineOnlyValue ? this.ownerId : null };
  }

  /** The signed-in user's id (null when signed out or not yet known). */
  setOwner(userId: number | null): void {
    if (userId !== this.ownerId) {
      this.ownerId = userId;
      if (this.mineOnlyValue) {
        this.changed.fire();
      }
    }
  }

  async setMineOnly(on: boolean): Promise<void> {
    this.mineOnlyValue = on;
    await setContext(CONTEXT.myGoalsOnly, on);
    await this.memento.update(MINE_ONLY_STATE_KEY, on);
    this.changed.fire();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
