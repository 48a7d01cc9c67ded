/**
 * A GoalsApi whose client is made on its first request. The extension keeps the ClickUp
 * client and its transport (node-fetch) in a bundle of their own (dist/client.js, built from
 * clientEntry.ts) and makes them here: a start that paints the tree from the cached goals sends
 * nothing first, so activation loads no HTTP code. The client is made once and kept.
 */
import type { GoalsApi, RequestOptions } from './api';
import { ClickUpError } from './errors';
import type {
  CreateGoalInput,
  CreateKeyResultInput,
  EditKeyResultInput,
  Goal,
  GoalList,
  KeyResult,
  RateLimitState,
  UpdateGoalInput,
  User,
  Workspace,
} from '../domain/types';

export class OnDemandApi implements GoalsApi {
  private client: GoalsApi | undefined;

  /** `make` may throw (a bundle that cannot be loaded): each call then fails as a ClickUpError. */
  constructor(private readonly make: () => GoalsApi) {}

  /** Null until the client is made, as before any response. */
  get rateLimit(): RateLimitState | null {
    return this.client?.rateLimit ?? null;
  }

  getAuthorizedUser(options?: RequestOptions): Promise<User> {
    return this.call('getAuthorizedUser', (api) => api.getAuthorizedUser(options));
  }

  getAuthorizedWorkspaces(options?: RequestOptions): Promise<Workspace[]> {
    return this.call('getAuthorizedWorkspaces', (api) => api.getAuthorizedWorkspaces(options));
  }

  getGoals(teamId: string, includeCompleted: boolean, options?: RequestOptions): Promise<GoalList> {
    return this.call('getGoals', (api) => api.getGoals(teamId, includeCompleted, options));
  }

  getGoal(goalId: string, options?: RequestOptions): Promise<Goal> {
    return this.call('getGoal', (api) => api.getGoal(goalId, options));
  }

  createGoal(teamId: string, input: CreateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.call('createGoal', (api) => api.createGoal(teamId, input, options));
  }

  updateGoal(goalId: string, input: UpdateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.call('updateGoal', (api) => api.updateGoal(goalId, input, options));
  }

  deleteGoal(goalId: string, options?: RequestOptions): Promise<void> {
    return this.call('deleteGoal', (api) => api.deleteGoal(goalId, options));
  }

  createKeyResult(goalId: string, input: CreateKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.call('createKeyResult', (api) => api.createKeyResult(goalId, input, options));
  }

  editKeyResult(keyResultId: string, input: EditKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.call('editKeyResult', (api) => api.editKeyResult(keyResultId, input, options));
  }

  deleteKeyResult(keyResultId: string, options?: RequestOptions): Promise<void> {
    return this.call('deleteKeyResult', (api) => api.deleteKeyResult(keyResultId, options));
  }

  private call<T>(operation: string, run: (api: GoalsApi) => Promise<T>): Promise<T> {
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
