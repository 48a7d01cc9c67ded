/**
 * Gathers what a report needs and builds it: the goals of the scope, their
 * key results (cached reused, the rest loaded with progress and Cancel), the
 * Workspace's people, the recorded history and the previous report's values.
 * Says so and returns nothing when the scope has no goals or Cancel was pressed.
 */
import * as vscode from 'vscode';
import { buildReport } from '../../../core/reports/buildReport';
import type { ReportScope } from '../../../core/reports/reportScope';
import { goalsInScope, scopeLabel } from '../../../core/reports/reportScope';
import type { Report } from '../../../core/reports/reportTypes';
import { displayLocale } from '../../displayLanguage';
import { quote } from '../edit/sending';
import { loadKeyResultsOf } from './loadKeyResults';
import type { ReportCommandDeps } from './reportDeps';

export interface PreparedReport {
  readonly teamId: string;
  readonly report: Report;
}

export async function prepareReport(deps: ReportCommandDeps, scope: ReportScope): Promise<PreparedReport | undefined> {
  const state = deps.store.state;
  const workspace = deps.workspace();
  if (state.teamId === null) {
    await deps.prompts.showInfo(vscode.l10n.t('Sign in and choose a Workspace to report on its goals.'));
    return undefined;
  }
  const folders = goalsInScope(scope, state);
  const label = scopeLabel(scope, state);
  if (folders.length === 0) {
    await deps.prompts.showInfo(vscode.l10n.t('There are no goals to report on ({0}).', label));
    return undefined;
  }
  const goals = folders.flatMap((folder) => folder.goals);
  const loaded = await loadKeyResultsOf(deps.store, goals, deps.log);
  if (loaded === undefined) {
    deps.log.info('Report cancelled while loading key results.');
    return undefined;
  }
  if (loaded.failed.length > 0) {
    void deps.prompts.showError(
      vscode.l10n.t('The key results of {0} goals could not be loaded (first: {1}); the report says so for each.', loaded.failed.length, quote(loaded.failed[0].name)),
      [],
    );
  }
  const report = buildReport({
    workspaceName: workspace?.name ?? '',
    scopeLabel: label,
    now: deps.now?.() ?? Date.now(),
    folders,
    keyResultsOf: (goalId) => loaded.byGoal.get(goalId),
    members: await deps.members(),
    pointsOf: (goalId) => deps.history.pointsOf(goalId),
    previous: deps.previousReports.get(state.teamId),
    fetchedAt: state.fetchedAt,
    stale: state.fromCache || state.error !== null,
    locale: displayLocale(),
  });
  return { teamId: state.teamId, report };
}
