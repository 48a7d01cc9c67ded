/**
 * "Export Report…" (scope, then format: Markdown as a new document, or CSV
 * saved to a file) and "Copy Report as Markdown" (scope, then the clipboard).
 * From a folder or goal in the tree the scope is that item. After a report is
 * made, each goal's progress is remembered for the next report's changes.
 */
import * as vscode from 'vscode';
import { reportPercents } from '../../../core/reports/buildReport';
import { renderCsv } from '../../../core/reports/csvReport';
import { renderMarkdown } from '../../../core/reports/markdownReport';
import type { ReportScope } from '../../../core/reports/reportScope';
import type { PromptFrame, PromptResult } from '../../input/prompts';
import { describeError } from '../../log/logger';
import type { PreparedReport } from './prepareReport';
import { prepareReport } from './prepareReport';
import type { ReportCommandDeps } from './reportDeps';
import { copyMarkdown, openMarkdown, saveCsv } from './reportOutput';
import { askReportScope, scopeOfNode } from './reportScopeQuestion';

export type ReportFormat = 'markdown' | 'csv';

export class ReportCommands {
  constructor(private readonly deps: ReportCommandDeps) {}

  async exportReport(arg?: unknown): Promise<void> {
    const title = vscode.l10n.t('Export Report');
    const preset = scopeOfNode(arg);
    let scope = preset;
    // Scope (unless the tree gave it), then format; Back on the format returns to the scope.
    for (;;) {
      const total = preset === undefined ? 2 : 1;
      if (scope === undefined) {
        const asked = await askReportScope(this.deps, { title, step: 1, totalSteps: total, canGoBack: false });
        if (asked.kind !== 'value') {
          return;
        }
        scope = asked.value;
      }
      const format = await this.askFormat({ title, step: total, totalSteps: total, canGoBack: preset === undefined });
      if (format.kind === 'back') {
        scope = undefined;
        continue;
      }
      if (format.kind === 'value') {
        await this.run(scope, format.value);
      }
      return;
    }
  }

  async copyReportAsMarkdown(arg?: unknown): Promise<void> {
    let scope = scopeOfNode(arg);
    if (scope === undefined) {
      const asked = await askReportScope(this.deps, { title: vscode.l10n.t('Copy Report as Markdown'), canGoBack: false });
      if (asked.kind !== 'value') {
        return;
      }
      scope = asked.value;
    }
    await this.run(scope, 'clipboard');
  }

  private askFormat(frame: PromptFrame): Promise<PromptResult<ReportFormat>> {
    return this.deps.prompts.pick<ReportFormat>({
      frame,
      placeholder: vscode.l10n.t('Which format?'),
      items: [
        { label: vscode.l10n.t('Markdown'), detail: vscode.l10n.t('Opens as a new document, ready to preview, save or paste'), icon: 'markdown', value: 'markdown' },
        { label: vscode.l10n.t('CSV'), detail: vscode.l10n.t('One row per key result, saved to a file for a spreadsheet'), icon: 'table', value: 'csv' },
      ],
    });
  }

  private async run(scope: ReportScope, output: ReportFormat | 'clipboard'): Promise<void> {
    const { deps } = this;
    try {
      const prepared = await prepareReport(deps, scope);
      if (prepared === undefined) {
        return;
      }
      if (output === 'csv') {
        if (!(await saveCsv(deps, prepared.report, renderCsv(prepared.report)))) {
          return;
        }
      } else if (output === 'markdown') {
        await openMarkdown(renderMarkdown(prepared.report));
      } else {
        await copyMarkdown(renderMarkdown(prepared.report));
        void deps.prompts.showInfo(vscode.l10n.t('The report is on the clipboard.'));
      }
      await this.remember(prepared);
      deps.log.info(`Made a ${output} report of ${prepared.report.totals.goals} goals.`);
    } catch (error) {
      deps.errors.report({ action: vscode.l10n.t('Could not make the report'), error });
    }
  }

  private async remember(prepared: PreparedReport): Promise<void> {
    try {
      await this.deps.previousReports.record(prepared.teamId, prepared.report.generatedAt, reportPercents(prepared.report));
    } catch (error) {
      // The report itself is done; only the next report's "change since" is lost.
      this.deps.log.warn(`Could not remember this report's values: ${describeError(error)}`);
    }
  }
}
