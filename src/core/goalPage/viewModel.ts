/**
 * The goal page's view model: everything the webview draws, as plain JSON built
 * from the store's data. Text from ClickUp is cleaned (control and bidi-override
 * characters removed, lengths capped) but never turned into markup: the webview
 * sets it as text. Colours pass only as #hex. Nothing secret is copied: the
 * model is built field by field, never by spreading a goal.
 */
import { formatDueDate, formatKeyResultProgress, formatPercent, plainText } from '../domain/format';
import { calendarDayOf, formatDay } from '../domain/calendar';
import type { GoalState } from '../domain/goalQuery';
import { goalState } from '../domain/goalQuery';
import { goalProgress, isKeyResultDone, keyResultProgress } from '../domain/progress';
import type { Goal, KeyResult, KeyResultType, User } from '../domain/types';
import type { ProgressPoint } from '../history/progressHistory';
import type { ChartGeometry } from './chartGeometry';
import { chartGeometry } from './chartGeometry';
import { buildChartSeries, expectedPercent } from './chartSeries';
import type { Block } from './markdown';
import { parseMarkdown } from './markdown';

export interface PersonView {
  readonly name: string;
  readonly initials: string;
  /** #hex or "" (the page then uses a theme colour). */
  readonly color: string;
}

export interface LatestView {
  readonly note: string;
  readonly who: string;
  readonly when: string;
  readonly keyResult: string;
}

export interface KeyResultRowView {
  readonly id: string;
  readonly name: string;
  readonly type: KeyResultType;
  /** 0..100. */
  readonly percent: number;
  /** "12 / 20 tasks", "€250,000 / €1,000,000", "Done". */
  readonly progressText: string;
  readonly done: boolean;
  readonly owners: readonly PersonView[];
  readonly latest: LatestView | null;
  readonly canIncrement: boolean;
  readonly canToggle: boolean;
  readonly canUpdate: boolean;
}

export interface GoalPageModel {
  readonly kind: 'goal';
  /** The display language the page writes its chart's dates and percentages in. */
  readonly locale: string;
  readonly goalId: string;
  readonly name: string;
  readonly color: string;
  readonly folder: string | null;
  readonly owners: readonly PersonView[];
  readonly start: string | null;
  readonly due: string | null;
  readonly dueRelative: string | null;
  readonly overdue: boolean;
  readonly description: readonly Block[];
  readonly percent: number;
  readonly percentText: string;
  /** Where progress should be today (0..100); null without start and due dates. */
  readonly expectedPercent: number | null;
  readonly state: GoalState;
  /** The pace in words, e.g. "At risk: 30% done, 62% of the time gone." */
  readonly paceText: string;
  /** null while the key results are loading. */
  readonly keyResults: readonly KeyResultRowView[] | null;
  readonly latest: LatestView | null;
  readonly chart: ChartGeometry;
  readonly chartShort: boolean;
  readonly chartPointCount: number;
}

/** What only the VS Code layer can say (localised words, relative times). */
export interface GoalPageTexts {
  pace(state: GoalState, percent: number, expected: number | null): string;
  /** "3 days ago". */
  age(ms: number): string;
  someone: string;
  /** The display language ("en", "de") numbers and dates are written in. */
  locale: string;
}

export interface GoalPageInput {
  goal: Goal;
  folderName: string | null;
  keyResults: readonly KeyResult[] | undefined;
  recorded: readonly ProgressPoint[];
  members: readonly User[];
  nowMs: number;
}

const NAME_LIMIT = 200;

export function safeColor(value: string): string {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value : '';
}

export function initialsOf(user: Pick<User, 'initials' | 'username' | 'email'>): string {
  const given = plainText(user.initials ?? '').replace(/\s/g, '');
  const source = given !== '' ? given : plainText(user.username || user.email || '?')
    .split(' ')
    .map((word) => Array.from(word)[0] ?? '')
    .join('');
  return Array.from(source).slice(0, 2).join('').toUpperCase() || '?';
}

export function personView(user: User): PersonView {
  return { name: plainText(user.username || user.email, 80) || '?', initials: initialsOf(user), color: safeColor(user.color) };
}

function latestOf(kr: KeyResult, input: GoalPageInput, texts: GoalPageTexts): LatestView | null {
  const action = kr.lastAction;
  if (action === null) {
    return null;
  }
  const person = [...input.members, ...kr.owners].find((user) => user.id === action.userId);
  return {
    note: plainText(action.note, 500),
    who: person === undefined ? texts.someone : plainText(person.username || person.email, 80),
    when: action.dateModified === null ? '' : texts.age(action.dateModified),
    keyResult: plainText(kr.name, NAME_LIMIT),
  };
}

function keyResultRow(kr: KeyResult, input: GoalPageInput, texts: GoalPageTexts): KeyResultRowView {
  return {
    id: kr.id,
    name: plainText(kr.name, NAME_LIMIT),
    type: kr.type,
    percent: Math.round(keyResultProgress(kr) * 1000) / 10,
    progressText: plainText(formatKeyResultProgress(kr, texts.locale), 120),
    done: isKeyResultDone(kr),
    owners: kr.owners.slice(0, 10).map(personView),
    latest: latestOf(kr, input, texts),
    canIncrement: kr.type === 'number',
    canToggle: kr.type === 'boolean',
    canUpdate: kr.type === 'number' || kr.type === 'currency' || kr.type === 'percentage' || kr.type === 'boolean',
  };
}

function dayText(ms: number | null, locale: string): string | null {
  return ms !== null && Number.isFinite(ms) && ms > 0 ? formatDay(calendarDayOf(ms), locale) : null;
}

export function buildGoalPage(input: GoalPageInput, texts: GoalPageTexts): GoalPageModel {
  const { goal, keyResults, nowMs } = input;
  const current = keyResults === undefined ? goal : { ...goal, keyResults: [...keyResults] };
  const fraction = goalProgress(current);
  const state = goalState(current, nowMs);
  const expected = expectedPercent(goal, nowMs);
  const rows = keyResults?.map((kr) => keyResultRow(kr, input, texts)) ?? null;
  const latest = (keyResults ?? [])
    .filter((kr) => kr.lastAction?.dateModified != null)
    .sort((a, b) => (b.lastAction?.dateModified ?? 0) - (a.lastAction?.dateModified ?? 0))[0];
  const series = buildChartSeries({ goal, keyResults, recorded: input.recorded, nowMs });
  const due = formatDueDate(goal.dueDate, nowMs, texts.locale);
  const percent = Math.round(fraction * 1000) / 10;
  return {
    kind: 'goal',
    locale: texts.locale,
    goalId: goal.id,
    name: plainText(goal.name, NAME_LIMIT),
    color: safeColor(goal.color),
    folder: input.folderName === null ? null : plainText(input.folderName, NAME_LIMIT),
    owners: goal.owners.slice(0, 20).map(personView),
    start: dayText(goal.startDate, texts.locale),
    due: dayText(goal.dueDate, texts.locale),
    dueRelative: due.absolute === '' ? null : due.relative,
    overdue: state === 'overdue',
    description: parseMarkdown(goal.description),
    percent,
    percentText: formatPercent(fraction, texts.locale),
    expectedPercent: expected,
    state,
    paceText: texts.pace(state, percent, expected),
    keyResults: rows,
    latest: latest === undefined ? null : latestOf(latest, input, texts),
    chart: chartGeometry(series, nowMs),
    chartShort: series.short,
    chartPointCount: series.points.length,
  };
}
