/**
 * The check-in and report commands' code, in the edit bundle (see editEntry.ts):
 * registerReportCommands.ts registers their ids at activation and builds these
 * on first use.
 */
import { CheckInCommand } from '../checkIn/checkInCommand';
import { CHECK_IN_COMMANDS } from '../checkIn/checkInKeys';
import { CHECK_IN_ACTIONS } from '../checkIn/checkInQuestions';
import type { CheckInAndReportDeps } from './reportDeps';
import { ReportCommands } from './reportCommands';
import type { CheckInAndReportHandlers } from './registerReportCommands';
import { REPORT_COMMANDS } from './registerReportCommands';

export function createCheckInAndReportHandlers(deps: CheckInAndReportDeps): CheckInAndReportHandlers {
  const checkIn = new CheckInCommand(deps);
  const reports = new ReportCommands(deps);
  return {
    [CHECK_IN_COMMANDS.checkIn]: (arg) => checkIn.run(arg),
    [CHECK_IN_COMMANDS.skip]: () => deps.triggerPromptAction(CHECK_IN_ACTIONS.skip),
    [CHECK_IN_COMMANDS.finish]: () => deps.triggerPromptAction(CHECK_IN_ACTIONS.finish),
    [REPORT_COMMANDS.exportReport]: (arg) => reports.exportReport(arg),
    [REPORT_COMMANDS.copyReportAsMarkdown]: (arg) => reports.copyReportAsMarkdown(arg),
  };
}
