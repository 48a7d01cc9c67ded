/**
 * One goal's page: a webview panel that is sent the goal's view model (never a
 * token or editor_token, never anything to run) and sends back intents, each
 * checked before it runs. It redraws when told its goal changed.
 */
import * as vscode from 'vscode';
import { plainText } from '../../core/domain/format';
import type { User } from '../../core/domain/types';
import type { ProgressPoint } from '../../core/history/progressHistory';
import type { GoalPageIntent } from '../../core/goalPage/intents';
import { parseIntent } from '../../core/goalPage/intents';
import type { HostMessage } from '../../core/goalPage/pageMessages';
import { buildGoalPage } from '../../core/goalPage/viewModel';
import type { GoalStore } from '../../core/model/storeTypes';
import { disposeAll } from '../disposeAll';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import { summarizeChart } from './chartSummary';
import { assetsRoot, goalPageHtml } from './goalPageHtml';
import { chartNote, chartSummary, goalPageTexts, pageLabels } from './goalPageTexts';
import { GOAL_PAGE_VIEW_TYPE } from './goalPageViewType';

export { GOAL_PAGE_VIEW_TYPE };

export interface GoalPageDeps {
  store: GoalStore;
  history: { pointsOf(goalId: string): readonly ProgressPoint[] };
  members: () => readonly User[];
  extensionUri: vscode.Uri;
  log: ComponentLogger;
  run: (intent: GoalPageIntent) => Promise<void>;
  now?: () => number;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [assetsRoot(extensionUri)] };
}

export class GoalPagePanel implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastSent: string | undefined;
  private keyResultsRequested = false;
  private disposed = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly goalId: string,
    private readonly deps: GoalPageDeps,
    onDispose: () => void,
  ) {
    panel.webview.options = webviewOptions(deps.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'activity-bar.svg');
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
    panel.webview.html = goalPageHtml(panel.webview, deps.extensionUri);
    this.update();
  }

  /** What the page is showing now (the last message sent), as the webview received it. */
  get shown(): HostMessage | undefined {
    return this.lastSent === undefined ? undefined : (JSON.parse(this.lastSent) as HostMessage);
  }

  /**
   * Handles a message from the webview: checked against this goal and its key
   * results first; anything else is refused and logged (not shown: the page is untrusted).
   * Returns the intent that ran, or undefined when refused.
   */
  async receive(message: unknown): Promise<GoalPageIntent | undefined> {
    const intent = parseIntent(message, { goalId: this.goalId, keyResults: this.deps.store.cachedKeyResults(this.goalId) });
    if (intent === undefined) {
      this.deps.log.warn(`Refused a message from the page of goal ${this.goalId}.`);
      return undefined;
    }
    if (intent.type === 'ready') {
      this.lastSent = undefined;
      this.update();
      return intent;
    }
    try {
      await this.deps.run(intent);
    } catch (error) {
      this.deps.log.warn(`The goal page's ${intent.type} action failed: ${describeError(error)}`);
    }
    return intent;
  }

  /** Sends the goal's current view model (or says it is gone); skipped when nothing changed. */
  update(): void {
    if (this.disposed) {
      return;
    }
    const message = this.message();
    const text = JSON.stringify(message);
    if (text === this.lastSent) {
      return;
    }
    this.lastSent = text;
    if (message.type === 'show') {
      this.panel.title = message.model.name || vscode.l10n.t('(unnamed goal)');
    }
    void this.panel.webview.postMessage(message);
  }

  private message(): HostMessage {
    const { store } = this.deps;
    const goal = store.findGoal(this.goalId);
    if (goal === undefined) {
      return this.gone();
    }
    const keyResults = store.cachedKeyResults(this.goalId);
    if (keyResults === undefined && !this.keyResultsRequested) {
      this.keyResultsRequested = true;
      store.loadKeyResults(this.goalId).catch((error: unknown) => this.deps.log.warn(`Could not load the key results of goal ${this.goalId}: ${describeError(error)}`));
    }
    const nowMs = (this.deps.now ?? Date.now)();
    const folder = store.state.folders.find((candidate) => candidate.id === goal.folderId);
    const model = buildGoalPage(
      { goal, folderName: folder?.name ?? null, keyResults, recorded: this.deps.history.pointsOf(this.goalId), members: this.deps.members(), nowMs },
      goalPageTexts(nowMs),
    );
    const summary = summarizeChart(model);
    return { type: 'show', model, labels: pageLabels(), chartNote: chartNote(summary), chartSummary: chartSummary(summary) };
  }

  private gone(): HostMessage {
    const { state } = this.deps.store;
    const title = plainText(this.panel.title, 100) || vscode.l10n.t('ClickUp Goal');
    if (state.teamId === null) {
      return { type: 'gone', title, text: vscode.l10n.t('Sign in to ClickUp to see this goal.') };
    }
    if (state.status !== 'ready' && state.status !== 'error') {
      return { type: 'gone', title, text: vscode.l10n.t('Loading the goal…') };
    }
    return { type: 'gone', title, text: vscode.l10n.t('This goal was deleted, or it is no longer in this Workspace.') };
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    disposeAll(this.subscriptions);
    this.panel.dispose();
  }
}
