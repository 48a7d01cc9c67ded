/**
 * An in-memory GoalsApi for store tests: keeps a tiny Workspace, counts calls
 * (with the priority asked for), can fail the next call of an operation, and can
 * hold calls until a test releases them, to stage races deterministically.
 */
import { allGoals } from '../../../src/core/domain/goalQuery';
import type { GoalsApi, RequestOptions, RequestPriority } from '../../../src/core/clickup/api';
import { ClickUpError } from '../../../src/core/clickup/errors';
import type {
  CreateGoalInput,
  CreateKeyResultInput,
  EditKeyResultInput,
  Goal,
  GoalFolder,
  GoalList,
  KeyResult,
  UpdateGoalInput,
  User,
  Workspace,
} from '../../../src/core/domain/types';
import { aGoal, aKeyResult, aUser, aWorkspace } from '../builders/domain';

export type Operation = Exclude<keyof GoalsApi, 'rateLimit'>;

export interface Call {
  operation: Operation;
  args: unknown[];
  priority: RequestPriority | undefined;
}

interface Held {
  release(): void;
  fail(error: ClickUpError): void;
}

export function aServerError(operation = 'test'): ClickUpError {
  return new ClickUpError('ClickUp had a problem.', { reason: 'server', status: 500, operation });
}

export class FakeGoalsApi implements GoalsApi {
  readonly rateLimit = null;
  readonly calls: Call[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private goals: Goal[] = [];
  private folders: GoalFolder[] = [];
  private readonly keyResults = new Map<string, KeyResult[]>();
  private readonly failures = new Map<Operation, ClickUpError[]>();
  private readonly holding = new Set<Operation>();
  private readonly held = new Map<Operation, Held[]>();

  /** Goals (with keyResults filled in) go to the top level, or into the given folders. */
  seed(goals: Goal[], folders: GoalFolder[] = []): this {
    const remember = (goal: Goal): Goal => {
      this.keyResults.set(goal.id, goal.keyResults ?? []);
      return { ...goal, keyResults: null, keyResultCount: (goal.keyResults ?? []).length };
    };
    this.goals = goals.map(remember);
    this.folders = folders.map((folder) => ({ ...folder, goals: folder.goals.map(remember) }));
    return this;
  }

  /** Changes a goal as another person would, behind the store's back. */
  touchGoal(goalId: string, change: Partial<Goal>): void {
    const apply = (goal: Goal): Goal => (goal.id === goalId ? { ...goal, ...change } : goal);
    this.goals = this.goals.map(apply);
    this.folders = this.folders.map((folder) => ({ ...folder, goals: folder.goals.map(apply) }));
  }

  count(operation: Operation): number {
    return this.calls.filter((call) => call.operation === operation).length;
  }

  callsOf(operation: Operation): Call[] {
    return this.calls.filter((call) => call.operation === operation);
  }

  failNext(operation: Operation, error: ClickUpError = aServerError(operation)): void {
    this.failures.set(operation, [...(this.failures.get(operation) ?? []), error]);
  }

  /** Calls of this operation wait until released (in order) with releaseNext/failNextHeld. */
  hold(operation: Operation): void {
    this.holding.add(operation);
  }

  heldCount(operation: Operation): number {
    return this.held.get(operation)?.length ?? 0;
  }

  releaseNext(operation: Operation): void {
    this.takeHeld(operation).release();
  }

  failNextHeld(operation: Operation, error: ClickUpError = aServerError(operation)): void {
    this.takeHeld(operation).fail(error);
  }

  releaseAll(operation: Operation): void {
    this.holding.delete(operation);
    while (this.heldCount(operation) > 0) {
      this.releaseNext(operation);
    }
  }

  getAuthorizedUser(options?: RequestOptions): Promise<User> {
    return this.run('getAuthorizedUser', [], options, () => aUser());
  }

  getAuthorizedWorkspaces(options?: RequestOptions): Promise<Workspace[]> {
    return this.run('getAuthorizedWorkspaces', [], options, () => [aWorkspace()]);
  }

  getGoals(teamId: string, includeCompleted: boolean, options?: RequestOptions): Promise<GoalList> {
    return this.run('getGoals', [teamId, includeCompleted], options, () => structuredClone({ goals: this.goals, folders: this.folders }));
  }

  getGoal(goalId: string, options?: RequestOptions): Promise<Goal> {
    return this.run('getGoal', [goalId], options, () => {
      const goal = this.find(goalId);
      return structuredClone({ ...goal, keyResults: this.keyResults.get(goalId) ?? [] });
    });
  }

  createGoal(teamId: string, input: CreateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.run('createGoal', [teamId, input], options, () => {
      const goal = aGoal({ name: input.name, dueDate: input.dueDate, description: input.description, color: input.color, teamId });
      this.goals = [...this.goals, goal];
      this.keyResults.set(goal.id, []);
      return structuredClone(goal);
    });
  }

  updateGoal(goalId: string, input: UpdateGoalInput, options?: RequestOptions): Promise<Goal> {
    return this.run('updateGoal', [goalId, input], options, () => {
      const { name, dueDate, description, color } = input;
      this.touchGoal(goalId, { name, dueDate, description, color });
      return structuredClone(this.find(goalId));
    });
  }

  deleteGoal(goalId: string, options?: RequestOptions): Promise<void> {
    return this.run('deleteGoal', [goalId], options, () => {
      this.find(goalId);
      this.goals = this.goals.filter((goal) => goal.id !== goalId);
      this.folders = this.folders.map((folder) => ({ ...folder, goals: folder.goals.filter((goal) => goal.id !== goalId) }));
    });
  }

  createKeyResult(goalId: string, input: CreateKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.run('createKeyResult', [goalId, input], options, () => {
      const keyResult = aKeyResult({ goalId, name: input.name, type: input.type, stepsStart: input.stepsStart, stepsEnd: input.stepsEnd, stepsCurrent: input.stepsStart });
      this.keyResults.set(goalId, [...(this.keyResults.get(goalId) ?? []), keyResult]);
      this.touchGoal(goalId, { keyResultCount: (this.keyResults.get(goalId) ?? []).length });
      return structuredClone(keyResult);
    });
  }

  editKeyResult(keyResultId: string, input: EditKeyResultInput, options?: RequestOptions): Promise<KeyResult> {
    return this.run('editKeyResult', [keyResultId, input], options, () => {
      for (const [goalId, list] of this.keyResults) {
        const found = list.find((keyResult) => keyResult.id === keyResultId);
        if (found) {
          const edited = { ...found, stepsCurrent: input.stepsCurrent ?? found.stepsCurrent, name: input.name ?? found.name };
          this.keyResults.set(goalId, list.map((keyResult) => (keyResult.id === keyResultId ? edited : keyResult)));
          return structuredClone(edited);
        }
      }
      throw new ClickUpError('Key result not found.', { reason: 'notFound', status: 404 });
    });
  }

  deleteKeyResult(keyResultId: string, options?: RequestOptions): Promise<void> {
    return this.run('deleteKeyResult', [keyResultId], options, () => {
      for (const [goalId, list] of this.keyResults) {
        this.keyResults.set(goalId, list.filter((keyResult) => keyResult.id !== keyResultId));
      }
    });
  }

  private find(goalId: string): Goal {
    const goal = allGoals({ goals: this.goals, folders: this.folders }).find((candidate) => candidate.id === goalId);
    if (!goal) {
      throw new ClickUpError('Goal not found.', { reason: 'notFound', status: 404 });
    }
    return goal;
  }

  private takeHeld(operation: Operation): Held {
    const [next, ...rest] = this.held.get(operation) ?? [];
    if (!next) {
      throw new Error(`No held ${operation} call to settle.`);
    }
    this.held.set(operation, rest);
    return next;
  }

  private async run<T>(operation: Operation, args: unknown[], options: RequestOptions | undefined, answer: () => T): Promise<T> {
    this.calls.push({ operation, args, priority: options?.priority });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    // Reads answer with the data as it was when asked (the answer then travels); writes apply when released.
    try {
      const early = operation.startsWith('get') ? { value: answer() } : undefined;
      if (this.holding.has(operation)) {
        await new Promise<void>((release, fail) => {
          this.held.set(operation, [...(this.held.get(operation) ?? []), { release: () => release(), fail }]);
        });
      } else {
        await Promise.resolve();
      }
      const [failure, ...rest] = this.failures.get(operation) ?? [];
      if (failure) {
        this.failures.set(operation, rest);
        throw failure;
      }
      return early ? early.value : answer();
    } finally {
      this.inFlight -= 1;
    }
  }
}
