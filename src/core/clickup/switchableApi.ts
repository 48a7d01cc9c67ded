/**
 * The one GoalsApi the store and commands hold. It forwards to the current
 * ClickUpClient (the extension rebuilds it when clickupGoals.apiBaseUrl changes;
 * the hardening matrices swap in a client with a short timeout) and reports every
 * "unauthorized" answer, so the auth session can confirm with GET /user whether
 * the token itself was refused (a 401 alone does not mean signed out).
 */
import type { GoalsApi } from './api';
import { isClickUpError } from './errors';
import { ForwardingApi } from './forwardingApi';
import type { RateLimitState } from '../domain/types';

export class SwitchableApi extends ForwardingApi {
  private listener: ((operation: string) => void) | undefined;

  constructor(private target: GoalsApi) {
    super();
  }

  /** The client calls now go to. */
  get current(): GoalsApi {
    return this.target;
  }

  switchTo(target: GoalsApi): void {
    this.target = target;
  }

  /** Called after any call fails with reason "unauthorized" (one listener: the auth session). */
  onUnauthorized(listener: (operation: string) => void): void {
    this.listener = listener;
  }

  get rateLimit(): RateLimitState | null {
    return this.target.rateLimit;
  }

  protected forward<T>(operation: string, run: (api: GoalsApi) => Promise<T>): Promise<T> {
    return run(this.target).catch((error: unknown) => {
      if (isClickUpError(error) && error.reason === 'unauthorized') {
        this.listener?.(operation);
      }
      throw error;
    });
  }
}
