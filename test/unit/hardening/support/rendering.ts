/**
 * Renders what the views show of a store's state with the core formatters (the
 * labels, the Markdown of tooltips, the numbers and dates) and checks every
 * piece: labels are one clean line, Markdown holds no live markup, numbers never
 * read "NaN". Returns how many pieces were checked.
 */
import { allGoals } from '../../../../src/core/domain/goalQuery';
import { strict as assert } from 'node:assert';
import {
  escapeMarkdown,
  formatDueDate,
  formatKeyResultProgress,
  formatPercent,
  plainText,
  progressBar,
  withoutThemeIcons,
} from '../../../../src/core/domain/format';
import { filterGoals, goalState, sortGoals } from '../../../../src/core/domain/goalQuery';
import { goalProgress, keyResultProgress } from '../../../../src/core/domain/progress';
import type { Goal, KeyResult, User } from '../../../../src/core/domain/types';
import type { StoreState } from '../../../../src/core/model/storeTypes';
import { summarize } from '../../../../src/core/model/workspaceSummary';

// Controls, bidi overrides and isolates, line and paragraph separators: none may reach a label.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_MARKDOWN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function assertSafeLine(text: string, maxGraphemes: number, where: string): void {
  assert.ok(!UNSAFE_IN_LINE.test(text), `${where}: control or bidi character in ${JSON.stringify(text.slice(0, 80))}`);
  const length = Array.from(graphemes.segment(text)).length;
  assert.ok(length <= maxGraphemes, `${where}: ${length} characters, more than ${maxGraphemes}`);
}

/** After removing backslash escapes and the entities escapeMarkdown writes, no Markdown or HTML syntax is left. */
export function assertInertMarkdown(markdown: string, where: string): void {
  assert.ok(!UNSAFE_IN_MARKDOWN.test(markdown), `${where}: control or bidi character survived`);
  const bare = markdown.replace(/\\[\s\S]/g, '').replace(/&(?:amp|lt|gt|nbsp);/g, '');
  const live = /[\\`*_{}[\]()#+\-.!|~=$:"'<>&]/.exec(bare);
  assert.equal(live, null, `${where}: unescaped ${JSON.stringify(live?.[0])} in ${JSON.stringify(markdown.slice(0, 120))}`);
}

export function assertNoJunk(text: string, where: string): void {
  assert.ok(!/NaN|undefined|Infinity|\[object/.test(text), `${where}: ${JSON.stringify(text)}`);
}

/** QuickPick labels render "$(icon)": none may be live (escaped as "\\$(") in API text. */
export function assertNoLiveIcons(text: string, where: string): void {
  assert.ok(!/\$\(/.test(text.replace(/\\[\s\S]/g, '')), `${where}: live theme icon in ${JSON.stringify(text.slice(0, 80))}`);
}

function text(value: string, where: string, checked: { count: number }): void {
  assertSafeLine(plainText(value, 120), 120, `${where} label`);
  assertNoLiveIcons(withoutThemeIcons(plainText(value, 100)), `${where} picker label`);
  assertInertMarkdown(escapeMarkdown(value), `${where} markdown`);
  assertInertMarkdown(escapeMarkdown(plainText(value, 200)), `${where} markdown line`);
  checked.count += 3;
}

function people(users: readonly User[], where: string, checked: { count: number }): void {
  users.forEach((user) => text(user.username || user.email, `${where} person`, checked));
}

function keyResult(kr: KeyResult, checked: { count: number }): void {
  const where = `key result ${kr.id}`;
  text(kr.name, where, checked);
  text(kr.rawType, `${where} type`, checked);
  people(kr.owners, where, checked);
  if (kr.lastAction !== null) {
    text(kr.lastAction.note, `${where} note`, checked);
  }
  const progress = formatKeyResultProgress(kr);
  assertNoJunk(progress, `${where} progress`);
  assertSafeLine(progress, 80, `${where} progress`);
  assertNoJunk(formatPercent(keyResultProgress(kr)), `${where} percent`);
  checked.count += 3;
}

function goal(item: Goal, nowMs: number, checked: { count: number }): void {
  const where = `goal ${item.id}`;
  text(item.name, where, checked);
  text(item.description, `${where} description`, checked);
  people(item.owners, where, checked);
  const fraction = goalProgress(item);
  assertNoJunk(`${formatPercent(fraction)} ${progressBar(fraction)}`, `${where} progress`);
  const due = formatDueDate(item.dueDate, nowMs);
  assertNoJunk(`${due.relative} ${due.absolute}`, `${where} due date`);
  goalState(item, nowMs);
  checked.count += 2;
  (item.keyResults ?? []).forEach((kr) => keyResult(kr, checked));
}

export function renderAndCheck(state: StoreState, nowMs: number): number {
  const checked = { count: 0 };
  const goals = allGoals(state);
  state.folders.forEach((folder) => text(folder.name, `folder ${folder.id}`, checked));
  goals.forEach((item) => goal(item, nowMs, checked));
  for (const by of ['dueDate', 'name', 'progress'] as const) {
    assert.equal(sortGoals(goals, by).length, goals.length);
  }
  filterGoals(goals, { includeCompleted: false, onlyOwnerId: 501 });
  const summary = summarize(state, nowMs);
  assert.ok(Number.isFinite(summary.progress));
  return checked.count + 4;
}
