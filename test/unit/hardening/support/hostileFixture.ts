/**
 * The hostile-data fixture, independent of the emulator: text meant to break
 * out of plain text (markup, script, command links, bidi overrides, controls,
 * 10,000 characters), and the places in a goal list where the service's text
 * reaches the views. Shared by the Node matrix and the extension-host one.
 */
import { scenario, type GoalSpec, type Scenario } from './hostileWorld';
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


const withKeyResults = (goal: Record<string, unknown>, keyResults: unknown = [wireKeyResult()]): GoalSpec => ({ goal, keyResults });

/** Odd shapes: 'renders' keeps what can be read; 'refused' fails the list as invalidResponse, cleanly. */
export const ODD_SHAPES: { name: string; build: () => Scenario; expect: 'renders' | 'refused' }[] = [
  { name: 'names of the wrong type', expect: 'renders', build: () => scenario([123, null, { html: '<b>' }, ['x']].map((name) => withKeyResults(wireGoal({ name })))) },
  { name: 'a numeric goal id', expect: 'renders', build: () => scenario([{ goal: wireGoal({ id: 42 }) }]) },
  { name: 'a goal without an id', expect: 'renders', build: () => scenario([{ goal: wireGoal({ id: undefined }) }, withKeyResults(wireGoal())]) },
  { name: 'junk entries in the goals array', expect: 'renders', build: () => ({ ...scenario([withKeyResults(wireGoal())]), list: { goals: [null, 'x', [1], 7, wireGoal()], folders: [] } }) },
  { name: 'odd percentages', expect: 'renders', build: () => scenario(['abc', 150, -5, null, '1e400'].map((percent_completed) => ({ goal: wireGoal({ percent_completed }) }))) },
  { name: 'odd due dates', expect: 'renders', build: () => scenario(['0', 'abc', null, -1, '99999999999999999999', 1e300].map((due_date) => ({ goal: wireGoal({ due_date }) }))) },
  { name: 'odd key-result counts', expect: 'renders', build: () => scenario(['3', null, 'many', -2].map((key_result_count) => withKeyResults(wireGoal({ key_result_count })))) },
  { name: 'owners that are not users', expect: 'renders', build: () => scenario([{ goal: wireGoal({ owners: 'x' }) }, { goal: wireGoal({ owners: [null, 5, { id: 'x' }, { username: 7 }] }) }]) },
  { name: 'nulls everywhere in a goal', expect: 'renders', build: () => scenario([withKeyResults(Object.fromEntries(Object.keys(wireGoal()).map((key) => [key, key === 'id' ? 'goal-nulls' : null])))]) },
  { name: 'flags as strings', expect: 'renders', build: () => scenario([{ goal: wireGoal({ archived: 'true', private: 'yes', multiple_owners: 1 }) }]) },
  { name: 'folders missing', expect: 'renders', build: () => ({ ...scenario([]), list: { goals: [wireGoal()] } }) },
  { name: 'folders null', expect: 'renders', build: () => ({ ...scenario([]), list: { goals: [wireGoal()], folders: null } }) },
  { name: 'junk folder entries', expect: 'renders', build: () => ({ ...scenario([]), list: { goals: [], folders: [null, 'x', { id: 'f1', goals: 'x' }, { goals: [wireGoal()] }, wireFolder({ goals: null })] } }) },
  { name: 'folders not an array', expect: 'refused', build: () => ({ ...scenario([]), list: { goals: [wireGoal()], folders: 'folders' } }) },
  { name: 'goals not an array', expect: 'refused', build: () => ({ ...scenario([]), list: { goals: { 0: wireGoal() }, folders: [] } }) },
  { name: 'a body that is an array', expect: 'refused', build: () => ({ ...scenario([]), list: [wireGoal()] }) },
  { name: 'a body that is null', expect: 'refused', build: () => ({ ...scenario([]), list: null }) },
  { name: 'an unknown key-result type', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [wireKeyResult({ type: 'okr-magic' }), wireKeyResult({ type: null })])]) },
  { name: 'key-result numbers as text and junk', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [wireKeyResult({ steps_start: 'abc', steps_end: null, steps_current: '5' }), wireKeyResult({ steps_start: '1e999', steps_end: '', steps_current: {} })])]) },
  { name: 'start equal to target', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), ['number', 'currency', 'percentage', 'automatic', 'boolean'].map((type) => wireKeyResult({ type, steps_start: 5, steps_end: 5, steps_current: 5 })))]) },
  { name: 'huge numbers', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [wireKeyResult({ steps_end: 1e308, steps_current: -1e308 }), wireKeyResult({ type: 'currency', unit: 'EUR', steps_end: 1e21 })])]) },
  { name: 'odd last actions', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [null, 'x', { note: 5, date_modified: 'x' }, []].map((last_action) => wireKeyResult({ last_action })))]) },
  { name: 'junk in key_results', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [null, 'x', 3, wireKeyResult()]), withKeyResults(wireGoal(), null), withKeyResults(wireGoal(), 'x')]) },
  { name: 'task ids that are not a list', expect: 'renders', build: () => scenario([withKeyResults(wireGoal(), [wireKeyResult({ type: 'automatic', task_ids: 'x', subcategory_ids: {} })])]) },
  { name: 'the same goal twice', expect: 'renders', build: () => { const twin = wireGoal({ id: 'goal-twin' }); return scenario([withKeyResults(twin), withKeyResults({ ...twin })], [{ folder: wireFolder(), goals: [withKeyResults({ ...twin })] }]); } },
];
