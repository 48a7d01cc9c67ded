/**
 * The API base URL is a place the token is sent to, so it must be https. Plain
 * http is allowed only for this computer (the emulator, a local proxy).
 */
import * as l10n from '@vscode/l10n';
import { ClickUpError } from './errors';

export const DEFAULT_BASE_URL = 'https://api.clickup.com/api/v2';

function isLoopback(hostname: string): boolean {
  // The WHATWG parser has already normalised IPv4 forms such as "127.1".
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function refuse(message: string): ClickUpError {
  return new ClickUpError(message, { reason: 'insecureBaseUrl' });
}

/** Returns the URL without a trailing slash, or throws reason 'insecureBaseUrl'. */
export function checkBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw refuse(l10n.t('The ClickUp API address is not a valid URL.'));
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw refuse(l10n.t('The ClickUp API address must not contain a user name or password.'));
  }
  const secure = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed.hostname));
  if (!secure) {
    throw refuse(l10n.t('The ClickUp API address must use https (plain http only for this computer).'));
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw refuse(l10n.t('The ClickUp API address must not contain a query or fragment.'));
  }
  return parsed.href.replace(/\/+$/, '');
}
