/**
 * Builds the report from plain input: every goal of the scope grouped by
 * folder, with owners, due date, progress (from its key results when they are
 * loaded), state, change and key results; the totals for the header. Pure:
 * the same input always gives the same report.
 */
import { goalState } from '../domain/goalQuery';
import type { GoalState } from '../domain/goalQuery';
import { plainText } from '../domain/format';
import { goalProgress, keyResultProgress } from '../domain/progress';
import type { Goal, KeyResult, User } from '../domain/types';
import { keyResultValueAndTarget } from './keyResultValues';
import { progressChange } from './progressChange';
import type { Report, ReportGoal, ReportGroup, ReportInput, ReportKeyResult, ReportNote, ReportTotals } from './reportTypes';

function personName(users: ReadonlyMap<number, User>, id: number | null, fallback?: User): string {
  const user = (id === null ? undefined : users.get(id)) ?? fallback;
  return user === undefined ? '' : plainText(user.username || user.email || String(user.id));
}

function noteOf(kr: KeyResult, users: ReadonlyMap<number, User>): ReportNote | null {
  const action = kr.lastAction;
  if (action === null || typeof action.note !== 'string' || action.note.trim() === '') {
    return null;
  }
  const at = typeof action.dateModified === 'number' && Number.isFinite(action.dateModified) ? action.dateModified : null;
  return { text: action.note, by: personName(users, action.userId), at };
}

function reportKeyResult(kr: KeyResult, users: ReadonlyMap<number, User>, locale: string | undefined): ReportKeyResult {
  const { value, target } = keyResultValueAndTarget(kr, locale);
  return { id: kr.id, name: kr.name, type: kr.type, value, target, progress: keyResultProgress(kr), note: noteOf(kr, users) };
}

function reportGoal(goal: Goal, input: ReportInput, users: ReadonlyMap<number, User>): ReportGoal {
  const keyResults = input.keyResultsOf(goal.id);
  // Progress from the key results as loaded now, like the tree; the goal list's figure otherwise.
  const measured: Goal = keyResults === undefined ? goal : { ...goal, keyResults: [...keyResults] };
  const progress = goalProgress(measured);
  return {
    id: goal.id,
    name: goal.name,
    owners: (goal.owners ?? []).map((owner) => personName(users, owner.id, owner)).filter((name) => name !== ''),
    dueDate: typeof goal.dueDate === 'number' && Number.isFinite(goal.dueDate) && goal.dueDate > 0 ? goal.dueDate : null,
    progress,
    state: goalState(measured, input.now),
    change: progressChange(goal.id, progress * 100, input.now, input.previous, input.pointsOf(goal.id)),
    keyResults: keyResults === undefined ? null : keyResults.map((kr) => reportKeyResult(kr, users, input.locale)),
  };
}

function totalsOf(groups: readonly ReportGroup[]): ReportTotals {
  const goals = groups.flatMap((group) => group.goals);
  const states: Record<GoalState, number> = { completed: 0, overdue: 0, atRisk: 0, onTrack: 0, notStarted: 0 };
  for (const goal of goals) {
    states[goal.state] += 1;
  }
  const progress = goals.length === 0 ? 0 : goals.reduce((sum, goal) => sum + goal.progress, 0) / goals.length;
  return {
    goals: goals.length,
    keyResults: goals.reduce((sum, goal) => sum + (goal.keyResults?.length ?? 0), 0),
    progress,
    states,
  };
}

export function buildReport(input: ReportInput): Report {
  const users = new Map(input.members.map((user) => [user.id, user] as const));
  const groups: ReportGroup[] = input.folders
    .map((folder) => ({
      folderName: folder.id === null ? null : folder.name,
      goals: folder.goals.filter((goal) => goal.archived !== true).map((goal) => reportGoal(goal, input, users)),
    }))
    .filter((group) => group.goals.length > 0);
  return {
    workspaceName: input.workspaceName,
    scopeLabel: input.scopeLabel,
    generatedAt: input.now,
    fetchedAt: input.fetchedAt,
    stale: input.stale,
    locale: input.locale,
    totals: totalsOf(groups),
    groups,
  };
}

/** The goals' progress as this report shows it, to compare the next report with. */
export function reportPercents(report: Report): Record<string, number> {
  const percents: Record<string, number> = {};
  for (const goal of report.groups.flatMap((group) => group.goals)) {
    percents[goal.id] = Math.round(goal.progress * 1000) / 10;
  }
  return percents;
}
