/**
 * The "ClickUp" authentication provider: the Accounts menu's view of the one
 * token in SecretStorage. Signed in, it has one session whose account is the
 * ClickUp user's name; signed out, it asks VS Code (without forcing) for a
 * session, so the Accounts menu offers "Sign in with ClickUp". Signing in or
 * out here, through the commands or in another window is the same thing.
 * Other extensions get the session only through VS Code's own consent prompt.
 */
import * as vscode from 'vscode';
import type { User } from '../../core/domain/types';
import { disposeAll } from '../disposeAll';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import { notificationText } from '../log/userMessages';
import type { TokenStore } from './tokenStore';
import type { TokenInputDeps } from './tokenInput';
import { askForToken } from './tokenInput';

export const AUTH_PROVIDER_ID = 'clickup';
/** One token, so one session; its id stays the same when the token is replaced. */
const SESSION_ID = 'clickup-personal-token';

export interface ClickUpAuthProviderDeps extends TokenInputDeps {
  tokens: TokenStore;
  /** After signing in: load the Workspaces, asking which one when there are several. */
  connect: (interactive: boolean) => Promise<void>;
  log: ComponentLogger;
}

export function accountLabel(user: User): string {
  return user.username.trim() || user.email.trim() || String(user.id);
}

export class ClickUpAuthProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.changed.event;
  /** The session last reported to VS Code, to tell added, removed and changed apart. */
  private reported: vscode.AuthenticationSession | undefined;
  private updates: Promise<void> = Promise.resolve();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: ClickUpAuthProviderDeps) {
    this.subscriptions = [
      vscode.authentication.registerAuthenticationProvider(AUTH_PROVIDER_ID, vscode.l10n.t('ClickUp'), this, { supportsMultipleAccounts: false }),
      deps.auth.onDidChange(() => {
        this.updates = this.updates.then(() => this.update());
      }),
    ];
  }

  /** Every scope gets the same session: a personal token can do everything its user can. */
  async getSessions(_scopes?: readonly string[]): Promise<vscode.AuthenticationSession[]> {
    const session = await this.currentSession();
    return session === undefined ? [] : [session];
  }

  /** The Accounts menu's "Sign in with ClickUp" (or another extension's request, after VS Code's consent prompt). */
  async createSession(_scopes: readonly string[]): Promise<vscode.AuthenticationSession> {
    const session = (await this.signIn()) === undefined ? undefined : await this.currentSession();
    if (session === undefined) {
      throw new Error(vscode.l10n.t('Signing in to ClickUp was cancelled.'));
    }
    return session;
  }

  async removeSession(_sessionId: string): Promise<void> {
    await this.signOut();
  }

  /** Asks for the token; once ClickUp accepts it, loads the Workspaces (asking which one when there are several). */
  async signIn(): Promise<User | undefined> {
    const user = await askForToken(this.deps);
    if (user === undefined) {
      return undefined;
    }
    void this.deps.ui.showInformationMessage(vscode.l10n.t('Signed in to ClickUp as {0}.', notificationText(accountLabel(user))));
    await this.deps.connect(true);
    return user;
  }

  async signOut(): Promise<void> {
    await this.deps.auth.signOut();
    void this.deps.ui.showInformationMessage(vscode.l10n.t('Signed out of ClickUp. The token was removed.'));
  }

  private async currentSession(): Promise<vscode.AuthenticationSession | undefined> {
    const token = this.deps.auth.signedIn ? await this.deps.tokens.get() : undefined;
    if (token === undefined) {
      return undefined;
    }
    const user = await this.deps.auth.currentUser();
    const account = user === undefined ? { id: SESSION_ID, label: vscode.l10n.t('ClickUp account') } : { id: String(user.id), label: accountLabel(user) };
    return { id: SESSION_ID, accessToken: token, account, scopes: [] };
  }

  private async update(): Promise<void> {
    const before = this.reported;
    const now = await this.currentSession();
    this.reported = now;
    if (before === undefined && now !== undefined) {
      this.changed.fire({ added: [now], removed: [], changed: [] });
    } else if (before !== undefined && now === undefined) {
      this.changed.fire({ added: [], removed: [before], changed: [] });
    } else if (before !== undefined && now !== undefined && (before.accessToken !== now.accessToken || before.account.label !== now.account.label)) {
      this.changed.fire({ added: [], removed: [], changed: [now] });
    }
    if (now === undefined && this.deps.auth.state === 'signedOut') {
      this.offerSignIn();
    }
  }

  /** Asks VS Code for a session without forcing one: the Accounts menu then offers "Sign in with ClickUp". */
  private offerSignIn(): void {
    Promise.resolve(vscode.authentication.getSession(AUTH_PROVIDER_ID, [], { createIfNone: false })).catch((error: unknown) =>
      this.deps.log.warn(`Could not offer sign-in in the Accounts menu: ${describeError(error)}`),
    );
  }

  dispose(): void {
    disposeAll(this.subscriptions);
    this.changed.dispose();
  }
}
