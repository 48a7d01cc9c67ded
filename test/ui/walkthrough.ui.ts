// The "Get started with ClickUp Goals" walkthrough as a person sees it, opened from the Goals view's
// "..." menu command. This window is signed in with one Workspace and has shown the Goals view, so the
// first three steps show as done; the pin step ticks off when a goal is pinned. Screenshot: walkthrough.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { readyForScreenshot, showGoalsView } from './goalsSupport';
import { pickItem, runCommand } from './support/palette';
import { ui } from './support/session';
import { eventually } from './support/workbench';

const TITLE = 'Get started with ClickUp Goals';

/** The walkthrough's step buttons whose checkbox is ticked. */
async function doneSteps(page: Page): Promise<string[]> {
  // Each step's checkbox carries the full step id ("<extension>#getStarted#signIn") and "complete" once done.
  const boxes = await page.locator('.gettingStartedSlideDetails [data-done-step-id].complete').all();
  return Promise.all(boxes.map(async (box) => (await box.getAttribute('data-done-step-id')) ?? ''));
}

describe('Walkthrough', () => {
  after(async () => {
    await ui().page.keyboard.press('Escape');
    await runCommand(ui().page, 'View: Close All Editors');
  });

  it('opens from "Get Started" with its steps, ticking off what is already done', async () => {
    const { page, screenshot } = ui();
    await showGoalsView(page);
    await runCommand(page, 'ClickUp Goals: Get Started');
    const slide = page.locator('.gettingStartedSlideDetails');
    try {
      await slide.filter({ hasText: TITLE }).first().waitFor({ state: 'visible', timeout: 30_000 });
    } catch (error) {
      // What opened instead, for the failure message.
      const file = await screenshot('walkthrough-failed');
      const html = await page.locator('.gettingStartedContainer').first().innerText().catch(() => '(no walkthrough page)');
      fs.writeFileSync(path.join(path.dirname(file), 'walkthrough-failed.txt'), html);
      throw error;
    }
    await eventually('the sign-in, Workspace and Goals view steps to show as done', async () => {
      const done = await doneSteps(page);
      return ['signIn', 'chooseWorkspace', 'openGoalsView'].every((id) => done.some((stepId) => stepId.endsWith(`#${id}`)));
    });
    assert.ok(!(await doneSteps(page)).some((id) => id.endsWith('#pinGoal')), 'pinning is not done yet');
    // The whole width for the walkthrough, as it opens on a first start.
    await runCommand(page, 'View: Close Primary Side Bar');
    await readyForScreenshot(page);
    await screenshot('walkthrough');
  });

  it('ticks off "Pin a goal" when a goal is pinned', async () => {
    const { page } = ui();
    await runCommand(page, 'ClickUp Goals: Pin Goal to Status Bar');
    await page.locator('.quick-input-widget .quick-input-box input').fill('Raise NPS');
    await pickItem(page, 'Raise NPS to 55');
    await eventually('the pin step to show as done', async () => (await doneSteps(page)).some((id) => id.endsWith('#pinGoal')));
    await runCommand(page, 'ClickUp Goals: Unpin Goal from Status Bar');
  });
});
