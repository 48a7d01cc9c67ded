/**
 * The token lives only in SecretStorage. This keeps a copy in memory (the client
 * reads it before every request) and drops it whenever SecretStorage changes, in
 * this window or another one.
 */
import type * as vscode from 'vscode';

export const TOKEN_SECRET_KEY = 'clickupGoals.apiToken';

export class TokenStore implements vscode.Disposable {
  private cached: Promise<string | undefined> | undefined;
  private readonly listeners: (() => void)[] = [];
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((event) => {
      if (event.key === TOKEN_SECRET_KEY) {
        this.cached = undefined;
        this.listeners.forEach((listener) => listener());
      }
    });
  }

  get(): Promise<string | undefined> {
    this.cached ??= Promise.resolve(this.secrets.get(TOKEN_SECRET_KEY)).then(
      (value) => (value !== undefined && value !== '' ? value : undefined),
      () => undefined,
    );
    return this.cached;
  }

  async set(token: string): Promise<void> {
    await this.secrets.store(TOKEN_SECRET_KEY, token);
    this.cached = Promise.resolve(token);
  }

  async delete(): Promise<void> {
    await this.secrets.delete(TOKEN_SECRET_KEY);
    this.cached = Promise.resolve(undefined);
  }

  /** Fires when the stored token changed (any window). */
  onDidChange(listener: () => void): vscode.Disposable {
    this.listeners.push(listener);
    return {
      dispose: (): void => {
        const index = this.listeners.indexOf(listener);
        if (index >= 0) {
          this.listeners.splice(index, 1);
        }
      },
    };
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.length = 0;
  }
}
