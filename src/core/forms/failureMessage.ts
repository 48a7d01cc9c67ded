/**
 * One sentence for the user when a write fails, chosen by the error's reason
 * (never by its message text). The details go to the log, not here.
 */
import { isClickUpError } from '../clickup/errors';
import type { ClickUpErrorReason } from '../clickup/errors';

const becauseOf: Record<ClickUpErrorReason, string> = {
  unauthorized: 'ClickUp did not accept the token, or the item no longer exists',
  forbidden: 'your ClickUp account is not allowed to do that',
  notFound: 'it no longer exists in ClickUp',
  rateLimited: 'ClickUp’s request limit was reached; try again in a minute',
  badRequest: 'ClickUp refused the values',
  server: 'ClickUp had a problem on its side',
  network: 'ClickUp could not be reached',
  timeout: 'ClickUp took too long to answer',
  invalidResponse: 'ClickUp sent an answer that could not be read',
  cancelled: 'it was cancelled',
  insecureBaseUrl: 'the API address is not https, so the token was not sent',
};

/** Reasons after which a create may have happened anyway: retrying blindly could make a duplicate. */
const uncertain: ReadonlySet<ClickUpErrorReason> = new Set(['network', 'timeout', 'server', 'invalidResponse']);

/** E.g. `Could not create goal “Q3 revenue”: ClickUp could not be reached.` */
export function failureMessage(action: string, error: unknown): string {
  const reason = isClickUpError(error) ? becauseOf[error.reason] : 'something unexpected went wrong (see the log)';
  return `Could not ${action}: ${reason}.`;
}

/** True when the service may have carried out the request although the answer was lost. */
export function mayHaveHappened(error: unknown): boolean {
  return isClickUpError(error) && uncertain.has(error.reason);
}
