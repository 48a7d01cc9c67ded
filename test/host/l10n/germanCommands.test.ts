// A run in German (`npm run test:host -- --locale de --grep German`) beyond the tree: the goal page's
// words, dates and percentages; a check-in step and the Markdown report, whose words come from the
// core inside the edit bundle (dist/edit.js, loaded on first use with its own copy of @vscode/l10n);
// the client's error messages, from the client bundle (dist/client.js, the same).
// Skipped in an English run.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HostMessage } from '../../../src/core/goalPage/pageMessages';
import { findGoal, runScripted } from '../commands/support/editSession';
import { choose, escape } from '../commands/support/scriptedPrompts';
import { useSignedIn } from '../support/signedIn';
import { waitFor } from '../tree/support/goalsExtension';
import { goalRow } from '../tree/support/treeReading';

const NBSP = '\u00a0';
const REVENUE = 'Reach €1M in annual recurring revenue';
const GERMAN_DAY = /^\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4}$/;
const inGerman = vscode.env.language === 'de';

(inGerman ? describe : describe.skip)('In German: goal page, check-in and report', () => {
  const { api, emulator } = useSignedIn({ waitForMembers: true });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives the goal page German labels, a German due date, percentages and pace', async () => {
    const goal = findGoal(api(), REVENUE);
    await vscode.commands.executeCommand('clickupGoals.openGoal', (await goalRow(api(), REVENUE)).node);
    const page = api().goalPages.pageOf(goal.id);
    assert.ok(page, 'a page opened');
    await waitFor(() => page.shown?.type === 'show' && page.shown.model.keyResults !== null, 'the key results on the page');
    const shown: HostMessage | undefined = page.shown;
    assert.ok(shown?.type === 'show');
    assert.strictEqual(shown.model.locale, 'de', 'the webview writes its chart in the display language');
    assert.strictEqual(shown.labels.keyResults, 'Schlüsselergebnisse');
    assert.strictEqual(shown.labels.updateProgress, 'Fortschritt aktualisieren…');
    assert.strictEqual(shown.labels.progressOverTime, 'Fortschritt im Zeitverlauf');
    assert.match(shown.model.due ?? '', GERMAN_DAY, shown.model.due ?? 'no due date');
    assert.match(shown.model.dueRelative ?? '', /^in \d+ (Tagen|Wochen|Monaten)$/);
    assert.match(shown.model.percentText, new RegExp(`^\\d+(,\\d)?${NBSP}%$`));
    assert.match(shown.model.paceText, /^(Im Plan|Gefährdet|Überfällig|Noch nicht begonnen|Abgeschlossen)/);
    const revenue = shown.model.keyResults?.find((kr) => kr.name === 'Annual recurring revenue');
    // Text shown as plain text (plainText) has its no-break spaces as spaces.
    assert.strictEqual(revenue?.progressText, '250.000 € / 1.000.000 €');
    assert.match(shown.chartSummary, /^Fortschritt im Zeitverlauf: /);
  });

  it('words a check-in step in German (core text from the edit bundle)', async () => {
    const goal = findGoal(api(), REVENUE);
    const script = await runScripted(api(), 'clickupGoals.checkIn', [escape()], { arg: goal.id });
    const first = script.asked[0];
    assert.strictEqual(first?.frame?.title, `Check-in: „${REVENUE}“`);
    assert.match(
      first?.prompt ?? '',
      new RegExp(`^Annual recurring revenue: jetzt 250\\.000${NBSP}€, Zielwert 1\\.000\\.000${NBSP}€ · Ziel \\d+${NBSP}% erledigt, \\d+${NBSP}% seiner Zeit vergangen \\((im Plan|gefährdet)\\) · `),
      first?.prompt,
    );
  });

  it('writes the Markdown report in German', async () => {
    const script = await runScripted(api(), 'clickupGoals.copyReportAsMarkdown', [choose('Den ganzen Workspace')]);
    script.assertDone();
    assert.deepStrictEqual(script.infos, ['Der Bericht ist in der Zwischenablage.']);
    const markdown = await vscode.env.clipboard.readText();
    assert.match(markdown, /^# Zielbericht: Northwind Labs\n\n\d{1,2}\. \S+ \d{4} · Den ganzen Workspace\n/);
    assert.match(markdown, new RegExp(`\\n\\*\\*\\d+ Ziele · \\d+ Schlüsselergebnisse · \\d+${NBSP}% durchschnittlicher Fortschritt`));
    assert.match(markdown, new RegExp(`\\n- Fortschritt: \\d+${NBSP}%, (im Plan|gefährdet)\\n`));
    assert.match(markdown, new RegExp(`\\n\\| Annual recurring revenue \\| 250\\.000 € \\| 1\\.000\\.000 € \\| 25${NBSP}% \\| `));
    assert.match(markdown, /\n\| Launch checklist tasks done \| 12 Aufgaben erledigt \| 20 Aufgaben \| /);
    assert.match(markdown, /\n## In keinem Ordner\n/);
  });

  it('words the client\'s errors in German (core text from the client bundle)', async () => {
    emulator().injectFault({ route: 'getGoals', status: 500, ecode: 'SERVER_500' });
    await api().store.refresh();
    await waitFor(() => api().store.state.error !== null, 'the failed refresh');
    assert.match(api().store.state.error?.message ?? '', /^ClickUp hatte ein Problem \(HTTP 500\)/, api().store.state.error?.message);
    emulator().clearFaults();
    await api().store.refresh();
    await waitFor(() => api().store.state.error === null, 'the refresh after the fault');
  });
});
