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

/** Who asked for a request: user actions go first in line, background work yields. */
export type RequestPriority = 'user' | 'background';

export interface RequestOptions {
  priority?: RequestPriority;
  /** Aborts the request (only honoured where cancelling is safe: reads, or before a write is sent). */
  signal?: AbortSignal;
}

/**
 * The ClickUp Goals API as the rest of the extension sees it. One method per
 * operationId of the OpenAPI contract, plus the two identity calls.
 * Every method rejects only with a ClickUpError.
 */
export interface GoalsApi {
  getAuthorizedUser(options?: RequestOptions): Promise<User>;
  getAuthorizedWorkspaces(options?: RequestOptions): Promise<Workspace[]>;
  getGoals(teamId: string, includeCompleted: boolean, options?: RequestOptions): Promise<GoalList>;
  getGoal(goalId: string, options?: RequestOptions): Promise<Goal>;
  createGoal(teamId: string, input: CreateGoalInput, options?: RequestOptions): Promise<Goal>;
  updateGoal(goalId: string, input: UpdateGoalInput, options?: RequestOptions): Promise<Goal>;
  deleteGoal(goalId: string, options?: RequestOptions): Promise<void>;
  createKeyResult(goalId: string, input: CreateKeyResultInput, options?: RequestOptions): Promise<KeyResult>;
  editKeyResult(keyResultId: string, input: EditKeyResultInput, options?: RequestOptions): Promise<KeyResult>;
  deleteKeyResult(keyResultId: string, options?: RequestOptions): Promise<void>;
  /** The latest figures from the x-ratelimit-* headers, or null before any response. */
  readonly rateLimit: RateLimitState | null;
}
