/**
 * Answers kept after a failed request, so running the command again offers
 * them prefilled instead of starting from zero. One memory per command, keyed
 * by the target (a goal id, a key-result id, the Workspace id for creates);
 * in memory only, never persisted, and cleared once the request succeeds.
 */
export class AnswerMemory<A> {
  private readonly kept = new Map<string, A>();

  remember(target: string, answers: A): void {
    this.kept.set(target, structuredClone(answers));
  }

  /** A copy of the kept answers, or undefined when there are none. */
  recall(target: string): A | undefined {
    const answers = this.kept.get(target);
    return answers === undefined ? undefined : structuredClone(answers);
  }

  forget(target: string): void {
    this.kept.delete(target);
  }
}
