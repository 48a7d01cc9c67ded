/**
 * One Workspace for the report and check-in tests: every key-result type,
 * decreasing targets, an empty goal, a goal whose key results could not be
 * loaded, a completed and an overdue goal, and hostile text (Markdown, HTML,
 * formula starts, quotes, commas, line breaks, bidi controls) in every place
 * ClickUp text reaches. Times are local noons, so the output does not depend
 * on the time zone.
 */
import type { Goal, GoalFolder, KeyResult, User } from '../../../src/core/domain/types';
import type { ProgressPoint } from '../../../src/core/reports/reportTypes';
import { aGoal, aGoalFolder, aKeyResult, aProgressAction, aUser, localEndOfDay, localNoon } from '../builders/domain';

export const NOW = localNoon(2027, 3, 10);
const DAY = 24 * 60 * 60 * 1000;

export const MAYA = aUser({ id: 1, username: 'Maya Okafor' });
export const JONAS = aUser({ id: 2, username: 'Jonas Lindqvist' });
export const HOSTILE_PERSON = aUser({ id: 3, username: '=HYPERLINK("http://evil.example","x") <b>Eve</b>' });
export const MEMBERS: readonly User[] = [MAYA, JONAS, HOSTILE_PERSON];

export const HOSTILE_NAME = '=cmd|\'/C calc\'!A0, "quoted", [link](command:evil) <img src=x onerror=alert(1)> **bold** # heading |pipe|\nsecond line \u202Eevil';

function note(text: string, userId: number, daysAgo: number): KeyResult['lastAction'] {
  return aProgressAction({ note: text, userId, dateModified: NOW - daysAgo * DAY });
}

const revenue = aGoal({
  id: 'g-revenue', name: 'Reach €1M in annual recurring revenue', owners: [MAYA, JONAS],
  dateCreated: localNoon(2027, 1, 1), dueDate: localEndOfDay(2027, 3, 31), folderId: 'f-company',
});
const latency = aGoal({
  id: 'g-latency', name: 'Cut p95 latency below 200 ms', owners: [JONAS],
  dateCreated: localNoon(2027, 1, 1), dueDate: localEndOfDay(2027, 6, 30), folderId: 'f-eng',
});
const hostile = aGoal({ id: 'g-hostile', name: HOSTILE_NAME, owners: [HOSTILE_PERSON, MAYA], folderId: 'f-eng', dueDate: null });
const empty = aGoal({ id: 'g-empty', name: 'Pay down tech debt', owners: [MAYA], folderId: 'f-eng', percentCompleted: 0 });
const done = aGoal({ id: 'g-done', name: 'Migrate CI', owners: [JONAS], folderId: 'f-eng', percentCompleted: 100, dueDate: localEndOfDay(2027, 2, 28) });
const overdue = aGoal({ id: 'g-overdue', name: 'Publish the whitepaper', owners: [MAYA], dueDate: localEndOfDay(2027, 3, 1) });
const unloaded = aGoal({ id: 'g-unloaded', name: 'Read 12 books', owners: [MAYA], percentCompleted: 40 });
const archived = aGoal({ id: 'g-archived', name: 'Old goal', owners: [MAYA], archived: true });

export const KEY_RESULTS: Readonly<Record<string, readonly KeyResult[]>> = {
  'g-revenue': [
    aKeyResult({ id: 'kr-arr', goalId: 'g-revenue', name: 'Annual recurring revenue', type: 'currency', unit: '€', stepsEnd: 1_000_000, stepsCurrent: 250_000, lastAction: note('Two Hamburg deals closed.', 2, 2) }),
    aKeyResult({ id: 'kr-customers', goalId: 'g-revenue', name: 'New enterprise customers', type: 'number', unit: 'customers', stepsEnd: 50, stepsCurrent: 30, lastAction: note('Weekly update.', 1, 4) }),
    aKeyResult({ id: 'kr-nrr', goalId: 'g-revenue', name: 'Net revenue retention', type: 'percentage', stepsEnd: 100, stepsCurrent: 62.5 }),
    aKeyResult({ id: 'kr-signed', goalId: 'g-revenue', name: 'Head of Sales signed', type: 'boolean', stepsEnd: 1, stepsCurrent: 0 }),
    aKeyResult({ id: 'kr-tasks', goalId: 'g-revenue', name: 'Launch tasks', type: 'automatic', stepsEnd: 20, stepsCurrent: 12 }),
  ],
  'g-latency': [
    aKeyResult({ id: 'kr-p95', goalId: 'g-latency', name: 'p95 latency (ms)', type: 'number', stepsStart: 480, stepsEnd: 200, stepsCurrent: 310, lastAction: note('Pooling rolled out.', 99, 5) }),
    aKeyResult({ id: 'kr-churn', goalId: 'g-latency', name: 'Monthly churn (%)', type: 'percentage', stepsStart: 3.4, stepsEnd: 2, stepsCurrent: 2.6 }),
    aKeyResult({ id: 'kr-odd', goalId: 'g-latency', name: 'Something new', type: 'unknown', rawType: 'hologram', reportedPercent: 30 }),
  ],
  'g-hostile': [
    aKeyResult({ id: 'kr-hostile', goalId: 'g-hostile', name: HOSTILE_NAME, type: 'currency', unit: '<script>', stepsEnd: 10, stepsCurrent: 5, lastAction: note('+1 "more", =SUM(A1:A9)\r\nline two | cell', 3, 1) }),
    aKeyResult({ id: 'kr-minus', goalId: 'g-hostile', name: '-2 is the answer', type: 'number', stepsStart: 10, stepsEnd: 0, stepsCurrent: 4, lastAction: note('@mention\tTabbed', 3, 1) }),
  ],
  'g-empty': [],
  'g-done': [
    aKeyResult({ id: 'kr-pipelines', goalId: 'g-done', name: 'Pipelines migrated', type: 'number', stepsEnd: 14, stepsCurrent: 14 }),
    aKeyResult({ id: 'kr-off', goalId: 'g-done', name: 'Old servers off', type: 'boolean', stepsEnd: 1, stepsCurrent: 1 }),
  ],
  'g-overdue': [aKeyResult({ id: 'kr-draft', goalId: 'g-overdue', name: 'Draft complete', type: 'percentage', stepsEnd: 100, stepsCurrent: 70 })],
};

export const FOLDERS: readonly GoalFolder[] = [
  aGoalFolder({ id: 'f-company', name: 'Company', goals: [revenue] }),
  aGoalFolder({ id: 'f-eng', name: 'Engineering *core*', goals: [latency, hostile, empty, done] }),
  aGoalFolder({ id: 'f-none', name: 'Nothing here', goals: [] }),
];
export const LOOSE_GOALS: readonly Goal[] = [overdue, unloaded, archived];

export const keyResultsOf = (goalId: string): readonly KeyResult[] | undefined => KEY_RESULTS[goalId];

export const POINTS: Readonly<Record<string, readonly ProgressPoint[]>> = {
  'g-latency': [
    { at: NOW - 20 * DAY, percent: 20 },
    { at: NOW - 8 * DAY, percent: 35 },
    { at: NOW - 2 * DAY, percent: 48 },
  ],
  'g-overdue': [{ at: NOW - 3 * DAY, percent: 75 }],
};
export const pointsOf = (goalId: string): readonly ProgressPoint[] => POINTS[goalId] ?? [];
