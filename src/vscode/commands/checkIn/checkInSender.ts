/**
 * Sends each change of a check-in as soon as it is accepted (the store's
 * optimistic edit, queued within the rate budget by the store and client),
 * and keeps what became of it for the summary and for Retry.
 */
import type { CheckInAnswer, CheckInRun } from '../../../core/checkIn/checkInRun';
import { checkInEdit } from '../../../core/checkIn/checkInRun';
import { describeError } from '../../log/logger';
import type { EditCommandDeps } from '../edit/editDeps';
import { quote } from '../edit/sending';

/** Sends each accepted change at once and keeps what became of it (for the summary and Retry). */
export class CheckInSender {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly errors = new Map<number, unknown>();
  private sentCount = 0;

  constructor(
    private readonly deps: EditCommandDeps,
    private readonly run: CheckInRun,
  ) {}

  answer(index: number, answer: CheckInAnswer): void {
    const attempt = this.run.answer(index, answer);
    if (attempt !== undefined && answer.kind === 'set') {
      this.send(index, attempt, answer);
    }
  }

  /** Sends the failed edits again, with the answers given. */
  retryFailed(): void {
    for (const index of this.run.failedSteps()) {
      const answer = this.run.answerAt(index);
      const attempt = this.run.resend(index);
      if (attempt !== undefined && answer?.kind === 'set') {
        this.send(index, attempt, answer);
      }
    }
  }

  nothingSent(): boolean {
    return this.sentCount === 0;
  }

  /** Resolves once every edit sent so far has been answered. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
    }
  }

  errorAt(index: number): unknown {
    return this.errors.get(index);
  }

  private send(index: number, attempt: number, answer: { value: number; note: string }): void {
    const kr = this.run.steps[index].keyResult;
    this.sentCount += 1;
    const sending = this.deps.store.editKeyResult(kr.id, checkInEdit(answer)).then(
      () => {
        this.errors.delete(index);
        this.run.settle(index, attempt, true);
        this.deps.log.info(`Check-in: updated key result ${kr.id}.`);
      },
      (error: unknown) => {
        this.errors.set(index, error);
        this.run.settle(index, attempt, false);
        this.deps.log.error(`Check-in: could not update ${quote(kr.name)} (${kr.id}): ${describeError(error)}`);
      },
    );
    this.inFlight.add(sending);
    void sending.finally(() => this.inFlight.delete(sending));
  }
}
