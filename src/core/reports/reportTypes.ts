/**
 * The report's data, independent of its format: what the builder is given
 * (goals, their key results, people, recorded history, the previous report)
 * and what it makes of it (goals grouped by folder, with states, changes and
 * key-result values in words). The Markdown and CSV writers only lay it out.
 */
import type { GoalState } from '../domain/goalQuery';
import type { Goal, KeyResult, KeyResultType, User } from '../domain/types';
import type { ProgressPoint } from '../history/progressHistory';

export type { ProgressPoint };

/** The goals' progress as the previous report showed them (recorded per Workspace). */
export interface PreviousReport {
  readonly at: number;
  /** Goal id to percent 0..100. */
  readonly percents: Readonly<Record<string, number>>;
}

export interface ReportFolderInput {
  readonly id: string | null;
  readonly name: string;
  readonly goals: readonly Goal[];
}

export interface ReportInput {
  readonly workspaceName: string;
  /** "the whole Workspace", "folder “Company”", … as the header says it. */
  readonly scopeLabel: string;
  readonly now: number;
  /** Folders in the order to show; goals in no folder come as a folder with id null. */
  readonly folders: readonly ReportFolderInput[];
  /** Key results of a goal; undefined when they could not be loaded. */
  readonly keyResultsOf: (goalId: string) => readonly KeyResult[] | undefined;
  /** People of the Workspace, to name owners and the authors of notes. */
  readonly members: readonly User[];
  /** Recorded progress of a goal, oldest first (empty when the extension has none). */
  readonly pointsOf: (goalId: string) => readonly ProgressPoint[];
  readonly previous: PreviousReport | undefined;
  /** When the goal list was fetched; null when unknown. */
  readonly fetchedAt: number | null;
  /** True when the last refresh failed or has not replaced cached data yet. */
  readonly stale: boolean;
  /** The display language ("en", "de") for numbers and dates; English when not given. */
  readonly locale?: string;
}

/** A goal's change in percentage points since a baseline. */
export interface ProgressChange {
  readonly points: number;
  readonly since: number;
  readonly basis: 'previousReport' | 'history';
}

export interface ReportNote {
  readonly text: string;
  /** The author's name, or "" when unknown. */
  readonly by: string;
  /** Milliseconds since the epoch, or null when unknown. */
  readonly at: number | null;
}

export interface ReportKeyResult {
  readonly id: string;
  readonly name: string;
  readonly type: KeyResultType;
  /** The value in its type's terms: "€250,000", "45%", "Done", "12 tasks". */
  readonly value: string;
  readonly target: string;
  /** 0..1. */
  readonly progress: number;
  readonly note: ReportNote | null;
}

export interface ReportGoal {
  readonly id: string;
  readonly name: string;
  readonly owners: readonly string[];
  readonly dueDate: number | null;
  /** 0..1. */
  readonly progress: number;
  readonly state: GoalState;
  readonly change: ProgressChange | null;
  /** null when they could not be loaded. */
  readonly keyResults: readonly ReportKeyResult[] | null;
}

export interface ReportGroup {
  readonly folderName: string | null;
  readonly goals: readonly ReportGoal[];
}

export interface ReportTotals {
  readonly goals: number;
  readonly keyResults: number;
  /** Mean goal progress 0..1. */
  readonly progress: number;
  readonly states: Readonly<Record<GoalState, number>>;
}

export interface Report {
  readonly workspaceName: string;
  readonly scopeLabel: string;
  readonly generatedAt: number;
  readonly fetchedAt: number | null;
  readonly stale: boolean;
  readonly locale?: string;
  readonly totals: ReportTotals;
  readonly groups: readonly ReportGroup[];
}
