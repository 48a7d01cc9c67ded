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

  isBusy(key: string): boolean {
    return this.tails.has(key);
  }
}
