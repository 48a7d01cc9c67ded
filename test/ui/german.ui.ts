// The Goals view and the walkthrough in German (`npm run test:ui -- --locale de --grep German`): the
// workbench itself stays English (the language pack is a stub), but the extension's titles,
// labels, numbers, amounts and dates are German. Skipped in an English run.
// Screenshots: goals-tree-de, walkthrough-de, goal-page-de.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { expandRow, readyForScreenshot, showGoalsView } from './goalsSupport';
import { runCommand } from './support/palette';
import { ui } from './support/session';
import { treeRow, treeRows, waitForTreeRow } from './support/views';
import { eventually } from './support/workbench';

/** The rows as they read on screen: label and description. */
async function rowTexts(page: Page): Promise<string> {
  return (await treeRows(page).allInnerTexts()).join('\n');
}

describe('German display language', function () {
  before(function () {
    if (ui().locale !== 'de') {
      this.skip();
    }
  });

  it('shows the Goals view with German counts, percentages, amounts and due dates', async () => {
    const { page, screenshot } = ui();
    await showGoalsView(page);
    const goal = await waitForTreeRow(page, 'Reach €1M in annual recurring revenue', undefined, 60_000);
    await eventually('German descriptions in the tree', async () => /3 Ziele/.test(await rowTexts(page)));
    // With the twistie: a click on a goal opens its page.
    await expandRow(goal);
    await waitForTreeRow(page, 'Annual recurring revenue');
    await expandRow(treeRow(page, 'Launch Northwind in the DACH market'));
    await waitForTreeRow(page, 'German localisation shipped');
    const labels = await rowTexts(page);
    assert.match(labels, /250\.000\s€ \/ 1\.000\.000\s€/);
    assert.match(labels, /\d+\s% · fällig in \d+ (Tagen|Wochen|Monaten)/);
    assert.match(labels, /Nicht erledigt/);
    assert.match(labels, /12 \/ 20 Aufgaben/);
    await readyForScreenshot(page);
    await screenshot('goals-tree-de');
  });

  it('offers the commands under their German titles and opens the walkthrough in German', async () => {
    const { page, screenshot } = ui();
    // The side bar closed first: a key pressed while the walkthrough has focus would take it back to the Welcome page.
    await runCommand(page, 'View: Close Primary Side Bar');
    await runCommand(page, 'ClickUp Goals: Erste Schritte');
    const slide = page.locator('.gettingStartedSlideDetails').filter({ hasText: 'Erste Schritte mit ClickUp Goals' }).first();
    await slide.waitFor({ state: 'visible', timeout: 30_000 });
    // Signed in with one Workspace: those steps are ticked, under their German titles.
    const done = slide.locator('[data-done-step-id].complete');
    await eventually('the sign-in and Workspace steps ticked', async () => (await done.count()) >= 2);
    assert.match(await slide.innerText(), /Bei ClickUp anmelden[\s\S]*Workspace auswählen/);
    await readyForScreenshot(page);
    await screenshot('walkthrough-de');
    // Closed with its tab's close button, as a person would (the walkthrough takes the focus back
    // from the Command Palette while it settles, which closes the palette).
    const tab = page.locator('.tabs-container .tab', { hasText: 'ClickUp Goals' }).first();
    await tab.hover();
    await tab.locator('.codicon-close').click();
    await tab.waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('shows the goal page with German words, numbers and dates', async () => {
    const { page, screenshot } = ui();
    await showGoalsView(page);
    await treeRow(page, 'Reach €1M in annual recurring revenue').click();
    // The page's document: the workbench puts each webview in an iframe with the content in another.
    const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    await eventually('the goal page with its key results', async () => (await frame.locator('li.kr').count()) > 0, 30_000);
    const text = await frame.locator('main').innerText();
    assert.match(text, /Schlüsselergebnisse/);
    assert.match(text, /Fortschritt im Zeitverlauf/);
    assert.match(text, /Fällig \d{1,2}\. \S+ \d{4} \(in \d+ (Tagen|Wochen|Monaten)\)/);
    assert.match(text, /250\.000 € \/ 1\.000\.000 €/);
    assert.match(text, /(Im Plan|Gefährdet): \d+\s% erledigt/);
    // The chart's axis in the display language, not the browser's: "50 %", and German months.
    const axis = (await frame.locator('svg.chart text.axis').allTextContents()).join(' | ');
    assert.match(axis, /\d+\s%/, axis);
    assert.match(axis, /heute|\d{1,2}\. \S+ \d{4}/, axis);
    await readyForScreenshot(page);
    await screenshot('goal-page-de');
    await runCommand(page, 'View: Close All Editors');
  });
});
