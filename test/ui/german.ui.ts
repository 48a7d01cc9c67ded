// The Goals view and the walkthrough in German (`npm run test:ui -- --locale de --grep German`): the
// workbench itself stays English (the language pack is a stub), but the extension's titles,
// labels, numbers, amounts and dates are German. Skipped in an English run.
// Screenshots: goals-tree-de, walkthrough-de.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { readyForScreenshot, showGoalsView } from './goalsSupport';
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
    await goal.click();
    await page.keyboard.press('ArrowRight');
    await waitForTreeRow(page, 'Annual recurring revenue');
    const dach = treeRow(page, 'Launch Northwind in the DACH market');
    await dach.click();
    await page.keyboard.press('ArrowRight');
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
    await runCommand(page, 'ClickUp Goals: Erste Schritte');
    await page.locator('.gettingStartedSlideDetails').filter({ hasText: 'Erste Schritte mit ClickUp Goals' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await runCommand(page, 'View: Close Primary Side Bar');
    await readyForScreenshot(page);
    await screenshot('walkthrough-de');
    await runCommand(page, 'View: Close All Editors');
  });
});
