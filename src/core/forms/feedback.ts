/**
 * What live validation says about a typed value: an error blocks Enter, an
 * info line explains the value (e.g. the date a phrase means) and lets it through.
 */
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
