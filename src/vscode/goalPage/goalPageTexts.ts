/** The goal page's words, localised: labels, the pace in words, and what the chart says. */
import * as vscode from 'vscode';
import type { ChartSeriesSummary } from './chartSummary';
import { calendarDayOf, formatDay } from '../../core/domain/calendar';
import type { GoalState } from '../../core/domain/goalQuery';
import type { PageLabels } from '../../core/goalPage/pageMessages';
import type { GoalPageTexts } from '../../core/goalPage/viewModel';
import { displayLocale } from '../displayLanguage';
import { formatAge } from '../relativeTime';

export function pageLabels(): PageLabels {
  return {
    folder: vscode.l10n.t('Folder:'),
    owners: vscode.l10n.t('Owners:'),
    noOwners: vscode.l10n.t('No owners'),
    start: vscode.l10n.t('Start'),
    due: vscode.l10n.t('Due'),
    progress: vscode.l10n.t('Progress'),
    expectedToday: vscode.l10n.t('The marker shows where progress should be today: {0}%.'),
    description: vscode.l10n.t('Description'),
    keyResults: vscode.l10n.t('Key Results'),
    loadingKeyResults: vscode.l10n.t('Loading the key results…'),
    noKeyResults: vscode.l10n.t('This goal has no key results yet.'),
    latestNote: vscode.l10n.t('Latest Note'),
    noNotes: vscode.l10n.t('No progress notes yet.'),
    progressOverTime: vscode.l10n.t('Progress over Time'),
    expectedLine: vscode.l10n.t('Where progress should be'),
    today: vscode.l10n.t('today'),
    updateProgress: vscode.l10n.t('Update Progress…'),
    increment: vscode.l10n.t('Increment Progress (+1)'),
    editGoal: vscode.l10n.t('Edit Goal…'),
    addKeyResult: vscode.l10n.t('Add Key Result'),
    editKeyResult: vscode.l10n.t('Edit Key Result…'),
    deleteKeyResult: vscode.l10n.t('Delete Key Result…'),
    openInClickUp: vscode.l10n.t('Open in ClickUp'),
    markDone: vscode.l10n.t('Done'),
    goalActions: vscode.l10n.t('Goal actions'),
  };
}

function pace(state: GoalState, percent: number, expected: number | null): string {
  const done = Math.round(percent);
  const time = expected === null ? null : Math.round(expected);
  switch (state) {
    case 'completed':
      return vscode.l10n.t('Completed.');
    case 'overdue':
      return vscode.l10n.t('Overdue: {0}% done and the due date has passed.', done);
    case 'atRisk':
      return vscode.l10n.t('At risk: {0}% done while {1}% of the time has gone.', done, time ?? 0);
    case 'notStarted':
      return time === null ? vscode.l10n.t('Not started yet.') : vscode.l10n.t('Not started yet; {0}% of the time has gone.', time);
    default:
      return time === null ? vscode.l10n.t('On track: {0}% done.', done) : vscode.l10n.t('On track: {0}% done, {1}% of the time has gone.', done, time);
  }
}

export function goalPageTexts(nowMs: number): GoalPageTexts {
  return { pace, age: (ms) => formatAge(ms, nowMs), someone: vscode.l10n.t('someone'), locale: displayLocale() };
}

/** Says when the series is too short to show a trend, instead of drawing invented points. */
export function chartNote(summary: ChartSeriesSummary): string {
  return summary.short
    ? vscode.l10n.t('Too little is known yet to show a trend. Points are added as progress changes (at most one an hour) and from each key result\'s latest update.')
    : '';
}

export function chartSummary(summary: ChartSeriesSummary): string {
  const first = summary.first;
  if (first === undefined || summary.count < 2) {
    return vscode.l10n.t('Progress over time: {0}% now; no earlier points known.', summary.lastPercent);
  }
  return vscode.l10n.t('Progress over time: {0} points, from {1}% on {2} to {3}% now.', summary.count, first.percent, formatDay(calendarDayOf(first.at), displayLocale()), summary.lastPercent);
}
