/**
 * The words both report formats share: a goal's state, its change, dates,
 * the totals line and the note about old data. Plain text; each writer
 * escapes what came from ClickUp.
 */
import * as l10n from '@vscode/l10n';
import { calendarDayOf, formatDay } from '../domain/calendar';
import type { GoalState } from '../domain/goalQuery';
import { formatPercent } from '../domain/format';
import type { ProgressChange, Report } from './reportTypes';

/** A goal's state in words ("on track"), in the display language. */
export function stateWords(state: GoalState): string {
  switch (state) {
    case 'completed':
      return l10n.t('done');
    case 'onTrack':
      return l10n.t('on track');
    case 'atRisk':
      return l10n.t('at risk');
    case 'overdue':
      return l10n.t('overdue');
    default:
      return l10n.t('not started');
  }
}

/** "Nov 30, 2026" ("30. Nov. 2026" in German; local day); "" for none. */
export function dayText(ms: number | null, locale?: string): string {
  return ms === null || !Number.isFinite(ms) || ms <= 0 ? '' : formatDay(calendarDayOf(ms), locale);
}

/** "Nov 30, 2026, 06:05" (local time). */
export function dayAndTimeText(ms: number, locale?: string): string {
  const date = new Date(ms);
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${dayText(ms, locale)}, ${time}`;
}

/** "+6 pts since the last report (Nov 23, 2026)", "−2 pts since Nov 24, 2026", "no change since …". */
export function changeText(change: ProgressChange | null, locale?: string): string {
  if (change === null) {
    return '';
  }
  const day = dayText(change.since, locale);
  const since = change.basis === 'previousReport' ? l10n.t('since the last report ({0})', day) : l10n.t('since {0}', day);
  if (change.points === 0) {
    return l10n.t('no change {0}', since);
  }
  const points = `${change.points > 0 ? '+' : '−'}${Math.abs(change.points)}`;
  return Math.abs(change.points) === 1 ? l10n.t('{0} pt {1}', points, since) : l10n.t('{0} pts {1}', points, since);
}

/** "+6" / "-2" / "0" for a spreadsheet column; "" when unknown. */
export function changeNumber(change: ProgressChange | null): string {
  return change === null ? '' : String(change.points);
}

/** "7 goals · 15 key results · 54% average progress · 2 done, 3 on track, 1 at risk, 1 overdue". */
export function totalsText(report: Report): string {
  const { totals } = report;
  const order: GoalState[] = ['completed', 'onTrack', 'atRisk', 'overdue', 'notStarted'];
  const states = order.filter((state) => totals.states[state] > 0).map((state) => `${totals.states[state]} ${stateWords(state)}`);
  const parts = [
    totals.goals === 1 ? l10n.t('1 goal') : l10n.t('{0} goals', totals.goals),
    totals.keyResults === 1 ? l10n.t('1 key result') : l10n.t('{0} key results', totals.keyResults),
    l10n.t('{0} average progress', formatPercent(totals.progress, report.locale)),
  ];
  return states.length === 0 ? parts.join(' · ') : `${parts.join(' · ')} · ${states.join(', ')}`;
}

/** Said when the data may be out of date; "" when it is fresh. */
export function staleText(report: Report): string {
  if (!report.stale) {
    return '';
  }
  return report.fetchedAt === null
    ? l10n.t('This data is older than the last refresh (ClickUp could not be reached or has not answered yet).')
    : l10n.t('This data is older than the last refresh (ClickUp could not be reached or has not answered yet). It is from {0}.', dayAndTimeText(report.fetchedAt, report.locale));
}
