/**
 * What every hardening matrix asks of an error or a piece of text: one short
 * sentence a person can read, and no secret (token, editor_token) anywhere in it.
 */
import { strict as assert } from 'node:assert';
import { inspect } from 'node:util';

/** One line, ends with a full stop, no second sentence, short enough for a notification. */
export function assertOneSentence(message: string, where = 'message'): void {
  assert.ok(message.length > 0 && message.length <= 200, `${where} is empty or too long: ${JSON.stringify(message)}`);
  assert.ok(!/[\r\n]/.test(message), `${where} spans lines: ${JSON.stringify(message)}`);
  assert.match(message, /^[A-Z0-9“"'].*[.]$/, `${where} is not a sentence: ${JSON.stringify(message)}`);
  // A full stop followed by a capital starts a second sentence ("0.1 seconds" is fine).
  assert.ok(!/[.!?]\s+[A-Z]/.test(message.slice(0, -1)), `${where} has more than one sentence: ${JSON.stringify(message)}`);
}

/** Fails when any secret occurs in `text`. Secrets shorter than 8 characters would match by chance and are a setup bug. */
export function assertNoSecrets(text: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) {
    assert.ok(secret.length >= 8, `secret too short to search for: ${secret.length} characters`);
    assert.ok(!text.includes(secret), `${where} holds a secret (${secret.slice(0, 4)}…)`);
  }
}

/** Everything an error could show or log: message, stack and causes, as util.inspect prints them. */
export function everythingIn(error: unknown): string {
  return inspect(error, { depth: 8, showHidden: false });
}

/** Every editor_token value anywhere in a JSON body. */
export function collectEditorTokens(body: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(body)) {
    body.forEach((item) => collectEditorTokens(item, into));
  } else if (typeof body === 'object' && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (key === 'editor_token' && typeof value === 'string' && value !== '') {
        into.add(value);
      } else {
        collectEditorTokens(value, into);
      }
    }
  }
  return into;
}
