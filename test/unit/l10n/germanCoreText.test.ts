// The core's words for check-in and reports in German: @vscode/l10n pointed at the German bundle (as
// the VS Code layer does with vscode.l10n.bundle), numbers, amounts and dates in the 'de' locale.
// In English (no bundle, no locale) the goldens in test/unit/reports and test/unit/checkIn pin the text.
import * as assert from 'assert';
import * as l10n from '@vscode/l10n';
import { checkInGoals, checkInPlan, checkInStepText } from '../../../src/core/checkIn/checkInPlan';
import { buildReport } from '../../../src/core/reports/buildReport';
import { renderCsv } from '../../../src/core/reports/csvReport';
import { renderMarkdown } from '../../../src/core/reports/markdownReport';
import { goalsInScope } from '../../../src/core/reports/reportScope';
import type { Report } from '../../../src/core/reports/reportTypes';
import { FOLDERS, LOOSE_GOALS, MAYA, MEMBERS, NOW, keyResultsOf, pointsOf } from '../reports/reportFixture';
import { readJson } from './manifestFiles';

const NBSP = '\u00a0';
const source = { goals: LOOSE_GOALS, folders: FOLDERS };

function germanReport(stale = false): Report {
  return buildReport({
    workspaceName: 'Northwind Labs',
    scopeLabel: 'Der ganze Workspace',
    now: NOW,
    folders: goalsInScope({ kind: 'workspace' }, source),
    keyResultsOf,
    members: MEMBERS,
    pointsOf,
    previous: undefined,
    fetchedAt: NOW - 3 * 60 * 60 * 1000,
    stale,
    locale: 'de',
  });
}

describe('Core text in German (check-in and reports)', () => {
  before(() => l10n.config({ contents: readJson('l10n/bundle.l10n.de.json') as Record<string, string> }));
  after(() => l10n.config({ contents: {} }));

  it('words a check-in step in German, with German amounts and percentages', () => {
    const steps = checkInPlan(checkInGoals({ kind: 'mine', userId: MAYA.id }, source), keyResultsOf);
    const currency = steps.find((step) => step.keyResult.type === 'currency');
    assert.ok(currency, 'a currency key result in the plan');
    const text = checkInStepText(currency, keyResultsOf(currency.goal.id), NOW, 'de');
    assert.match(text.title, /^Check-in: „.+“$/);
    assert.match(text.prompt, new RegExp(`: jetzt [\\d.]+(,\\d+)?${NBSP}(€|\\$|[A-Z]{3}), Zielwert [\\d.]+(,\\d+)?${NBSP}(€|\\$|[A-Z]{3}) · Ziel \\d+${NBSP}% erledigt`), text.prompt);
    assert.match(text.prompt, /\((im Plan|gefährdet|überfällig|erledigt|nicht begonnen)\)$/, text.prompt);
  });

  it('writes the Markdown report in German: headings, labels, states, dates and the old-data note', () => {
    const markdown = renderMarkdown(germanReport(true));
    assert.match(markdown, /^# Zielbericht: Northwind Labs\n\n\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? 2027 · Der ganze Workspace\n/);
    assert.match(markdown, new RegExp(`\\n\\*\\*\\d+ Ziele · \\d+ Schlüsselergebnisse · \\d+${NBSP}% durchschnittlicher Fortschritt`));
    assert.match(markdown, /\n> Diese Daten sind älter als die letzte Aktualisierung .* Sie stammen vom \d{1,2}\. \S+ 2027, \d\d:\d\d\.\n/);
    assert.match(markdown, /\n- Verantwortliche: /);
    assert.match(markdown, /\n- Fällig: (\d{1,2}\. \S+ \d{4}|kein Fälligkeitsdatum)\n/);
    assert.match(markdown, new RegExp(`\\n- Fortschritt: \\d+${NBSP}%, (im Plan|gefährdet|überfällig|erledigt|nicht begonnen)`));
    assert.match(markdown, /\n\| Schlüsselergebnis \| Wert \| Zielwert \| Fortschritt \| Letzte Notiz \|\n/);
    assert.match(markdown, /\n## In keinem Ordner\n/);
    assert.match(markdown, /\| 12 Aufgaben erledigt \| 20 Aufgaben \|/);
    for (const english of [/Goals report/, /Owners:/, /Progress:/, /average progress/, /Not in a folder/, /\d+ tasks/, /\b(on track|at risk|overdue)\b/, /Not done/]) {
      assert.ok(!english.test(markdown), `no English ${String(english)} left`);
    }
  });

  it('writes the CSV header and state words in German, numbers and ISO dates unchanged', () => {
    const csv = renderCsv(germanReport());
    const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.match(header, /^"Ordner","Ziel","Verantwortliche","Fälligkeitsdatum","Fortschritt des Ziels \(%\)","Stand",/);
    assert.match(first, /,"\d{4}-\d\d-\d\d",\d+(\.\d+)?,"(im Plan|gefährdet|überfällig|erledigt|nicht begonnen)",/);
  });
});
