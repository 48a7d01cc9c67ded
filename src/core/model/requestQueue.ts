/**
 * How the goal store orders its requests. RequestQueue runs at most `concurrency` tasks at once. User-priority tasks go ahead of
 * background ones; a waiting background task can be promoted when the user asks
 * for the same thing (e.g. expands a goal whose details are being revalidated).
 */
import type { RequestPriority } from '../clickup/api';

export interface QueuedTask<T> {
  readonly promise: Promise<T>;
  /** Moves a still-waiting task to the user line; no effect once it has started. */
  promote(): void;
}

interface Waiting {
  priority: RequestPriority;
  start: (priority: RequestPriority) => void;
}

export class RequestQueue {
  private running = 0;
  private readonly waiting: Waiting[] = [];

  constructor(private readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError(`Concurrency must be a whole number of at least 1, got ${String(concurrency)}.`);
    }
  }

  /** The task receives the priority it finally ran with (it may have been promoted). */
  enqueue<T>(task: (priority: RequestPriority) => Promise<T>, priority: RequestPriority): QueuedTask<T> {
    let entry: Waiting | undefined;
    const promise = new Promise<T>((resolve, reject) => {
      entry = {
        priority,
        start: (finalPriority) => {
          this.running += 1;
          // new Promise turns a synchronous throw into a rejection, so the slot is always freed.
          new Promise<T>((run) => run(task(finalPriority)))
            .then(resolve, reject)
            .finally(() => {
              this.running -= 1;
              this.pump();
            });
        },
      };
    });
    const waiting = entry as Waiting;
    this.waiting.push(waiting);
    this.pump();
    return {
      promise,
      promote: (): void => {
        waiting.priority = 'user';
      },
    };
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const userIndex = this.waiting.findIndex((candidate) => candidate.priority === 'user');
      const [next] = this.waiting.splice(userIndex === -1 ? 0 : userIndex, 1);
      next.start(next.priority);
    }
  }
}

/** How a task sits in a MergingChain's queue. */
export interface ChainTaskOptions {
  /** May be dropped, before it starts, for a newer task that supersedes it (a progress edit without a note). */
  readonly replaceable?: boolean;
  /** Drops the waiting replaceable task before it (an edit that sets the progress). */
  readonly supersedes?: boolean;
  /** Runs if this task is dropped for a newer one, before its caller hears the outcome. */
  readonly onReplaced?: () => void;
}

interface ChainedTask {
  readonly options: ChainTaskOptions;
  readonly run: () => Promise<unknown>;
  readonly settle: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[];
}

/**
 * Serialises async work per key: a task for a key starts only after every earlier task for that
 * key has settled, so writes to one key result reach the service in the order made (the last one
 * made is the last one applied). And it merges what waits: a replaceable task that has not started
 * is dropped when a task that supersedes it arrives, and its caller gets that task's outcome. So a
 * burst of progress edits costs one request per key result, not one each; edits with a note, other
 * edits and deletes are always sent, in order.
 */
export class MergingChain {
  private readonly queues = new Map<string, { running: boolean; waiting: ChainedTask[] }>();

  run<T>(key: string, task: () => Promise<T>, options: ChainTaskOptions = {}): Promise<T> {
    let queue = this.queues.get(key);
    if (queue === undefined) {
      queue = { running: false, waiting: [] };
      this.queues.set(key, queue);
    }
    const waiting = queue.waiting;
    const promise = new Promise<T>((resolve, reject) => {
      const settle = [{ resolve: resolve as (value: unknown) => void, reject }];
      const last = waiting[waiting.length - 1];
      if (options.supersedes === true && last?.options.replaceable === true) {
        // Superseded before it was sent: its callers learn the newer task's outcome.
        waiting.pop();
        settle.unshift(...last.settle);
        last.options.onReplaced?.();
      }
      waiting.push({ options, run: task, settle });
    });
    this.pump(key);
    return promise;
  }

  /** Whether a task for the key is running or waiting. */
  isBusy(key: string): boolean {
    return this.queues.has(key);
  }

  private pump(key: string): void {
    const queue = this.queues.get(key);
    if (queue === undefined || queue.running) {
      return;
    }
    const next = queue.waiting.shift();
    if (next === undefined) {
      this.queues.delete(key);
      return;
    }
    queue.running = true;
    // new Promise turns a synchronous throw into a rejection, so the queue always moves on.
    new Promise<unknown>((resolve) => resolve(next.run()))
      .then(
        (value) => next.settle.forEach((entry) => entry.resolve(value)),
        (error: unknown) => next.settle.forEach((entry) => entry.reject(error)),
      )
      .finally(() => {
        queue.running = false;
        this.pump(key);
      });
  }
}
