/**
 * The bookkeeping of one check-in pass, without any UI: the answer given at
 * each step (kept, skipped, or a new value with its note), what became of the
 * edit sent for it, and the summary at the end. Going Back and answering again
 * replaces the answer; only the last edit sent for a key result counts.
 */
import type { EditKeyResultInput, KeyResult } from '../domain/types';
import type { Validation } from '../domain/validate';
import { readProgressValue } from '../forms/progressForm';
import type { CheckInStep } from './checkInPlan';

export type CheckInAnswer =
  | { readonly kind: 'keep' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'set'; readonly value: number; readonly note: string };

export type SendState = 'none' | 'pending' | 'sent' | 'failed';

export interface CheckInTally {
  readonly updated: number;
  readonly kept: number;
  readonly skipped: number;
  readonly failed: number;
}

/** Reads the value box: the current value (or the same number written differently) keeps it. */
export function readCheckInValue(text: string, kr: KeyResult, locale?: string): Validation<{ kind: 'keep' } | { kind: 'set'; value: number }> {
  const value = readProgressValue(text, kr, locale);
  if (!value.ok) {
    return value;
  }
  return { ok: true, value: value.value === kr.stepsCurrent ? { kind: 'keep' } : { kind: 'set', value: value.value } };
}

/** The edit sent for a new value; the note only when one was written. */
export function checkInEdit(answer: { value: number; note: string }): EditKeyResultInput {
  const note = answer.note.trim();
  return note === '' ? { stepsCurrent: answer.value } : { stepsCurrent: answer.value, note };
}

interface StepRecord {
  answer: CheckInAnswer | undefined;
  send: SendState;
  /** Counts sends, so a late answer to an earlier send cannot overwrite a later one's state. */
  attempt: number;
}

export class CheckInRun {
  private readonly records: StepRecord[];

  constructor(readonly steps: readonly CheckInStep[]) {
    this.records = steps.map(() => ({ answer: undefined, send: 'none', attempt: 0 }));
  }

  answerAt(index: number): CheckInAnswer | undefined {
    return this.records[index]?.answer;
  }

  sendStateAt(index: number): SendState {
    return this.records[index]?.send ?? 'none';
  }

  /** Records an answer; returns the attempt number when an edit is to be sent for it. */
  answer(index: number, answer: CheckInAnswer): number | undefined {
    const record = this.records[index];
    if (record === undefined) {
      return undefined;
    }
    record.answer = answer;
    if (answer.kind !== 'set') {
      return undefined;
    }
    record.attempt += 1;
    record.send = 'pending';
    return record.attempt;
  }

  /** What became of the edit of `attempt`; ignored when a later edit was sent since. */
  settle(index: number, attempt: number, ok: boolean): void {
    const record = this.records[index];
    if (record !== undefined && record.attempt === attempt) {
      record.send = ok ? 'sent' : 'failed';
    }
  }

  /** Marks a failed step as being sent again (Retry); returns the attempt number. */
  resend(index: number): number | undefined {
    const record = this.records[index];
    if (record?.send !== 'failed' || record.answer?.kind !== 'set') {
      return undefined;
    }
    record.attempt += 1;
    record.send = 'pending';
    return record.attempt;
  }

  /** Indexes of the steps whose last edit failed, with their answers kept. */
  failedSteps(): number[] {
    return this.records.flatMap((record, index) => (record.send === 'failed' ? [index] : []));
  }

  /** Updated: an edit was sent and accepted (or is still on its way); steps never reached count as skipped. */
  tally(): CheckInTally {
    let updated = 0;
    let kept = 0;
    let skipped = 0;
    let failed = 0;
    for (const record of this.records) {
      if (record.send === 'failed') {
        failed += 1;
      } else if (record.send !== 'none') {
        updated += 1;
      } else if (record.answer?.kind === 'keep') {
        kept += 1;
      } else {
        skipped += 1;
      }
    }
    return { updated, kept, skipped, failed };
  }
}

