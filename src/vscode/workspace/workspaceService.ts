/**
 * Which ClickUp Workspace the view shows. The list comes from GET /team: one
 * Workspace is used as is; with several the user picks ("Select Workspace") and
 * the choice (its id only) is remembered in globalState.
 */
import * as vscode from 'vscode';
import type { GoalsApi } from '../../core/clickup/api';
import type { Workspace } from '../../core/domain/types';
import { plainText, withoutThemeIcons } from '../../core/domain/format';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import type { WindowApis } from '../windowApis';

export const WORKSPACE_STATE_KEY = 'clickupGoals.workspaceId';

export type WorkspaceLoadResult = 'chosen' | 'needsChoice' | 'none' | 'failed';

export interface WorkspaceServiceDeps {
  api: GoalsApi;
  memento: vscode.Memento;
  ui: WindowApis;
  log: ComponentLogger;
}

export class WorkspaceService implements vscode.Disposable {
  private list: Workspace[] | undefined;
  private chosenId: string | undefined;
  private loading: { generation: number; promise: Promise<WorkspaceLoadResult> } | undefined;
  /** Bumped when the token or the API address changes: answers to older requests are dropped. */
  private generation = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the chosen Workspace or the known list changes. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: WorkspaceServiceDeps) {
    const remembered = deps.memento.get<unknown>(WORKSPACE_STATE_KEY);
    this.chosenId = typeof remembered === 'string' && remembered !== '' ? remembered : undefined;
  }

  /** The chosen Workspace's id (the remembered one before GET /team answers). */
  get currentId(): string | undefined {
    return this.chosenId;
  }

  /** The chosen Workspace, once GET /team has answered. */
  get current(): Workspace | undefined {
    return this.list?.find((workspace) => workspace.id === this.chosenId);
  }

  /** Every Workspace the token can see; undefined before GET /team answered. */
  get workspaces(): readonly Workspace[] | undefined {
    return this.list;
  }

  /** Fetches the Workspaces and settles on one; asks the user when `interactive` and there are several. */
  load(options: { interactive: boolean }): Promise<WorkspaceLoadResult> {
    if (this.loading?.generation !== this.generation) {
      const generation = this.generation;
      const promise = this.fetchAndChoose(generation).finally(() => {
        if (this.loading?.promise === promise) {
          this.loading = undefined;
        }
      });
      this.loading = { generation, promise };
    }
    return this.loading.promise.then((result) => (result === 'needsChoice' && options.interactive ? this.select() : result));
  }

  /** The token or the API address changed: the next load asks again, and answers on their way are ignored. */
  restart(): void {
    this.generation += 1;
    this.loading = undefined;
  }

  /** "Select Workspace": a QuickPick of the known Workspaces (fetched first when needed). */
  async select(): Promise<WorkspaceLoadResult> {
    if (this.list === undefined && (await this.load({ interactive: false })) === 'failed') {
      return 'failed';
    }
    const list = this.list ?? [];
    if (list.length === 0) {
      return 'none';
    }
    const items = list.map((workspace) => ({
      label: withoutThemeIcons(plainText(workspace.name, 80)) || workspace.id,
      description: workspace.id === this.chosenId ? vscode.l10n.t('current') : undefined,
      detail: vscode.l10n.t('{0} members', workspace.members.length),
      id: workspace.id,
    }));
    const picked = await this.deps.ui.showQuickPick(items, {
      title: vscode.l10n.t('ClickUp Goals: Select Workspace'),
      placeHolder: vscode.l10n.t('Which Workspace should the Goals view show?'),
      ignoreFocusOut: true,
    });
    if (picked === undefined) {
      return this.current ? 'chosen' : 'needsChoice';
    }
    await this.choose(picked.id);
    return 'chosen';
  }

  /** Forgets the list and the choice (signing out). */
  async clear(): Promise<void> {
    this.restart();
    this.list = undefined;
    this.chosenId = undefined;
    await this.deps.memento.update(WORKSPACE_STATE_KEY, undefined);
    this.changed.fire();
  }

  private async fetchAndChoose(generation: number): Promise<WorkspaceLoadResult> {
    let list: Workspace[];
    try {
      list = await this.deps.api.getAuthorizedWorkspaces({ priority: 'user' });
    } catch (error) {
      this.deps.log.warn(`Could not list Workspaces: ${describeError(error)}`);
      return 'failed';
    }
    if (generation !== this.generation) {
      // Asked with an older token or address: what it says no longer applies.
      return 'failed';
    }
    this.list = list;
    this.deps.log.info(`${list.length} Workspace(s) visible.`);
    if (this.current !== undefined) {
      this.changed.fire();
      return 'chosen';
    }
    if (list.length === 1) {
      await this.choose(list[0].id);
      return 'chosen';
    }
    // The remembered Workspace is gone (or there is none yet): nothing is shown until one is chosen.
    this.chosenId = undefined;
    this.changed.fire();
    return list.length === 0 ? 'none' : 'needsChoice';
  }

  private async choose(id: string): Promise<void> {
    const changed = id !== this.chosenId;
    this.chosenId = id;
    await this.deps.memento.update(WORKSPACE_STATE_KEY, id);
    if (changed) {
      this.deps.log.info(`Showing Workspace ${id}.`);
    }
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
