// Nothing lost when the window closes: two progress edits made while another client has spent the
// token's rate budget wait in the extension; the window is then reloaded (a new extension host;
// the web workbench has no "Restart Extension Host") while the emulator keeps running. The new host sends what the old one
// left, each write reaching the emulator exactly once, tells the user, and the tree shows the values.
// Screenshot: unsent-writes-sent.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import type { RecordedRequest } from '../../src/emulator/types';
import { expandRow, readyForScreenshot, showGoalsView } from './goalsSupport';
import { waitForNotification } from './support/notifications';
import { answerInput, pickItem, runCommand, waitForStep } from './support/palette';
import { ui } from './support/session';
import { treeRow, waitForTreeRow } from './support/views';
import { eventually } from './support/workbench';

const NPS_GOAL = 'Raise NPS to 55';
const NPS = 'Net Promoter Score';
const NOTE = 'Survey of the week, sent after a restart';
const DACH_GOAL = 'Launch Northwind in the DACH market';
const LOCALISED = 'German localisation shipped';

async function expand(page: Page, goal: string, child: string): Promise<void> {
  if ((await treeRow(page, child).count()) > 0) return;
  await expandRow(treeRow(page, goal));
  await waitForTreeRow(page, child);
}

function edits(requests: readonly RecordedRequest[]): { steps: unknown; note: unknown }[] {
  return requests
    .filter((request) => request.route === 'editKeyResult')
    .map((request) => {
      const body = request.body as { steps_current?: unknown; note?: unknown };
      return { steps: body.steps_current, note: body.note };
    });
}

describe('Unsent writes after the extension host restarts', () => {
  after(() => {
    // Whatever happened, later files get a fresh budget.
    ui().emulator.resetRateLimit();
  });

  it('sends the edits queued behind the rate budget exactly once after a restart, and says so', async function () {
    this.timeout(180_000);
    const { page, emulator, screenshot, reload } = ui();
    await showGoalsView(page);
    await waitForTreeRow(page, NPS_GOAL, undefined, 60_000);
    await expand(page, NPS_GOAL, NPS);
    await expand(page, DACH_GOAL, LOCALISED);
    const ticked = /Not done/.test(await treeRow(page, LOCALISED).innerText()) ? 1 : 0;

    // Another client spends the budget: the first edit draws a 429 (ClickUp did nothing) and both wait for the reset.
    // A fresh window first, so its reset (a minute away) cannot come before the restart.
    emulator.resetRateLimit();
    emulator.clearRequests();
    emulator.spendRateLimit(10_000);
    await runCommand(page, 'ClickUp Goals: Update Progress…');
    await page.locator('.quick-input-widget .quick-input-box input').fill('Raise NPS');
    await pickItem(page, NPS_GOAL);
    await pickItem(page, NPS);
    await waitForStep(page, '1/2');
    await answerInput(page, '51');
    await waitForStep(page, '2/2');
    await answerInput(page, NOTE);
    await eventually('the progress edit shown in the tree', async () => /51 \/ 55/.test(await treeRow(page, NPS).innerText()));
    await treeRow(page, LOCALISED).locator('.custom-view-tree-node-item-checkbox').click();
    await eventually('the checkbox edit shown in the tree', async () => /Not done/.test(await treeRow(page, LOCALISED).innerText()) === (ticked === 0));
    await eventually('the first edit refused by the spent budget', () => Promise.resolve(edits(emulator.requests).length >= 1));
    const applied = emulator.requests.length;

    // The window reloads (its extension host goes, a new one starts) with both edits unsent; the emulator keeps running.
    emulator.resetRateLimit();
    emulator.clearRequests();
    await reload();

    const toast = await waitForNotification(page, 'not yet sent when the window closed', 90_000);
    assert.match(await toast.innerText(), /2 changes not yet sent when the window closed are saved now \(2 sent, 0 already in ClickUp\)/, JSON.stringify(edits(emulator.requests)));
    const sent = edits(emulator.requests);
    assert.strictEqual(sent.length, 2, `each edit exactly once, got ${JSON.stringify(sent)} (${applied} requests before)`);
    assert.deepStrictEqual(
      sent.find((edit) => edit.steps === 51),
      { steps: 51, note: NOTE },
    );
    assert.ok(sent.some((edit) => edit.steps === ticked), `the checkbox edit (${ticked}) was sent`);

    await showGoalsView(page);
    await waitForTreeRow(page, NPS_GOAL, undefined, 30_000);
    await expand(page, NPS_GOAL, NPS);
    await eventually('the sent value in the tree', async () => /51 \/ 55/.test(await treeRow(page, NPS).innerText()), 30_000);
    // The toast as a person reads it: hovered (so it stays) and expanded to its whole message.
    await toast.locator('.notification-list-item-message').hover();
    const expandButton = toast.locator('.codicon-notifications-expand');
    if ((await expandButton.count()) > 0) await expandButton.first().click();
    await eventually('the whole message shown', async () => /already in ClickUp\)/.test(await toast.innerText()));
    // Back on the message text (the expanded toast moved), so no hover label covers it.
    await toast.locator('.notification-list-item-message').hover();
    await page.waitForTimeout(500);
    await screenshot('unsent-writes-sent');
    await readyForScreenshot(page);
  });
});
