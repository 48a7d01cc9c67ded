/**
 * How the goal store words and wraps failures: every failure it reports is a
 * ClickUpError, and log lines carry only an error's message.
 */
import { ClickUpError, isClickUpError } from '../clickup/errors';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Every failure the store reports is a ClickUpError; anything else is a bug below us, wrapped. */
export function asClickUpError(error: unknown, operation: string): ClickUpError {
  if (isClickUpError(error)) {
    return error;
  }
  return new ClickUpError(`Unexpected failure in ${operation}: ${errorText(error)}`, {
    reason: 'invalidResponse',
    operation,
    cause: error,
  });
}
