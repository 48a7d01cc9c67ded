/**
 * ClickUpClient: the GoalsApi over HTTP. Each method names its route, hands the
 * request to the Transport and parses the answer into domain types. Every
 * failure, including a body that cannot be understood, is a ClickUpError.
 */
import * as l10n from '@vscode/l10n';
import type { GoalsApi, RequestOptions } from './api';
import { DEFAULT_BASE_URL } from './baseUrl';
import { invalidBodyError, withOperation } from './errorMapping';
import { ClickUpError, isClickUpError } from './errors';
import type { Clock, ClientLogger, FetchLike, Sleep, TokenProvider } from './fetchTypes';
import { parseGoalResponse } from './parse/goal';
import { parseGoalList } from './parse/goalList';
import { parseUserResponse, parseWorkspacesResponse } from './parse/identity';
import { parseKeyResultResponse } from './parse/keyResult';
import { RateLimitBudget } from './rateLimit';
import {
  serializeCreateGoal,
  serializeCreateKeyResult,
  serializeEditKeyResult,
  serializeUpdateGoal,
} from './serialize';
import { abortableSleep } from './sleep';
import { Transport, type TransportRequest } from './transport';
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

export interface ClickUpClientOptions {
  /** Default https://api.clickup.com/api/v2. Plain http only for loopback addresses. */
  baseUrl?: string;
  /** Read before every request, so a token changed in SecretStorage applies at once. */
  token: TokenProvider;
  /** Sends one request: nodeFetch (./nodeFetch.ts) in the extension (clientEntry.ts) and in the tests over real HTTP. */
  fetch: FetchLike;
  /** Per attempt; default 15 s. */
  timeoutMs?: number;
  /** Extra attempts for reads on network errors, timeouts and 5xx; default 2. Writes are never retried. */
  retries?: number;
  /** First delay between read attempts, doubling; default 500 ms. */
  retryDelayMs?: number;
  /** Times one request may wait out a 429; default 2. */
  rateLimitRetries?: number;
  /** Longest wait for a rate-limit reset before failing as rateLimited; default 65 s (a one-minute window, reset rounded up to whole seconds). */
  maxRateLimitWaitMs?: number;
  clock?: Clock;
  sleep?: Sleep;
  logger?: ClientLogger;
  onRateLimit?: (state: RateLimitState) => void;
}

function segment(id: string): string {
  return encodeURIComponent(id);
}

export class ClickUpClient implements GoalsApi {
  private readonly transport: Transport;
  private readonly budget: RateLimitBudget;

  constructor(options: ClickUpClientOptions) {
    const clock = options.clock ?? Date.now;
    const sleep = options.sleep ?? abortableSleep;
    const maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 65_000;
    this.budget = new RateLimitBudget({ clock, sleep, maxWaitMs: maxRateLimitWaitMs, onChange: options.onRateLimit });
    this.transport = new Transport({
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      token: options.token,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs ?? 15_000,
      retries: options.retries ?? 2,
      retryDelayMs: options.retryDelayMs ?? 500,
      rateLimitRetries: options.rateLimitRetries ?? 2,
      maxRateLimitWaitMs,
      clock,
      sleep,
      budget: this.budget,
      logger: options.logger,
    });
  }

  get rateLimit(): RateLimitState | null {
    return this.budget.state;
  }

  getAuthorizedUser(options?: RequestOptions): Promise<User> {
    return this.call({ operation: 'getAuthorizedUser', method: 'GET', path: '/user' }, options, parseUserResponse);
  }

  getAuthorizedWorkspaces(options?: RequestOptions): Promise<Workspace[]> {
    return this.call({ operation: 'getAuthorizedWorkspaces', method: 'GET', path: '/team' }, options, parseWorkspacesResponse);
  }

  getGoals(teamId: string, includeCompleted: boolean, options?: RequestOptions): Promise<GoalList> {
    const request: TransportRequest = {
      operation: 'getGoals',
      method: 'GET',
      path: `/team/${segment(teamId)}/goal`,
      query: { include_completed: String(includeCompleted) },
    };
    return this.call(request, options, (body) => parseGoalList(body, teamId));
  }

  getGoal(goalId: string, options?: RequestOptions): Promise<Goal> {
    return this.call({ operation: 'getGoal', method: 'GET', path: `/goal/${segment(goalId)}` }, options, (body) =>
      parseGoalResponse(body),
    );
  }

  createGoal(teamId: string, input: CreateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.call(
      { operation: 'createGoal', method: 'POST', path: `/team/${segment(teamId)}/goal` },
      options,
      (body) => parseGoalResponse(body, { teamId }),
      () => serializeCreateGoal(input),
    );
  }

  updateGoal(goalId: string, input: UpdateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.call(
      { operation: 'updateGoal', method: 'PUT', path: `/goal/${segment(goalId)}` },
      options,
      (body) => parseGoalResponse(body),
      () => serializeUpdateGoal(input),
    );
  }

  deleteGoal(goalId: string, options?: RequestOptions): Promise<void> {
    return this.call({ operation: 'deleteGoal', method: 'DELETE', path: `/goal/${segment(goalId)}` }, options, () => undefined);
  }

  createKeyResult(goalId: string, input: CreateKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.call(
      { operation: 'createKeyResult', method: 'POST', path: `/goal/${segment(goalId)}/key_result` },
      options,
      (body) => parseKeyResultResponse(body, goalId),
      () => serializeCreateKeyResult(input),
    );
  }

  editKeyResult(keyResultId: string, input: EditKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.call(
      { operation: 'editKeyResult', method: 'PUT', path: `/key_result/${segment(keyResultId)}` },
      options,
      (body) => parseKeyResultResponse(body),
      () => serializeEditKeyResult(input),
    );
  }

  deleteKeyResult(keyResultId: string, options?: RequestOptions): Promise<void> {
    return this.call(
      { operation: 'deleteKeyResult', method: 'DELETE', path: `/key_result/${segment(keyResultId)}` },
      options,
      () => undefined,
    );
  }

  /** Serialises, sends and parses; anything thrown along the way becomes a ClickUpError naming the operation. */
  private async call<T>(
    request: TransportRequest,
    options: RequestOptions | undefined,
    parse: (body: unknown) => T,
    serialize?: () => unknown,
  ): Promise<T> {
    const { operation } = request;
    try {
      const body = serialize?.();
      const answer = await this.transport.send({ ...request, body, priority: options?.priority, signal: options?.signal });
      try {
        return parse(answer);
      } catch (cause) {
        throw isClickUpError(cause) ? cause : invalidBodyError(operation, 200, cause);
      }
    } catch (error) {
      if (isClickUpError(error)) {
        throw withOperation(error, operation);
      }
      // Nothing else should escape, but the contract is "only ClickUpError".
      throw new ClickUpError(l10n.t('Something went wrong while talking to ClickUp.'), { reason: 'network', operation, cause: error });
    }
  }
}
