/**
 * HTTP outcomes -> ClickUpError. One short sentence a person understands per
 * case; ClickUp's ECODE is kept so callers can tell a missing object (401
 * OAUTH_018) from a dead token. A 401 alone never means "signed out": the
 * caller confirms with GET /user.
 */
import * as l10n from '@vscode/l10n';
import { ClickUpError } from './errors';

interface ErrorBody {
  err?: string;
  ecode?: string;
}

function readErrorBody(text: string): ErrorBody {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) {
      const { err, ECODE } = parsed as Record<string, unknown>;
      return {
        err: typeof err === 'string' ? err : undefined,
        ecode: typeof ECODE === 'string' ? ECODE : undefined,
      };
    }
  } catch {
    // An HTML page or junk: judged by the status alone.
  }
  return {};
}

/** "15 seconds", "1 second", "0.2 seconds". */
export function formatSeconds(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  const rounded = seconds >= 1 ? Math.round(seconds) : Math.max(0.1, Math.round(seconds * 10) / 10);
  return rounded === 1 ? l10n.t('1 second') : l10n.t('{0} seconds', rounded);
}

/** ClickUp's own text, short and without a trailing full stop, to quote in a sentence. */
function quote(err: string | undefined): string {
  const text = (err ?? '').replace(/\s+/g, ' ').trim().replace(/\.+$/, '');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function unauthorizedMessage(ecode: string | undefined): string {
  switch (ecode) {
    case 'OAUTH_017':
      return l10n.t('No ClickUp token was sent.');
    case 'OAUTH_018':
      return l10n.t('ClickUp could not find that item, or the token cannot see it.');
    case 'OAUTH_023':
    case 'OAUTH_027':
      return l10n.t('The token has no access to this Workspace.');
    default:
      return l10n.t('ClickUp refused the token.');
  }
}

export function rateLimitedError(operation: string, retryAt: number, now: number, status?: number): ClickUpError {
  return new ClickUpError(l10n.t("ClickUp's request limit is used up; try again in {0}.", formatSeconds(retryAt - now)), {
    reason: 'rateLimited',
    status,
    operation,
    retryAt,
  });
}

/** A non-2xx answer. `retryAt` (ms) is when a 429's budget resets. */
export function errorFromStatus(
  operation: string,
  status: number,
  bodyText: string,
  retryAt: number,
  now: number,
): ClickUpError {
  const { err, ecode } = readErrorBody(bodyText);
  const details = { status, ecode, operation };
  if (status === 429) {
    return rateLimitedError(operation, retryAt, now, status);
  }
  if (status === 400) {
    const said = quote(err);
    const message = said === '' ? l10n.t('ClickUp did not accept the request.') : l10n.t('ClickUp did not accept the request: {0}.', said);
    return new ClickUpError(message, { ...details, reason: 'badRequest' });
  }
  if (status === 401) {
    return new ClickUpError(unauthorizedMessage(ecode), { ...details, reason: 'unauthorized' });
  }
  if (status === 403) {
    return new ClickUpError(l10n.t('ClickUp does not allow this for your account.'), { ...details, reason: 'forbidden' });
  }
  if (status === 404) {
    const message = ecode === 'SHARD_031' ? l10n.t('ClickUp could not find that Workspace.') : l10n.t('ClickUp could not find that item.');
    return new ClickUpError(message, { ...details, reason: 'notFound' });
  }
  if (status >= 500) {
    return new ClickUpError(l10n.t('ClickUp had a problem (HTTP {0}); try again later.', status), { ...details, reason: 'server' });
  }
  if (status >= 400) {
    return new ClickUpError(l10n.t('ClickUp did not accept the request (HTTP {0}).', status), { ...details, reason: 'badRequest' });
  }
  // Redirects are not followed (they could carry the token elsewhere) and nothing else is expected.
  return new ClickUpError(l10n.t('ClickUp sent an unexpected answer (HTTP {0}).', status), { ...details, reason: 'invalidResponse' });
}

/** A 2xx whose body is not the JSON we expect. */
export function invalidBodyError(operation: string, status: number, cause?: unknown): ClickUpError {
  return new ClickUpError(l10n.t('ClickUp sent a response that could not be read.'), {
    reason: 'invalidResponse',
    status,
    operation,
    cause,
  });
}

export function timeoutError(operation: string, timeoutMs: number, isWrite: boolean): ClickUpError {
  const message = isWrite
    ? l10n.t('ClickUp did not answer within {0}; the change may or may not have been saved.', formatSeconds(timeoutMs))
    : l10n.t('ClickUp did not answer within {0}.', formatSeconds(timeoutMs));
  return new ClickUpError(message, {
    reason: 'timeout',
    operation,
  });
}

export function cancelledError(operation: string): ClickUpError {
  return new ClickUpError(l10n.t('The request was cancelled.'), { reason: 'cancelled', operation });
}

/** Errors that prove nothing reached the server, as opposed to a connection that broke midway. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function errorCode(cause: unknown): string | undefined {
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

export function networkError(operation: string, cause: unknown, isWrite: boolean): ClickUpError {
  const code = errorCode(cause);
  let message = l10n.t('The connection to ClickUp broke.');
  if (code !== undefined && NOT_CONNECTED.has(code)) {
    message = l10n.t('Could not connect to ClickUp.');
  } else if (isWrite) {
    message = l10n.t('The connection to ClickUp broke; the change may or may not have been saved.');
  }
  return new ClickUpError(message, { reason: 'network', operation, cause });
}

/** The same error, labelled with the operation that failed. */
export function withOperation(error: ClickUpError, operation: string): ClickUpError {
  if (error.operation !== undefined) {
    return error;
  }
  return new ClickUpError(error.message, {
    reason: error.reason,
    status: error.status,
    ecode: error.ecode,
    retryAt: error.retryAt,
    operation,
    cause: error.cause,
  });
}
