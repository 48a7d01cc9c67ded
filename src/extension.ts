/**
 * Composition root: builds the services, wires them together and pushes every
 * disposable into context.subscriptions. No logic lives here; it reads like a
 * table of contents of src/vscode/.
 */
import * as vscode from 'vscode';
import { createGoalStore } from './core/model/goalStore';
import { WriteJournal } from './core/pending/writeJournal';
import { thisProcess } from './core/pending/processLiveness';
import { ApiConnection } from './vscode/connection/apiConnection';
import { AuthSession } from './vscode/auth/authSession';
import { ClickUpAuthProvider } from './vscode/auth/clickUpAuthProvider';
import { TokenStore } from './vscode/auth/tokenStore';
import { readDevEnvironment } from './vscode/config/devEnvironment';
import { contextValue } from './vscode/contextKeys';
import { translateCoreText, withCoreText } from './vscode/displayLanguage';
import { Logger } from './vscode/log/logger';
import { ErrorReporter } from './vscode/log/showError';
import { SessionSync } from './vscode/session/sessionSync';
import { startSession } from './vscode/session/startSession';
import { GoalStatusBar } from './vscode/statusBar/goalStatusBar';
import { PinnedGoal } from './vscode/statusBar/pinnedGoal';
import { GlobalStatePendingWrites } from './vscode/storage/pendingWriteStorage';
import { PendingWritesResume } from './vscode/pending/pendingWritesResume';
import { GlobalStateSnapshotCache } from './vscode/storage/globalStateSnapshotCache';
import { PreviousReportStore } from './vscode/storage/previousReportStore';
import { ProgressHistoryStore } from './vscode/storage/progressHistoryStore';
import { GoalTreeModel } from './vscode/tree/goalTreeModel';
import { GoalTreeProvider } from './vscode/tree/goalTreeProvider';
import { GoalsView } from './vscode/tree/goalsView';
import { RefreshScheduler } from './vscode/tree/refreshScheduler';
import { ViewOptions } from './vscode/tree/viewOptions';
import type { ClickUpGoalsTestApi } from './vscode/testApi';
import { createWindowApis } from './vscode/windowApis';
import { WorkspaceService } from './vscode/workspace/workspaceService';
import { registerMyGoalsOnly } from './vscode/commands/myGoalsOnly';
import { registerGoalCommands } from './vscode/commands/goalCommands';
import { registerRefresh } from './vscode/commands/refresh';
import { registerSelectWorkspace } from './vscode/commands/selectWorkspace';
import { registerSetApiToken } from './vscode/commands/setApiToken';
import { registerShowCompletedGoals } from './vscode/commands/showCompletedGoals';
import { registerShowLog } from './vscode/commands/showLog';
import { registerShowMoreGoals } from './vscode/commands/showMoreGoals';
import { registerSignOut } from './vscode/commands/signOut';
import { registerSortGoals } from './vscode/commands/sortGoals';
import { registerUnpinGoal } from './vscode/commands/unpinGoal';
import { registerEditCommands } from './vscode/commands/edit/registerEditCommands';
import type * as EditBundle from './vscode/commands/edit/editEntry';
import { onDemandBundle, type BundleLoadError } from './vscode/onDemandBundle';
import type * as ClientBundle from './core/clickup/clientEntry';
import { OnDemandGoalPages } from './vscode/goalPage/onDemandGoalPages';
import { describeError } from './vscode/log/logger';
import { OnDemandPrompts } from './vscode/input/onDemandPrompts';
import { registerCheckInAndReportCommands } from './vscode/commands/reports/registerReportCommands';
import type { EditCommandDeps } from './vscode/commands/edit/editDeps';
import type { Prompts } from './vscode/input/prompts';
import { offerWalkthroughOnce, registerGetStarted } from './vscode/walkthrough/getStarted';
import { WalkthroughProgress, markStepComplete } from './vscode/walkthrough/walkthroughProgress';
import { switchable } from './vscode/switchable';

export function activate(context: vscode.ExtensionContext): ClickUpGoalsTestApi | undefined {
  // The core's text in the display language.
  translateCoreText();

  // Logging and error reporting.
  const logger = new Logger();
  const channel = vscode.window.createOutputChannel(vscode.l10n.t('ClickUp Goals'), { log: true });
  logger.attach(channel);
  // The walkthrough's steps follow their context keys from the first one set.
  context.subscriptions.push(new WalkthroughProgress({ extension: context.extension, markDone: markStepComplete, log: logger.for('walkthrough') }));
  const ui = switchable(createWindowApis());
  const errors = new ErrorReporter((message, actions) => ui.showErrorMessage(message, ...actions), () => logger.show(), logger.for('errors'));

  // What activation does not load: dist/edit.js (edit, check-in and report commands, the goal page) and dist/client.js (the ClickUp client, node-fetch).
  const bundleFailed = (error: BundleLoadError): void => {
    logger.for('bundle').error(`${error.message} (${describeError(error.original)})`);
    void errors.show(error.message);
  };
  const editBundle = onDemandBundle<typeof EditBundle>(context.extensionPath, 'edit.js', bundleFailed);
  const clientBundle = withCoreText(onDemandBundle<typeof ClientBundle>(context.extensionPath, 'client.js', bundleFailed));
  const windowPrompts = new OnDemandPrompts(() => editBundle().createWindowPrompts());
  const prompts = switchable<Prompts>(windowPrompts);

  // Connection and sign-in.
  const dev = readDevEnvironment(context.extensionMode);
  const tokens = new TokenStore(context.secrets);
  const connection = new ApiConnection(dev, tokens, logger, errors, (options) => clientBundle().createClickUpClient(options));
  const auth = new AuthSession({
    tokens,
    api: () => connection.api.current,
    clientFor: (token) => connection.clientFor(token),
    log: logger.for('auth'),
  });

  // Data: Workspace choice, goal store (with its cache), view options, pin.
  const workspaces = new WorkspaceService({ api: connection.api, memento: context.globalState, ui, log: logger.for('workspace') });
  const cache = new GlobalStateSnapshotCache(context.globalState, logger.for('cache'));
  // Every write is kept in globalState until its answer arrives; a later start sends what a closed window left.
  const pendingStorage = new GlobalStatePendingWrites(context.globalState, logger.for('pending'));
  const journal = new WriteJournal(pendingStorage, { log: (line) => logger.for('pending').warn(line), owner: thisProcess() });
  const store = createGoalStore(connection.api, { cache, logger: logger.for('store'), journal });
  const options = new ViewOptions(context.workspaceState);
  const pinned = new PinnedGoal(context.workspaceState, () => workspaces.currentId);
  const progressHistory = new ProgressHistoryStore({ memento: context.globalState, store, auth, log: logger.for('history') });
  const previousReports = new PreviousReportStore(context.globalState, auth, logger.for('report'));

  // Views: tree, status bar, periodic refresh.
  const treeModel = new GoalTreeModel(store, options, logger.for('tree'));
  const treeProvider = new GoalTreeProvider({
    model: treeModel,
    pinnedGoalId: () => pinned.goalId,
    members: () => workspaces.current?.members ?? [],
    log: logger.for('tree'),
  });
  const goalsView = new GoalsView({
    provider: treeProvider,
    model: treeModel,
    store,
    auth,
    workspaces,
    pinned,
    options,
    baseUrlProblem: () => connection.problem,
  });
  const statusBar = new GoalStatusBar(store, auth, pinned);
  const sync = new SessionSync({ connection, auth, workspaces, store, options, pinned, cache, errors, log: logger.for('session') });
  const scheduler = new RefreshScheduler(goalsView.treeView, {
    store,
    canRefresh: () => auth.signedIn && workspaces.currentId !== undefined,
    log: logger.for('refresh'),
  });
  // First, so it runs before anything that could cancel a queued write: what is unsent stays for the next start.
  context.subscriptions.unshift({ dispose: () => journal.close() });
  context.subscriptions.push(channel, tokens, connection, auth, workspaces, store, options, pinned, progressHistory, previousReports);
  const pendingWrites = new PendingWritesResume({
    journal,
    storage: pendingStorage,
    store,
    api: connection.api,
    signedIn: () => auth.signedIn,
    ui,
    showLog: () => logger.show(),
    log: logger.for('pending'),
    load: () => editBundle(),
  });
  context.subscriptions.push(treeModel, treeProvider, goalsView, statusBar, sync, scheduler, pendingWrites);

  // The Accounts menu's "ClickUp" provider: the one way in and out, also for the commands.
  const authProvider = new ClickUpAuthProvider({ auth, tokens, ui, errors, connect: (interactive) => sync.connect(interactive), log: logger.for('auth') });
  context.subscriptions.push(authProvider);

  // Commands.
  registerSetApiToken(context, { provider: authProvider });
  registerSignOut(context, { provider: authProvider });
  registerSelectWorkspace(context, { workspaces, errors });
  registerRefresh(context, { model: treeModel, refresh: () => sync.refresh() });
  registerShowCompletedGoals(context);
  registerShowMoreGoals(context, { model: treeModel });
  registerSortGoals(context, { ui });
  registerMyGoalsOnly(context, { auth, options, errors });
  registerUnpinGoal(context, { pinned });
  registerShowLog(context, { logger });
  const editDeps: EditCommandDeps = {
    store,
    prompts,
    log: logger.for('edit'),
    errors: new ErrorReporter((message, actions) => prompts.showError(message, actions), () => logger.show(), logger.for('edit')),
    members: () => Promise.resolve(workspaces.current?.members ?? []),
    currentUser: () => auth.currentUser(),
    treeView: goalsView.treeView,
    revealGoal: (goalId) => goalsView.reveal(goalId),
  };
  context.subscriptions.push(...registerEditCommands(editDeps, (deps) => editBundle().createEditCommands(deps)));
  registerGetStarted(context);
  context.subscriptions.push(
    ...registerCheckInAndReportCommands({
      ...editDeps,
      log: logger.for('report'),
      errors: new ErrorReporter((message, actions) => prompts.showError(message, actions), () => logger.show(), logger.for('report')),
      ui,
      workspace: () => workspaces.current,
      history: progressHistory,
      previousReports,
      triggerPromptAction: (id) => windowPrompts.triggerAction(id),
    }, (deps) => editBundle().createCheckInAndReportHandlers(deps)),
  );

  // The goal page (a webview per goal, made with the edit bundle on first use), running the same commands as the tree.
  const goalPages = new OnDemandGoalPages(() =>
    editBundle().createGoalPages({
      store,
      history: progressHistory,
      members: () => workspaces.current?.members ?? [],
      extensionUri: context.extensionUri,
      log: logger.for('goalPage'),
      edit: editDeps,
      openExternal: (uri) => ui.openExternal(uri),
    }),
  );
  context.subscriptions.push(goalPages);
  const goalCommandDeps = { store, prompts, ui, pinned, view: goalsView, pages: () => goalPages.current };
  registerGoalCommands(context, goalCommandDeps, (deps) => editBundle().createGoalCommandHandlers(deps));

  void startSession(dev, tokens, auth, logger.for('session'));
  offerWalkthroughOnce(context.globalState, context.extension.id).catch((error: unknown) =>
    logger.for('walkthrough').warn(`Could not open the walkthrough: ${String(error)}`),
  );

  // Exports are public to every installed extension: the handle exists only in test runs.
  if (context.extensionMode !== vscode.ExtensionMode.Test) {
    return undefined;
  }
  return {
    store,
    auth,
    authProvider,
    tokens,
    connection,
    workspaces,
    options,
    pinned,
    progressHistory,
    pendingWrites,
    get goalPages() {
      return goalPages.current;
    },
    treeModel,
    treeProvider,
    treeView: goalsView.treeView,
    goalsView,
    statusBar,
    ui,
    prompts,
    contextValue,
    storage: { globalState: context.globalState, workspaceState: context.workspaceState, secrets: context.secrets, logUri: context.logUri },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
