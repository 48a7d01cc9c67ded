/**
 * Keeps sign-in, Workspace and goal store in step: signing in loads the
 * Workspaces and points the store at the chosen one (painting cached data at
 * once, then revalidating); signing out clears the store, the Workspace choice
 * and the cached goals; a 401 anywhere asks the auth session to confirm.
 */
import * as vscode from 'vscode';
import { disposeAll } from '../disposeAll';
import type { GoalStore } from '../../core/model/storeTypes';
import type { ApiConnection } from '../connection/apiConnection';
import type { AuthSession } from '../auth/authSession';
import { CONTEXT, setContext } from '../contextKeys';
import type { ErrorReporter } from '../log/showError';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import type { PinnedGoal } from '../statusBar/pinnedGoal';
import type { GlobalStateSnapshotCache } from '../storage/globalStateSnapshotCache';
import type { ViewOptions } from '../tree/viewOptions';
import type { WorkspaceService } from '../workspace/workspaceService';
import { SET_API_TOKEN } from '../commands/setApiToken';

export interface SessionSyncDeps {
  connection: ApiConnection;
  auth: AuthSession;
  workspaces: WorkspaceService;
  store: GoalStore;
  options: ViewOptions;
  pinned: PinnedGoal;
  cache: GlobalStateSnapshotCache;
  errors: ErrorReporter;
  log: ComponentLogger;
}

export class SessionSync implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private wasSignedIn: boolean | undefined;
  private refusalShown = false;

  constructor(private readonly deps: SessionSyncDeps) {
    deps.connection.api.onUnauthorized((operation) => void deps.auth.confirmUnauthorized(operation));
    this.subscriptions.push(
      deps.connection.onDidChange(() => {
        deps.workspaces.restart();
        if (deps.auth.signedIn) {
          void this.connect(false);
        }
      }),
      deps.auth.onDidChange(() => void this.authChanged()),
      deps.workspaces.onDidChange(() => this.workspaceChanged()),
      deps.options.onDidChange(() => deps.store.setIncludeCompleted(deps.options.showCompleted)),
    );
    deps.store.setIncludeCompleted(deps.options.showCompleted);
  }

  /** Loads the Workspaces (asking the user when `interactive` and there are several), then the goals. */
  async connect(interactive: boolean): Promise<void> {
    const { workspaces, store } = this.deps;
    const remembered = workspaces.currentId;
    if (remembered !== undefined && store.state.teamId !== remembered) {
      // Paint the cached goals of the remembered Workspace at once; revalidate below.
      store.setWorkspace(remembered);
    }
    const result = await workspaces.load({ interactive });
    await this.updateWorkspaceKeys();
    if (result === 'failed' && store.state.teamId !== null) {
      // Offline at start: the remembered Workspace's goals still get a chance (and an error message).
      await store.refresh();
    }
    this.watchOwner();
  }

  /** "Refresh": the Workspace list when it is missing, then the goals. */
  async refresh(): Promise<void> {
    if (!this.deps.auth.signedIn) {
      return;
    }
    if (this.deps.workspaces.workspaces === undefined) {
      await this.connect(false);
    }
    await this.deps.store.refresh();
  }

  private async authChanged(): Promise<void> {
    const { auth, store, workspaces, options, cache } = this.deps;
    const startOver = auth.signedIn && !auth.tokenRefused;
    if (startOver) {
      // Before any await: a connect() the sign-in flow starts next then shares this token's one Workspace load.
      workspaces.restart();
    }
    if (!auth.signedIn) {
      // Forget at once what the signed-out account showed.
      store.setWorkspace(null);
      options.setOwner(null);
    }
    await setContext(CONTEXT.signedIn, auth.signedIn);
    await setContext(CONTEXT.authKnown, true);
    if (auth.tokenRefused) {
      this.showRefused();
      return;
    }
    this.refusalShown = false;
    const wasSignedIn = this.wasSignedIn;
    this.wasSignedIn = auth.signedIn;
    if (auth.signedIn) {
      // Signed in, or a new token (set in this or another window): start over with it (restarted above).
      await this.connect(false);
      return;
    }
    if (wasSignedIn !== false) {
      await workspaces.clear();
      await cache.clear();
    }
    await this.updateWorkspaceKeys();
  }

  /** A Workspace was chosen or the list was fetched again: show that Workspace's goals, fresh. */
  private workspaceChanged(): void {
    const { workspaces, store, pinned, auth } = this.deps;
    const teamId = auth.signedIn ? (workspaces.currentId ?? null) : null;
    store.setWorkspace(teamId);
    if (teamId !== null) {
      store.refresh().catch((error: unknown) => this.deps.log.warn(`Refresh failed: ${describeError(error)}`));
    }
    pinned.workspaceChanged();
    void this.updateWorkspaceKeys();
  }

  private async updateWorkspaceKeys(): Promise<void> {
    const { auth, workspaces } = this.deps;
    const list = workspaces.workspaces;
    await setContext(CONTEXT.multipleWorkspaces, auth.signedIn && (list?.length ?? 0) > 1);
    await setContext(CONTEXT.needsWorkspace, auth.signedIn && list !== undefined && workspaces.currentId === undefined);
    await setContext(CONTEXT.workspaceChosen, auth.signedIn && workspaces.currentId !== undefined);
  }

  /** "My goals" needs the signed-in user's id (GET /user once per token). */
  private watchOwner(): void {
    this.deps.auth
      .currentUser()
      .then((user) => this.deps.options.setOwner(user?.id ?? null))
      .catch((error: unknown) => this.deps.log.warn(`Could not read the signed-in user: ${describeError(error)}`));
  }

  private showRefused(): void {
    if (this.refusalShown) {
      return;
    }
    this.refusalShown = true;
    const setToken = vscode.l10n.t('Set API Token');
    void this.deps.errors.show(vscode.l10n.t('Your ClickUp token was refused.'), setToken).then(async (choice) => {
      if (choice === setToken) {
        await vscode.commands.executeCommand(SET_API_TOKEN);
      }
    });
  }

  dispose(): void {
    disposeAll(this.subscriptions);
  }
}
