// The activity bar, the views in the side bar and their tree rows.
import type { Locator, Page } from 'playwright-core';
import { eventually } from './workbench';

/** Opens the view container whose activity bar entry is titled `title` (e.g. "ClickUp Goals"). */
export async function openActivityView(page: Page, title: string, timeoutMs = 30_000): Promise<void> {
  // The entry appears once the extension's contributions reach the workbench; its aria-label may add a keybinding.
  const entry = page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`).first();
  await entry.waitFor({ state: 'visible', timeout: timeoutMs });
  const item = page.locator('.part.activitybar .action-item', { has: entry }).first();
  // Clicking the entry of the open container would close the side bar: click only when it is not open.
  if ((await item.getAttribute('class'))?.split(' ').includes('checked') !== true) await entry.click();
  await page.locator('.part.sidebar').waitFor({ state: 'visible', timeout: timeoutMs });
}

/** The side bar pane (a view) with this title, e.g. "Goals". */
export function viewPane(page: Page, title: string): Locator {
  return page.locator('.part.sidebar .pane', { has: page.locator(`.pane-header[aria-label^="${title}"]`) }).first();
}

/** Tree rows in the side bar, or in one view when `viewTitle` is given. */
export function treeRows(page: Page, viewTitle?: string): Locator {
  const scope = viewTitle ? viewPane(page, viewTitle) : page.locator('.part.sidebar');
  return scope.locator('.monaco-list-row');
}

/** The visible row whose text contains `label`. */
export function treeRow(page: Page, label: string, viewTitle?: string): Locator {
  return treeRows(page, viewTitle).filter({ hasText: label }).first();
}

/** The visible rows' labels (their aria-label, which includes descriptions as a screen reader hears them). */
export async function treeRowLabels(page: Page, viewTitle?: string): Promise<string[]> {
  const labels: string[] = [];
  for (const row of await treeRows(page, viewTitle).all()) {
    labels.push(((await row.getAttribute('aria-label')) ?? (await row.innerText())).trim());
  }
  return labels;
}

/** Waits until some row contains `label`. */
export async function waitForTreeRow(page: Page, label: string, viewTitle?: string, timeoutMs = 20_000): Promise<Locator> {
  const row = treeRow(page, label, viewTitle);
  await eventually(`a tree row "${label}"`, async () => (await row.count()) > 0 && row.isVisible(), timeoutMs);
  return row;
}
