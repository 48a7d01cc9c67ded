/**
 * Where a finished report goes: a new untitled Markdown document (ready to
 * preview, save or paste), the clipboard, or a CSV file chosen in a save
 * dialog (UTF-8 with a byte order mark, so spreadsheets read it right).
 */
import * as vscode from 'vscode';
import { calendarDayOf } from '../../../core/domain/calendar';
import { plainText } from '../../../core/domain/format';
import type { Report } from '../../../core/reports/reportTypes';
import type { ReportCommandDeps } from './reportDeps';

export async function openMarkdown(markdown: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(document, { preview: false });
}

export async function copyMarkdown(markdown: string): Promise<void> {
  await vscode.env.clipboard.writeText(markdown);
}

/** "Northwind Labs goals 2026-11-30.csv": the Workspace name without characters file systems refuse. */
export function csvFileName(report: Report): string {
  const day = calendarDayOf(report.generatedAt);
  const date = `${day.year}-${String(day.month + 1).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
  const name = plainText(report.workspaceName, 60).replace(/[\\/:*?"<>|]/g, '').trim();
  return `${name === '' ? 'ClickUp' : name} goals ${date}.csv`;
}

/** Asks where to save; false when the dialog was dismissed. */
export async function saveCsv(deps: ReportCommandDeps, report: Report, csv: string): Promise<boolean> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const fileName = csvFileName(report);
  const uri = await deps.ui.showSaveDialog({
    title: vscode.l10n.t('Save Goals Report as CSV'),
    saveLabel: vscode.l10n.t('Save Report'),
    filters: { [vscode.l10n.t('CSV (comma-separated values)')]: ['csv'] },
    defaultUri: folder === undefined ? undefined : vscode.Uri.joinPath(folder, fileName),
  });
  if (uri === undefined) {
    return false;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(csv));
  return true;
}
