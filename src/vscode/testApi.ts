/**
 * What activate() returns in test runs only (extensionMode Test): a handle for
 * host tests. In production and development runs activate() returns nothing,
 * because exports are readable by every installed extension. Tests read state
 * through it and answer prompts with `ui.use(...)` (window calls) or
 * `prompts.use(...)` (the edit commands' questions) instead of driving real
 * input boxes, e.g.
 *
 *   const api = await vscode.extensions.getExtension(ID)!.activate() as ClickUpGoalsTestApi;
 *   api.ui.use({ showInputBox: async () => emulator.token });
 *   await vscode.commands.executeCommand('clickupGoals.setApiToken');
 *   await waitFor(() => api.auth.signedIn);
 */
import type * as vscode from 'vscode';
import type { GoalStore } from '../core/model/storeTypes';
import type { ApiConnection } from './connection/apiConnection';
import type { AuthSession } from './auth/authSession';
import type { ClickUpAuthProvider } from './auth/clickUpAuthProvider';
import type { TokenStore } from './auth/tokenStore';
import type { GoalStatusBar } from './statusBar/goalStatusBar';
import type { PinnedGoal } from './statusBar/pinnedGoal';
import type { PendingWritesResume } from './pending/pendingWritesResume';
import type { ProgressHistoryStore } from './storage/progressHistoryStore';
import type { GoalPages } from './goalPage/goalPages';
import type { GoalTreeModel } from './tree/goalTreeModel';
import type { GoalTreeProvider } from './tree/goalTreeProvider';
import type { GoalsView } from './tree/goalsView';
import type { GoalTreeNode } from './tree/nodes';
import type { ViewOptions } from './tree/viewOptions';
import type { Prompts } from './input/prompts';
import type { Switchable } from './switchable';
import type { WindowApis } from './windowApis';
import type { WorkspaceService } from './workspace/workspaceService';

export interface ClickUpGoalsTestApi {
  readonly store: GoalStore;
  readonly auth: AuthSession;
  readonly authProvider: ClickUpAuthProvider;
  readonly tokens: TokenStore;
  readonly connection: ApiConnection;
  readonly workspaces: WorkspaceService;
  readonly options: ViewOptions;
  readonly pinned: PinnedGoal;
  readonly progressHistory: ProgressHistoryStore;
  /** Sends what closed windows left unsent (resume(teamId)). */
  readonly pendingWrites: PendingWritesResume;
  /** The goal pages; the first read loads the edit bundle (dist/edit.js), as the first Open Goal does. */
  readonly goalPages: GoalPages;
  readonly treeModel: GoalTreeModel;
  readonly treeProvider: GoalTreeProvider;
  readonly treeView: vscode.TreeView<GoalTreeNode>;
  readonly goalsView: GoalsView;
  readonly statusBar: GoalStatusBar;
  /** The window calls: `ui.use({ showInputBox: ... })` answers them in tests. */
  readonly ui: Switchable<WindowApis>;
  /** The edit commands' prompts: `prompts.use(scripted)` answers their questions in tests. */
  readonly prompts: Switchable<Prompts>;
  /** The last value this extension set for a context key (VS Code cannot read them back). */
  contextValue(key: string): unknown;
  /** What the extension keeps (tests check that no secret is among it) and where its log file is. */
  readonly storage: {
    readonly globalState: vscode.Memento;
    readonly workspaceState: vscode.Memento;
    readonly secrets: vscode.SecretStorage;
    /** The folder of the "ClickUp Goals" log file. */
    readonly logUri: vscode.Uri;
  };
}
