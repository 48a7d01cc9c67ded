/**
 * A GoalsApi whose client is made on its first request. The extension keeps the ClickUp
 * client and its transport (node-fetch) in a bundle of their own (dist/client.js, built from
 * clientEntry.ts) and makes them here: a start that paints the tree from the cached goals sends
 * nothing first, so activation loads no HTTP code. The client is made once and kept.
 */
import type { GoalsApi } from './api';
import { ClickUpError } from './errors';
import { ForwardingApi } from './forwardingApi';
import type { RateLimitState } from '../domain/types';

export class OnDemandApi extends ForwardingApi {
  private client: GoalsApi | undefined;

  /** `make` may throw (a bundle that cannot be loaded): each call then fails as a ClickUpError. */
  constructor(private readonly make: () => GoalsApi) {
    super();
  }

  /** Null until the client is made, as before any response. */
  get rateLimit(): RateLimitState | null {
    return this.client?.rateLimit ?? null;
  }

  protected forward<T>(operation: string, run: (api: GoalsApi) => Promise<T>): Promise<T> {
    let api: GoalsApi;
    try {
      api = this.client ??= this.make();
    } catch (cause) {
      // Nothing was sent.
      return Promise.reject(new ClickUpError('The ClickUp client could not be loaded.', { reason: 'network', operation, cause }));
    }
    return run(api);
  }
}
