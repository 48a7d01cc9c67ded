/**
 * A tiny typed event emitter with disposable subscriptions, so the pure core can
 * publish change events without importing vscode (whose EventEmitter it mirrors).
 */
export interface Disposable {
  dispose(): void;
}

export type Listener<T> = (event: T) => void;

export class Emitter<T> {
  private listeners: Listener<T>[] = [];
  private disposed = false;

  /** Subscribes; dispose the result to stop listening. */
  readonly event = (listener: Listener<T>): Disposable => {
    if (this.disposed) {
      return { dispose: (): void => undefined };
    }
    this.listeners = [...this.listeners, listener];
    return {
      dispose: (): void => {
        this.listeners = this.listeners.filter((candidate) => candidate !== listener);
      },
    };
  };

  /**
   * Calls every listener in subscription order. A listener that throws does not stop
   * the others (one broken view must not starve the rest); the error goes to onError.
   */
  fire(event: T, onError?: (error: unknown) => void): void {
    // Copy-on-write list: listeners added or removed while firing take effect next time.
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        onError?.(error);
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    this.listeners = [];
  }
}
