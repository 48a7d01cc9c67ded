/**
 * Remembers, per Workspace, each goal's progress as the last report showed it,
 * so the next report can say what changed since. Kept in globalState (goal ids
 * and numbers only) and forgotten on sign-out, like the cached goals.
 */
import type * as vscode from 'vscode';
import type { PreviousReport } from '../../core/reports/reportTypes';
import type { ComponentLogger } from '../log/logger';
import { describeError } from '../log/logger';
import type { SignInState } from './progressHistoryStore';

export const PREVIOUS_REPORT_STATE_KEY = 'clickupGoals.previousReports';

type Stored = Record<string, PreviousReport>;

function isPreviousReport(value: unknown): value is PreviousReport {
  const candidate = value as Partial<PreviousReport> | undefined;
  return (
    typeof candidate?.at === 'number' &&
    Number.isFinite(candidate.at) &&
    typeof candidate.percents === 'object' &&
    candidate.percents !== null &&
    Object.values(candidate.percents).every((percent) => typeof percent === 'number' && Number.isFinite(percent))
  );
}

export class PreviousReportStore implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly memento: vscode.Memento,
    auth: SignInState,
    log: ComponentLogger,
  ) {
    this.subscription = auth.onDidChange(() => {
      if (!auth.signedIn) {
        this.clear().then(undefined, (error: unknown) => log.warn(`Could not forget the previous report: ${describeError(error)}`));
      }
    });
  }

  get(teamId: string): PreviousReport | undefined {
    const stored = this.memento.get<unknown>(PREVIOUS_REPORT_STATE_KEY);
    const entry = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>)[teamId] : undefined;
    return isPreviousReport(entry) ? entry : undefined;
  }

  /** Adds this report's goals to what is remembered for the Workspace (a goal left out keeps its last value). */
  async record(teamId: string, at: number, percents: Readonly<Record<string, number>>): Promise<void> {
    const stored = this.memento.get<unknown>(PREVIOUS_REPORT_STATE_KEY);
    const all: Stored = typeof stored === 'object' && stored !== null ? { ...(stored as Stored) } : {};
    const before = isPreviousReport(all[teamId]) ? all[teamId].percents : {};
    all[teamId] = { at, percents: { ...before, ...percents } };
    await this.memento.update(PREVIOUS_REPORT_STATE_KEY, all);
  }

  async clear(): Promise<void> {
    await this.memento.update(PREVIOUS_REPORT_STATE_KEY, undefined);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
