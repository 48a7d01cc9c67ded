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

/**
 * Serialises async work per key: a task for a key starts only after every earlier
 * task for that key has settled, so writes to one key result reach the service in
 * the order the user made them (and the last one made is the last one applied).
 */
export class KeyedChain {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    // Run after the previous task whatever its outcome; its caller handles its failure.
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) {
        this.tails.delete(key);
      }
    });
    return result;
  }
}
