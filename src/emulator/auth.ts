/**
 * Who is calling. Personal tokens (pk_...) are sent as is; OAuth tokens as
 * `Bearer <token>` (also accepted bare, as ClickUp's older docs show). A personal
 * token behind `Bearer` is refused, so a client that adds the prefix finds out here.
 */
import { ApiError } from './apiError';
import type { TokenRecord, UserRecord } from './state/model';
import type { Store } from './state/store';

export type AuthResult = { ok: true; token: TokenRecord; user: UserRecord } | { ok: false; error: ApiError };

export function authenticate(store: Store, header: string | undefined): AuthResult {
  const raw = (header ?? '').trim();
  if (raw === '') return fail('Authorization header required', 'OAUTH_017');
  const bearer = /^Bearer\s+(.+)$/i.exec(raw);
  const value = bearer ? bearer[1].trim() : raw;
  const token = store.tokens.get(value);
  if (!token) return fail('Oauth token not found', 'OAUTH_019');
  if (bearer && token.kind === 'personal') return fail('Token invalid', 'OAUTH_021');
  if (token.revoked) return fail('Token invalid', 'OAUTH_025');
  const user = store.users.get(token.userId);
  if (!user) return fail('Oauth token not found', 'OAUTH_019');
  return { ok: true, token, user };
}

function fail(message: string, ecode: string): AuthResult {
  return { ok: false, error: new ApiError(401, message, ecode) };
}
