/**
 * Shares identical GET requests that are in flight: one request, every caller
 * gets its result. Each caller may cancel on its own (its promise rejects at
 * once); the shared request is aborted only when every caller has left.
 */

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

export class InflightRequests {
  private readonly entries = new Map<string, Entry>();

  get size(): number {
    return this.entries.size;
  }

  run<T>(
    key: string,
    signal: AbortSignal | undefined,
    onCancel: () => Error,
    start: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    if (signal?.aborted) {
      return Promise.reject(onCancel());
    }
    const entry = this.entries.get(key) ?? this.begin(key, start);
    entry.callers += 1;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const leave = (): void => {
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        if (settled) {
          return;
        }
        settled = true;
        entry.callers -= 1;
        if (entry.callers === 0) {
          // Nobody wants the answer any more; a later caller must not join an aborted request.
          this.forget(key, entry);
          entry.controller.abort();
        }
        reject(onCancel());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          leave();
          if (!settled) {
            settled = true;
            resolve(value as T);
          }
        },
        (error: unknown) => {
          leave();
          if (!settled) {
            settled = true;
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
      );
    });
  }

  private begin<T>(key: string, start: (signal: AbortSignal) => Promise<T>): Entry {
    const controller = new AbortController();
    const entry: Entry = { promise: Promise.resolve(), controller, callers: 0 };
    entry.promise = start(controller.signal).finally(() => this.forget(key, entry));
    this.entries.set(key, entry);
    return entry;
  }

  private forget(key: string, entry: Entry): void {
    if (this.entries.get(key) === entry) {
      this.entries.delete(key);
    }
  }
}
