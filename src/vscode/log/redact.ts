/**
 * Last line of defence for logs: anything shaped like a ClickUp token or an
 * Authorization value is blanked before it is written, whatever the caller passed.
 */

const PERSONAL_TOKEN = /\bpk_\d+_[A-Za-z0-9]+/g;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;
const NAMED_SECRET = /("?(?:editor_token|editorToken|token|authorization)"?\s*[:=]\s*"?)[^",\s}]+/gi;

export function redactSecrets(text: string): string {
  return text
    .replace(PERSONAL_TOKEN, 'pk_***')
    .replace(BEARER, 'Bearer ***')
    .replace(NAMED_SECRET, '$1***');
}
