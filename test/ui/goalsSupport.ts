// Helpers for the Goals UI tests (goalsView, signIn, statusBar): open the view (which activates the
// extension), give the side bar room so labels and descriptions read in screenshots, and tidy up.
import type { Locator, Page } from 'playwright-core';
import { runCommand } from './support/palette';

/**
 * Opens the ClickUp Goals container (activates the extension). Its "Show" command keeps its
 * title; the view's own focus command is named after the view's title, which becomes the Workspace's name.
 */
export async function showGoalsView(page: Page): Promise<void> {
  await runCommand(page, 'View: Show ClickUp Goals');
  await widenSideBar(page, 560);
}

/** Drags the side bar's edge out to `width` pixels. */
export async function widenSideBar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (box === null || box.width >= width) {
    return;
  }
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
}

/** No toasts and no hover in the way of a screenshot. */
export async function readyForScreenshot(page: Page): Promise<void> {
  // The command, not the toasts' own clear buttons: those show only on hover.
  if ((await page.locator('.notifications-toasts .notification-toast').count()) > 0) {
    await runCommand(page, 'Notifications: Clear All Notifications');
  }
  await page.mouse.move(900, 600);
}

/**
 * Expands a collapsed goal row with its twistie, as a person does to see its key results: a click
 * on the label would also open the goal's page, which these tests and screenshots are not about.
 */
export async function expandRow(row: Locator): Promise<void> {
  if ((await row.getAttribute('aria-expanded')) === 'false') {
    await row.locator('.monaco-tl-twistie').click();
  }
}
