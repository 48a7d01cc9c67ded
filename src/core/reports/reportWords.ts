/**
 * The words both report formats share: a goal's state, its change, dates,
 * the totals line and the note about old data. Plain text; each writer
 * escapes what came from ClickUp.
 */
import { calendarDayOf, formatDay } from '../domain/calendar';
import type { GoalState } from '../domain/goalQuery';
import { formatPercent } from '../domain/format';
import type { ProgressChange, Report } from './reportTypes';

export const STATE_WORDS: Readonly<Record<GoalState, string>> = {
  completed: 'done',
  onTrack: 'on track',
  atRisk: 'at risk',
  overdue: 'overdue',
  notStarted: 'not started',
};

/** "30 Nov 2026" (local day); "" for none. */
export function dayText(ms: number | null): string {
  return ms === null || !Number.isFinite(ms) || ms <= 0 ? '' : formatDay(calendarDayOf(ms));
}

/** "30 Nov 2026, 06:05" (local time). */
export function dayAndTimeText(ms: number): string {
  const date = new Date(ms);
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${dayText(ms)}, ${time}`;
}

/** "+6 pts since the last report (23 Nov 2026)", "−2 pts since 24 Nov 2026", "no change since …". */
export function changeText(change: ProgressChange | null): string {
  if (change === null) {
    return '';
  }
  const since = change.basis === 'previousReport' ? `since the last report (${dayText(change.since)})` : `since ${dayText(change.since)}`;
  if (change.points === 0) {
    return `no change ${since}`;
  }
  const sign = change.points > 0 ? '+' : '−';
  return `${sign}${Math.abs(change.points)} ${Math.abs(change.points) === 1 ? 'pt' : 'pts'} ${since}`;
}

/** "+6" / "-2" / "0" for a spreadsheet column; "" when unknown. */
export function changeNumber(change: ProgressChange | null): string {
  return change === null ? '' : String(change.points);
}

/** "7 goals · 15 key results · 54% average progress · 2 done, 3 on track, 1 at risk, 1 overdue". */
export function totalsText(report: Report): string {
  const { totals } = report;
  const order: GoalState[] = ['completed', 'onTrack', 'atRisk', 'overdue', 'notStarted'];
  const states = order.filter((state) => totals.states[state] > 0).map((state) => `${totals.states[state]} ${STATE_WORDS[state]}`);
  const parts = [
    `${totals.goals} ${totals.goals === 1 ? 'goal' : 'goals'}`,
    `${totals.keyResults} ${totals.keyResults === 1 ? 'key result' : 'key results'}`,
    `${formatPercent(totals.progress)} average progress`,
  ];
  return states.length === 0 ? parts.join(' · ') : `${parts.join(' · ')} · ${states.join(', ')}`;
}

/** Said when the data may be out of date; "" when it is fresh. */
export function staleText(report: Report): string {
  if (!report.stale) {
    return '';
  }
  const when = report.fetchedAt === null ? '' : ` It is from ${dayAndTimeText(report.fetchedAt)}.`;
  return `This data is older than the last refresh (ClickUp could not be reached or has not answered yet).${when}`;
}
