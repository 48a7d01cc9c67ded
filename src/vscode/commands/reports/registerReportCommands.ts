/**
 * Registers "Check In…" (with its Skip and Finish keys), "Export Report…" and
 * "Copy Report as Markdown". Each accepts a folder or goal from the Goals view,
 * or nothing from the Command Palette. Their code lives in the edit bundle
 * (reportHandlers.ts, through editEntry.ts), loaded on first use: activation
 * only registers the ids.
 */
import * as vscode from 'vscode';
import { CHECK_IN_COMMANDS } from '../checkIn/checkInKeys';
import type { CheckInAndReportDeps } from './reportDeps';

export const REPORT_COMMANDS = {
  exportReport: 'clickupGoals.exportReport',
  copyReportAsMarkdown: 'clickupGoals.copyReportAsMarkdown',
} as const;

/** One handler per id of CHECK_IN_COMMANDS and REPORT_COMMANDS. */
export type CheckInAndReportHandlers = Readonly<Record<string, (arg?: unknown) => unknown>>;

/** Loads the edit bundle's entry (once) and builds the handlers on it. */
export type CheckInAndReportLoader = (deps: CheckInAndReportDeps) => CheckInAndReportHandlers;

export function registerCheckInAndReportCommands(deps: CheckInAndReportDeps, load: CheckInAndReportLoader): vscode.Disposable[] {
  let handlers: CheckInAndReportHandlers | undefined;
  const ids = [...Object.values(CHECK_IN_COMMANDS), ...Object.values(REPORT_COMMANDS)];
  return ids.map((id) => vscode.commands.registerCommand(id, (arg?: unknown) => (handlers ??= load(deps))[id](arg)));
}
