/**
 * The one GoalsApi the store and commands hold. It forwards to the current
 * ClickUpClient (the extension rebuilds it when clickupGoals.apiBaseUrl changes;
 * the hardening matrices swap in a client with a short timeout) and reports every
 * "unauthorized" answer, so the auth session can confirm with GET /user whether
 * the token itself was refused (a 401 alone does not mean signed out).
 */
import type { GoalsApi, RequestOptions } from './api';
import { isClickUpError } from './errors';
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

export class SwitchableApi implements GoalsApi {
  private listener: ((operation: string) => void) | undefined;

  constructor(private target: GoalsApi) {}

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

  getAuthorizedUser(options?: RequestOptions): Promise<User> {
    return this.watch('getAuthorizedUser', this.target.getAuthorizedUser(options));
  }

  getAuthorizedWorkspaces(options?: RequestOptions): Promise<Workspace[]> {
    return this.watch('getAuthorizedWorkspaces', this.target.getAuthorizedWorkspaces(options));
  }

  getGoals(teamId: string, includeCompleted: boolean, options?: RequestOptions): Promise<GoalList> {
    return this.watch('getGoals', this.target.getGoals(teamId, includeCompleted, options));
  }

  getGoal(goalId: string, options?: RequestOptions): Promise<Goal> {
    return this.watch('getGoal', this.target.getGoal(goalId, options));
  }

  createGoal(teamId: string, input: CreateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.watch('createGoal', this.target.createGoal(teamId, input, options));
  }

  updateGoal(goalId: string, input: UpdateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.watch('updateGoal', this.target.updateGoal(goalId, input, options));
  }

  deleteGoal(goalId: string, options?: RequestOptions): Promise<void> {
    return this.watch('deleteGoal', this.target.deleteGoal(goalId, options));
  }

  createKeyResult(goalId: string, input: CreateKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.watch('createKeyResult', this.target.createKeyResult(goalId, input, options));
  }

  editKeyResult(keyResultId: string, input: EditKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.watch('editKeyResult', this.target.editKeyResult(keyResultId, input, options));
  }

  deleteKeyResult(keyResultId: string, options?: RequestOptions): Promise<void> {
    return this.watch('deleteKeyResult', this.target.deleteKeyResult(keyResultId, options));
  }

  private watch<T>(operation: string, call: Promise<T>): Promise<T> {
    return call.catch((error: unknown) => {
      if (isClickUpError(error) && error.reason === 'unauthorized') {
        this.listener?.(operation);
      }
      throw error;
    });
  }
}
