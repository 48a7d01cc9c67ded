/**
 * A GoalsApi that hands each call to another one, through a single `forward` step the subclass
 * defines: SwitchableApi (the current client, watching for "unauthorized") and OnDemandApi (a
 * client made on the first request). The ten calls are listed once, here.
 */
import type { GoalsApi, RequestOptions } from './api';
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

export abstract class ForwardingApi implements GoalsApi {
  abstract get rateLimit(): RateLimitState | null;

  /** Runs one call, named by its operation, on the API calls go to. */
  protected abstract forward<T>(operation: string, run: (api: GoalsApi) => Promise<T>): Promise<T>;

  getAuthorizedUser(options?: RequestOptions): Promise<User> {
    return this.forward('getAuthorizedUser', (api) => api.getAuthorizedUser(options));
  }

  getAuthorizedWorkspaces(options?: RequestOptions): Promise<Workspace[]> {
    return this.forward('getAuthorizedWorkspaces', (api) => api.getAuthorizedWorkspaces(options));
  }

  getGoals(teamId: string, includeCompleted: boolean, options?: RequestOptions): Promise<GoalList> {
    return this.forward('getGoals', (api) => api.getGoals(teamId, includeCompleted, options));
  }

  getGoal(goalId: string, options?: RequestOptions): Promise<Goal> {
    return this.forward('getGoal', (api) => api.getGoal(goalId, options));
  }

  createGoal(teamId: string, input: CreateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.forward('createGoal', (api) => api.createGoal(teamId, input, options));
  }

  updateGoal(goalId: string, input: UpdateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.forward('updateGoal', (api) => api.updateGoal(goalId, input, options));
  }

  deleteGoal(goalId: string, options?: RequestOptions): Promise<void> {
    return this.forward('deleteGoal', (api) => api.deleteGoal(goalId, options));
  }

  createKeyResult(goalId: string, input: CreateKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.forward('createKeyResult', (api) => api.createKeyResult(goalId, input, options));
  }

  editKeyResult(keyResultId: string, input: EditKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.forward('editKeyResult', (api) => api.editKeyResult(keyResultId, input, options));
  }

  deleteKeyResult(keyResultId: string, options?: RequestOptions): Promise<void> {
    return this.forward('deleteKeyResult', (api) => api.deleteKeyResult(keyResultId, options));
  }
}
