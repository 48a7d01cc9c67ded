/**
 * Who is signed in. Signed in means a token is in SecretStorage; the state follows
 * SecretStorage, so signing in or out in one window reaches every window. A token
 * is checked with GET /user before it is kept. A 401 from any other call is only
 * a hint: the session confirms with GET /user and reports "refused" only when that
 * is refused too (ClickUp also answers 401 for objects that do not exist).
 */
import * as vscode from 'vscode';
import type { GoalsApi } from '../../core/clickup/api';
import { isClickUpError } from '../../core/clickup/errors';
import type { User } from '../../core/domain/types';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import type { TokenStore } from './tokenStore';

export type AuthState = 'unknown' | 'signedOut' | 'signedIn';

export type SignInResult =
  | { kind: 'signedIn'; user: User }
  | { kind: 'refused' }
  | { kind: 'failed'; error: unknown };

export interface AuthSessionDeps {
  tokens: TokenStore;
  /** Calls go through the current client (its Authorization comes from the TokenStore). */
  api: () => GoalsApi;
  /** A client that sends the given token (to check a token before storing it). */
  clientFor: (token: string) => GoalsApi;
  log: ComponentLogger;
}

export class AuthSession implements vscode.Disposable {
  private stateValue: AuthState = 'unknown';
  private refusedValue = false;
  private user: Promise<User | undefined> | undefined;
  private confirming: Promise<boolean> | undefined;
  /** Only to tell whether SecretStorage really changed; never logged or shown. */
  private knownToken: string | undefined;
  /** The user GET /user just answered for a token being stored, so the reload that follows asks no second time. */
  private checked: { token: string; user: User } | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly tokenSubscription: vscode.Disposable;
  /** Fires when signed in/out or when the token was found refused. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: AuthSessionDeps) {
    this.tokenSubscription = deps.tokens.onDidChange(() => {
      void this.reload();
    });
  }

  get state(): AuthState {
    return this.stateValue;
  }

  get signedIn(): boolean {
    return this.stateValue === 'signedIn';
  }

  /** True when the stored token was confirmed refused by GET /user. */
  get tokenRefused(): boolean {
    return this.refusedValue;
  }

  /** Reads SecretStorage (at activation and after any change to the token); fires only on a change. */
  async reload(): Promise<void> {
    const token = await this.deps.tokens.get();
    const next: AuthState = token === undefined ? 'signedOut' : 'signedIn';
    if (next === this.stateValue && token === this.knownToken) {
      return;
    }
    this.knownToken = token;
    this.user = token !== undefined && this.checked?.token === token ? Promise.resolve(this.checked.user) : undefined;
    this.refusedValue = false;
    this.deps.log.info(next === 'signedIn' ? 'Signed in.' : 'Signed out.');
    this.stateValue = next;
    this.changed.fire();
  }

  /** Checks the token with GET /user; stores it only when ClickUp accepts it. */
  async signIn(token: string): Promise<SignInResult> {
    try {
      const user = await this.deps.clientFor(token).getAuthorizedUser({ priority: 'user' });
      this.checked = { token, user };
      await this.deps.tokens.set(token);
      this.deps.log.info(`Token accepted for user ${user.id}.`);
      await this.reload();
      this.checked = undefined;
      return { kind: 'signedIn', user };
    } catch (error) {
      if (isClickUpError(error) && error.reason === 'unauthorized') {
        this.deps.log.warn('ClickUp refused the token offered; nothing was stored.');
        return { kind: 'refused' };
      }
      this.deps.log.error(`Could not check the token: ${describeError(error)}`);
      return { kind: 'failed', error };
    }
  }

  async signOut(): Promise<void> {
    await this.deps.tokens.delete();
    await this.reload();
  }

  /** The signed-in user (GET /user once per token), or undefined when it cannot be had. */
  currentUser(): Promise<User | undefined> {
    if (!this.signedIn) {
      return Promise.resolve(undefined);
    }
    this.user ??= this.deps
      .api()
      .getAuthorizedUser({ priority: 'background' })
      .catch((error: unknown) => {
        this.deps.log.warn(`Could not read the signed-in user: ${describeError(error)}`);
        this.user = undefined;
        return undefined;
      });
    return this.user;
  }

  /**
   * A call was answered 401. Resolves true when GET /user confirms the token is
   * refused (then onDidChange fires with tokenRefused set). One check at a time.
   */
  confirmUnauthorized(operation: string): Promise<boolean> {
    if (!this.signedIn || this.refusedValue) {
      return Promise.resolve(this.refusedValue);
    }
    this.confirming ??= this.check(operation).finally(() => {
      this.confirming = undefined;
    });
    return this.confirming;
  }

  private async check(operation: string): Promise<boolean> {
    this.deps.log.info(`${operation} was answered 401; checking the token with GET /user.`);
    try {
      await this.deps.api().getAuthorizedUser({ priority: 'user' });
      this.deps.log.info('The token is still accepted; the 401 was about the object asked for.');
      return false;
    } catch (error) {
      if (isClickUpError(error) && error.reason === 'unauthorized') {
        this.deps.log.warn('ClickUp refused the stored token.');
        this.refusedValue = true;
        this.changed.fire();
        return true;
      }
      this.deps.log.warn(`Could not check the token: ${describeError(error)}`);
      return false;
    }
  }

  dispose(): void {
    this.tokenSubscription.dispose();
    this.changed.dispose();
  }
}
