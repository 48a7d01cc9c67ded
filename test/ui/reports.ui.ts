// Check In and Export Report in the real workbench, as a person drives them: a check-in step with its
// counter, goal, value, target and pace, Skip and Finish by their keys (Alt+S, Alt+F) and the summary;
// then the whole Workspace's report as Markdown, opened in an editor beside the Goals view. Nothing is
// changed, and the report is closed unsaved, so later files see the same data.
// Screenshots: check-in-step, report-markdown.
import * as assert from 'assert';
import { readyForScreenshot, showGoalsView } from './goalsSupport';
import { waitForNotification } from './support/notifications';
import { pickItem, quickInputMessage, quickInputTitle, runCommand } from './support/palette';
import { ui } from './support/session';
import { waitForTreeRow } from './support/views';
import { eventually } from './support/workbench';

describe('Check In and Export Report', () => {
  before(async () => {
    const { page } = ui();
    await showGoalsView(page);
    await waitForTreeRow(page, 'Raise NPS to 55', undefined, 60_000);
  });

  it('stops when Cancel is pressed while key results load: no report opens', async () => {
    const { page, emulator } = ui();
    emulator.injectFault({ route: 'getGoal', latencyMs: 4_000 });
    try {
      await runCommand(page, 'ClickUp Goals: Export Report…');
      await pickItem(page, 'The whole Workspace');
      await pickItem(page, 'Markdown');
      const toast = await waitForNotification(page, 'Loading key results');
      await toast.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
      await eventually('the loading notification gone', async () => (await page.locator('.notifications-toasts .notification-toast', { hasText: 'Loading key results' }).count()) === 0);
      await page.waitForTimeout(4_500); // longer than one slow answer: a report would have opened by now
      assert.strictEqual(await page.locator('.tabs-container .tab').count(), 0, 'no report was opened');
    } finally {
      emulator.clearFaults();
    }
  });

  it('shows a check-in step with its counter, value, target and pace; Alt+S skips and Alt+F finishes', async () => {
    const { page, screenshot } = ui();
    await runCommand(page, 'ClickUp Goals: Check In…');
    await page.mouse.move(900, 600);
    await eventually('the first step', async () => /Check In: “.+” \d+\/\d+|1\/\d+/.test(await quickInputTitle(page)), 30_000);
    const title = await quickInputTitle(page);
    assert.match(title, /Check In: “/);
    const total = Number(/1\/(\d+)/.exec(title)?.[1]);
    assert.ok(total > 1, title);
    assert.match(await quickInputMessage(page), /: now .+, target .+ · Goal \d+% done.* \((on track|at risk|overdue|not started|done)\) · Enter keeps it/);
    // The "Loading key results" toast closes once they are loaded; then the quick input's animation settles.
    await eventually('the loading notification gone', async () => (await page.locator('.notifications-toasts .notification-toast', { hasText: 'Loading key results' }).count()) === 0);
    await page.waitForTimeout(300);
    await screenshot('check-in-step');

    await page.keyboard.press('Alt+s');
    await eventually('the second step after Alt+S', async () => (await quickInputTitle(page)).includes(`2/${total}`));
    await page.keyboard.press('Alt+f');
    await waitForNotification(page, `Check-in done: 0 updated, 0 kept, ${total} skipped, 0 failed.`);
    await readyForScreenshot(page);
  });

  it('opens the whole Workspace\'s report as a Markdown document beside the Goals view', async () => {
    const { page, screenshot } = ui();
    await runCommand(page, 'ClickUp Goals: Export Report…');
    await page.mouse.move(900, 600);
    await pickItem(page, 'The whole Workspace');
    await pickItem(page, 'Markdown');
    const editor = page.locator('.editor-instance .view-lines');
    await eventually('the report in an editor', async () => /# Goals report: Northwind Labs/.test((await editor.innerText().catch(() => '')).replace(/\u00a0/g, ' ')), 30_000);
    await eventually('the tab of the untitled document', async () => (await page.locator('.tabs-container .tab').count()) > 0);
    await readyForScreenshot(page);
    await page.waitForTimeout(300);
    await screenshot('report-markdown');
    await runCommand(page, 'View: Revert and Close Editor');
    await eventually('the report closed', async () => (await page.locator('.tabs-container .tab').count()) === 0);
  });
});
