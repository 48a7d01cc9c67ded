/**
 * Typed errors at the API boundary. Callers branch on `reason`, never on message text.
 */
export type ClickUpErrorReason =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'badRequest'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalidResponse'
  | 'cancelled'
  | 'insecureBaseUrl';

export interface ClickUpErrorDetails {
  reason: ClickUpErrorReason;
  /** HTTP status, when a response was received. */
  status?: number;
  /** ClickUp's ECODE, when the body carried one. */
  ecode?: string;
  /** The operation that failed, e.g. "getGoals". */
  operation?: string;
  /** For rateLimited: when the budget resets (ms since the epoch). */
  retryAt?: number;
  cause?: unknown;
}

/**
 * Marks a ClickUpError across bundles: the edit commands load as a bundle of their own (on first
 * use), with their own copy of this class, so `instanceof` alone would miss errors from the store.
 */
const CLICKUP_ERROR = Symbol.for('clickup-goals.ClickUpError');

export class ClickUpError extends Error {
  readonly [CLICKUP_ERROR] = true;
  readonly reason: ClickUpErrorReason;
  readonly status: number | undefined;
  readonly ecode: string | undefined;
  readonly operation: string | undefined;
  readonly retryAt: number | undefined;

  constructor(message: string, details: ClickUpErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ClickUpError';
    this.reason = details.reason;
    this.status = details.status;
    this.ecode = details.ecode;
    this.operation = details.operation;
    this.retryAt = details.retryAt;
  }
}

export function isClickUpError(value: unknown): value is ClickUpError {
  return value instanceof ClickUpError || (value instanceof Error && (value as Partial<Record<typeof CLICKUP_ERROR, unknown>>)[CLICKUP_ERROR] === true);
}

/** An error's message alone (log lines never carry more). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Every failure the model reports is a ClickUpError; anything else is a bug below it, wrapped. */
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
