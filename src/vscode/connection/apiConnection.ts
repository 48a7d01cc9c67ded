/**
 * Builds the ClickUp client from the settings and the TokenStore, and rebuilds
 * it when clickupGoals.apiBaseUrl changes. An address that is not https (other
 * than loopback) is reported once as an error; the client itself then refuses
 * every call before reading the token, so the token never travels in clear.
 */
import * as vscode from 'vscode';
import type { GoalsApi } from '../../core/clickup/api';
import type { ClickUpClient, ClickUpClientOptions } from '../../core/clickup/client';
import { OnDemandApi } from '../../core/clickup/onDemandApi';
import type { TokenStore } from '../auth/tokenStore';
import type { ResolvedBaseUrl } from '../config/apiBaseUrl';
import { resolveApiBaseUrl } from '../config/apiBaseUrl';
import type { DevEnvironment } from '../config/devEnvironment';
import { SETTING, affects } from '../config/settings';
import type { Logger } from '../log/logger';
import type { ErrorReporter } from '../log/showError';
import { SwitchableApi } from '../../core/clickup/switchableApi';

export class ApiConnection implements vscode.Disposable {
  readonly api: SwitchableApi;
  private resolved: ResolvedBaseUrl;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  /** Fires after the client was rebuilt for a new API address. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly dev: DevEnvironment,
    private readonly tokens: TokenStore,
    private readonly logger: Logger,
    private readonly errors: ErrorReporter,
    /** Makes the ClickUp client from its bundle (dist/client.js), loaded on the first request. */
    private readonly makeClient: (options: Omit<ClickUpClientOptions, 'fetch'>) => ClickUpClient,
  ) {
    this.resolved = resolveApiBaseUrl(dev);
    this.api = new SwitchableApi(this.client(() => tokens.get()));
    this.report();
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, SETTING.apiBaseUrl)) {
        this.rebuild();
      }
    });
  }

  /** Why the API address is refused (then nothing is sent), or undefined. */
  get problem(): string | undefined {
    return this.resolved.problem;
  }

  get baseUrl(): string {
    return this.resolved.url;
  }

  /** A client that sends this token instead of the stored one (to check a token before keeping it). */
  clientFor(token: string): GoalsApi {
    return this.client(() => token);
  }

  private client(token: () => Promise<string | undefined> | string | undefined): GoalsApi {
    const options = { baseUrl: this.resolved.url, token, logger: this.logger.for('client') };
    return new OnDemandApi(() => this.makeClient(options));
  }

  private rebuild(): void {
    this.resolved = resolveApiBaseUrl(this.dev);
    this.api.switchTo(this.client(() => this.tokens.get()));
    this.report();
    this.changed.fire();
  }

  private report(): void {
    const log = this.logger.for('connection');
    if (this.resolved.problem === undefined) {
      log.info(`API address: ${this.resolved.url} (${this.resolved.source}).`);
      return;
    }
    log.error(`API address refused (${this.resolved.source}): ${this.resolved.problem}`);
    void this.errors.show(
      vscode.l10n.t('ClickUp Goals is not connected: {0} The token was not sent.', this.resolved.problem),
    );
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
