/**
 * The hostile-data fixture, independent of the emulator: text meant to break
 * out of plain text (markup, script, command links, bidi overrides, controls,
 * 10,000 characters), and the places in a goal list where the service's text
 * reaches the views. Shared by the Node matrix and the extension-host one.
 */
import { scenario, type Scenario } from './hostileWorld';
import { wireAction, wireFolder, wireGoal, wireKeyResult, wireUser } from './wire';

export const HOSTILE_TEXTS: Record<string, string> = {
  'an img tag with onerror': '<img src=x onerror=alert(1)>',
  'a script tag': '<script>alert(document.cookie)</script>',
  'a command link': '[x](command:workbench.action.quit)',
  'an HTML command link': '<a href="command:workbench.action.quit">quit</a>',
  'an image link': '![t](https://evil.example/t.png)',
  'emphasis markup': '**bold** __b__ *i* ~~s~~',
  'a code fence': '```js\nalert(1)\n```',
  'theme icons': '$(alert) $(sync~spin)',
  'block markup': '# Heading\n> quote\n- item\n1. first\n---',
  'an indented code block': '    indented code',
  'a table': '| a | b |\n|---|---|',
  'a bidi override': 'abc\u202Eevil\u202Cdef',
  'bidi isolates': '\u2066isolate\u2069 \u2067rtl\u2069',
  'control characters': 'bell\u0007 null\u0000 esc\u001b[31m',
  'CRLF and line separators': 'one\r\ntwo\u2028three\u2029four',
  'HTML entities': '&lt;b&gt; &amp; &#60;script&#62;',
  'backslashes': '\\[x\\](y) \\\\',
  'a javascript URL': 'javascript:alert(1)',
  'a 10,000-character string': 'long '.repeat(2000),
  'emoji and right-to-left text': '👩‍👩‍👧 زيادة الإيرادات',
};

/** A goal list (with the goals' details) holding the hostile text in one place. */
export const PLACES: Record<string, (text: string) => Scenario> = {
  'goal name': (text) => scenario([{ goal: wireGoal({ name: text }), keyResults: [wireKeyResult()] }]),
  'goal description': (text) => scenario([{ goal: wireGoal({ description: text }), keyResults: [wireKeyResult()] }]),
  'folder name': (text) => scenario([], [{ folder: wireFolder({ name: text }), goals: [{ goal: wireGoal(), keyResults: [] }] }]),
  'owner name': (text) => scenario([{ goal: wireGoal({ owners: [wireUser({ username: text })] }), keyResults: [] }]),
  'key result name': (text) => scenario([{ goal: wireGoal(), keyResults: [wireKeyResult({ name: text })] }]),
  'key result unit': (text) =>
    scenario([{ goal: wireGoal(), keyResults: [wireKeyResult({ type: 'currency', unit: text }), wireKeyResult({ unit: text })] }]),
  'key result type': (text) => scenario([{ goal: wireGoal(), keyResults: [wireKeyResult({ type: text })] }]),
  'progress note': (text) => scenario([{ goal: wireGoal(), keyResults: [wireKeyResult({ last_action: wireAction({ note: text }) })] }]),
};

