/**
 * Registers "Check In…" (with its Skip and Finish keys), "Export Report…" and
 * "Copy Report as Markdown". Each accepts a folder or goal from the Goals view,
 * or nothing from the Command Palette.
 */
import * as vscode from 'vscode';
import { CheckInCommand } from '../checkIn/checkInCommand';
import { CHECK_IN_COMMANDS } from '../checkIn/checkInKeys';
import { CHECK_IN_ACTIONS } from '../checkIn/checkInQuestions';
import type { ReportCommandDeps } from './reportDeps';
import { ReportCommands } from './reportCommands';

export const REPORT_COMMANDS = {
  exportReport: 'clickupGoals.exportReport',
  copyReportAsMarkdown: 'clickupGoals.copyReportAsMarkdown',
} as const;

export interface CheckInAndReportDeps extends ReportCommandDeps {
  /** Chooses an action of the input shown now (the real prompts' triggerAction); false when none. */
  triggerPromptAction: (id: string) => boolean;
}

export function registerCheckInAndReportCommands(deps: CheckInAndReportDeps): vscode.Disposable[] {
  const checkIn = new CheckInCommand(deps);
  const reports = new ReportCommands(deps);
  const handlers: Record<string, (arg?: unknown) => unknown> = {
    [CHECK_IN_COMMANDS.checkIn]: (arg) => checkIn.run(arg),
    [CHECK_IN_COMMANDS.skip]: () => deps.triggerPromptAction(CHECK_IN_ACTIONS.skip),
    [CHECK_IN_COMMANDS.finish]: () => deps.triggerPromptAction(CHECK_IN_ACTIONS.finish),
    [REPORT_COMMANDS.exportReport]: (arg) => reports.exportReport(arg),
    [REPORT_COMMANDS.copyReportAsMarkdown]: (arg) => reports.copyReportAsMarkdown(arg),
  };
  return Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
