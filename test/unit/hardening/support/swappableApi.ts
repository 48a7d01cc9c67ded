/**
 * A GoalsApi that forwards to whichever client is current, so a matrix can give
 * the store a short timeout only while a fault is armed (set-up and recovery use
 * a patient client and do not flake on a busy machine).
 */
import type { GoalsApi, RequestOptions } from '../../../../src/core/clickup/api';
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
} from '../../../../src/core/domain/types';

export class SwappableApi implements GoalsApi {
  constructor(public current: GoalsApi) {}

  get rateLimit(): RateLimitState | null {
    return this.current.rateLimit;
  }

  getAuthorizedUser(options?: RequestOptions): Promise<User> {
    return this.current.getAuthorizedUser(options);
  }

  getAuthorizedWorkspaces(options?: RequestOptions): Promise<Workspace[]> {
    return this.current.getAuthorizedWorkspaces(options);
  }

  getGoals(teamId: string, includeCompleted: boolean, options?: RequestOptions): Promise<GoalList> {
    return this.current.getGoals(teamId, includeCompleted, options);
  }

  getGoal(goalId: string, options?: RequestOptions): Promise<Goal> {
    return this.current.getGoal(goalId, options);
  }

  createGoal(teamId: string, input: CreateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.current.createGoal(teamId, input, options);
  }

  updateGoal(goalId: string, input: UpdateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.current.updateGoal(goalId, input, options);
  }

  deleteGoal(goalId: string, options?: RequestOptions): Promise<void> {
    return this.current.deleteGoal(goalId, options);
  }

  createKeyResult(goalId: string, input: CreateKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.current.createKeyResult(goalId, input, options);
  }

  editKeyResult(keyResultId: string, input: EditKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.current.editKeyResult(keyResultId, input, options);
  }

  deleteKeyResult(keyResultId: string, options?: RequestOptions): Promise<void> {
    return this.current.deleteKeyResult(keyResultId, options);
  }
}
