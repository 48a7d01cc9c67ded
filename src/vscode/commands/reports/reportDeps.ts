/**
 * What the report and check-in commands need besides what the edit commands
 * have: the Workspace shown, the save dialog, the recorded progress history
 * and the previous report's values. The composition root fills it in.
 */
import type { Workspace } from '../../../core/domain/types';
import type { ProgressPoint } from '../../../core/history/progressHistory';
import type { PreviousReportStore } from '../../storage/previousReportStore';
import type { WindowApis } from '../../windowApis';
import type { EditCommandDeps } from '../edit/editDeps';

/** The goal page's recorded progress values, oldest first. */
export interface ProgressHistorySource {
  pointsOf(goalId: string): readonly ProgressPoint[];
}

export interface ReportCommandDeps extends EditCommandDeps {
  ui: Pick<WindowApis, 'showSaveDialog'>;
  /** The Workspace shown (name and members), undefined before one is chosen. */
  workspace: () => Workspace | undefined;
  history: ProgressHistorySource;
  previousReports: PreviousReportStore;
}

export interface CheckInAndReportDeps extends ReportCommandDeps {
  /** Chooses an action of the input shown now (the real prompts' triggerAction); false when none. */
  triggerPromptAction: (id: string) => boolean;
}
