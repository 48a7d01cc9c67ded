// Creating a goal and updating a key result's progress by typing in the real Command Palette, as a
// person does: the multi-step input's title and step counter, the due-date phrase shown back as a
// date, the range under the progress box, the tree after each; then the true/false checkbox and a
// delete confirmed in the modal dialog (which also removes the goal made here for later files).
// Screenshots: create-goal-due-date, create-goal-owners, create-goal-done, update-progress,
// update-progress-done, delete-goal-confirm.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { answerInput, pickItem, quickInputMessage, quickInputRows, runCommand, waitForStep } from './support/palette';
import { ui } from './support/session';
import { treeRow, waitForTreeRow } from './support/views';
import { eventually } from './support/workbench';
import { expandRow } from './goalsSupport';

const NEW_GOAL = 'Launch the partner portal';

function quickInput(page: Page): { title: () => Promise<string>; input: ReturnType<Page['locator']> } {
  const widget = page.locator('.quick-input-widget');
  return {
    title: async () => (await widget.locator('.quick-input-titlebar').innerText()).replace(/\s+/g, ' ').trim(),
    input: widget.locator('.quick-input-box input'),
  };
}

/** Drags the side bar's edge so labels and descriptions are readable in the screenshots. */
async function widenSideBar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (box === null || box.width >= width) return;
  await page.mouse.move(box.x + box.width, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + width, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
}

async function expand(page: Page, goal: string, child: string): Promise<void> {
  if ((await treeRow(page, child).count()) > 0) return;
  await expandRow(treeRow(page, goal));
  await waitForTreeRow(page, child);
}

describe('Create Goal and Update Progress from the Command Palette', () => {
  before(async () => {
    const { page } = ui();
    await runCommand(page, 'Focus on Goals View');
    await widenSideBar(page, 560);
    await waitForTreeRow(page, 'Raise NPS to 55', undefined, 60_000);
  });

  it('creates a goal step by step, showing back the date a phrase means', async () => {
    const { page, screenshot } = ui();
    await runCommand(page, 'ClickUp Goals: Create Goal');
    // Away from the palette row just clicked, so no hover covers the title bar in screenshots.
    await page.mouse.move(900, 600);
    await waitForStep(page, '1/5');
    assert.match(await quickInput(page).title(), /Create Goal/);
    await answerInput(page, NEW_GOAL);

    await waitForStep(page, '2/5');
    await quickInput(page).input.fill('end of quarter');
    await eventually('the date the phrase means', async () => /^Due \w{3}, \w{3} \d{1,2}, \d{4}/.test(await quickInputMessage(page)));
    await screenshot('create-goal-due-date');
    await page.keyboard.press('Enter');

    await waitForStep(page, '3/5');
    await answerInput(page, 'A self-serve portal for reseller partners');

    await waitForStep(page, '4/5');
    await quickInputRows(page).first().waitFor({ state: 'visible' });
    const owners = await quickInputRows(page).allInnerTexts();
    assert.ok(owners.some((row) => /you/.test(row)), 'the signed-in user is listed as "you"');
    await screenshot('create-goal-owners');
    await page.keyboard.press('Enter');

    await waitForStep(page, '5/5');
    await pickItem(page, 'Teal');

    const row = await waitForTreeRow(page, NEW_GOAL, undefined, 20_000);
    assert.match((await row.getAttribute('aria-label')) ?? (await row.innerText()), /0%/);
    await page.mouse.move(900, 600);
    await screenshot('create-goal-done');
  });

  it('updates a key result\'s progress with a note, after picking the goal and the key result', async () => {
    const { page, screenshot } = ui();
    await runCommand(page, 'ClickUp Goals: Update Progress…');
    await page.mouse.move(900, 600);
    await quickInput(page).input.fill('Raise NPS');
    await pickItem(page, 'Raise NPS to 55');
    await pickItem(page, 'Net Promoter Score');

    await waitForStep(page, '1/2');
    assert.strictEqual(await quickInput(page).input.inputValue(), '42');
    await quickInput(page).input.fill('70');
    await eventually('the range check', async () => /from 38 to 55/i.test(await quickInputMessage(page)));
    await quickInput(page).input.fill('47');
    await eventually('the value read back with the range', async () => /Set to 47 \(from 38 to 55; now 42\)/.test(await quickInputMessage(page)));
    await screenshot('update-progress');
    await page.keyboard.press('Enter');

    await waitForStep(page, '2/2');
    await answerInput(page, 'December survey: 47 (n=342)');

    await expand(page, 'Raise NPS to 55', 'Net Promoter Score');
    await eventually('the new value in the tree', async () => /47 \/ 55/.test(await treeRow(page, 'Net Promoter Score').innerText()));
    await page.mouse.move(900, 600);
    await screenshot('update-progress-done');
  });

  it('ticks and unticks a true/false key result with its checkbox', async () => {
    const { page } = ui();
    await expand(page, 'Launch Northwind in the DACH market', 'German localisation shipped');
    const row = treeRow(page, 'German localisation shipped');
    const checkbox = row.locator('.custom-view-tree-node-item-checkbox');
    await checkbox.click();
    await eventually('the key result marked done', async () => /Done/.test(await row.innerText()) && !/Not done/.test(await row.innerText()));
    await checkbox.click();
    await eventually('the key result marked not done again', async () => /Not done/.test(await row.innerText()));
  });

  it('deletes the goal after a modal confirmation that names it', async () => {
    const { page, screenshot } = ui();
    await runCommand(page, 'ClickUp Goals: Delete Goal…');
    await quickInput(page).input.fill('partner portal');
    await pickItem(page, NEW_GOAL);
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await dialog.innerText(), /Delete goal “Launch the partner portal”\?/);
    await screenshot('delete-goal-confirm');
    await dialog.locator('.monaco-button', { hasText: 'Delete' }).first().click();
    await eventually('the goal to leave the tree', async () => (await treeRow(page, NEW_GOAL).count()) === 0);
  });
});
