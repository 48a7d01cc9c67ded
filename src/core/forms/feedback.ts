/**
 * What live validation says about a typed value: an error blocks Enter, an
 * info line explains the value (e.g. the date a phrase means) and lets it through.
 */
import type { Validation } from '../domain/validate';

export interface Feedback {
  severity: 'error' | 'info';
  message: string;
}

export function errorFeedback(message: string): Feedback {
  return { severity: 'error', message };
}

export function infoFeedback(message: string): Feedback {
  return { severity: 'info', message };
}

export function blocksAccept(feedback: Feedback | undefined): boolean {
  return feedback?.severity === 'error';
}

/** An error for a refused value; for an accepted one, the info line `explain` gives (if any). */
export function feedbackOf<T>(validation: Validation<T>, explain?: (value: T) => string): Feedback | undefined {
  if (!validation.ok) {
    return errorFeedback(validation.message);
  }
  return explain === undefined ? undefined : infoFeedback(explain(validation.value));
}
