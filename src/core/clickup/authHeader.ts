/**
 * The Authorization header value. Personal tokens (`pk_...`) go as they are,
 * with no prefix; anything else is taken as an OAuth access token and sent as
 * `Bearer <token>`. Error messages never contain the token.
 */
import * as l10n from '@vscode/l10n';
import { ClickUpError } from './errors';

export function authHeader(token: string | undefined): string {
  // Someone may paste "Bearer abc" from another tool: keep the token, not the prefix.
  const trimmed = (token ?? '').trim().replace(/^bearer\s+/i, '');
  if (trimmed === '') {
    throw new ClickUpError(l10n.t('No ClickUp token is set.'), { reason: 'unauthorized' });
  }
  // Tokens are printable ASCII; spaces or control characters inside would break (or inject into) the header.
  if (!/^[\x21-\x7e]+$/.test(trimmed)) {
    throw new ClickUpError(l10n.t('The ClickUp token contains spaces or characters that cannot be sent.'), {
      reason: 'unauthorized',
    });
  }
  return trimmed.startsWith('pk_') ? trimmed : `Bearer ${trimmed}`;
}
