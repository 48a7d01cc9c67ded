// The activity bar, the views in the side bar and their tree rows.
import type { Locator, Page } from 'playwright-core';
import { eventually } from './workbench';

/** Opens the view container whose activity bar entry is titled `title` (e.g. "ClickUp Goals"). */
export async function openActivityView(page: Page, title: string, timeoutMs = 30_000): Promise<void> {
  // The entry appears once the extension's contributions reach the workbench; its aria-label may add a keybinding.
  const label = page.locator(`a[aria-label^="${title}"]`);
  const item = page.locator('.part.activitybar .action-item', { has: label }).first();
  const entry = item.locator(`a[aria-label^="${title}"]`);
  await entry.waitFor({ state: 'visible', timeout: timeoutMs });
  // Clicking the entry of the open container would close the side bar: click only when it is not open.
  if ((await item.getAttribute('class'))?.split(' ').includes('checked') !== true) await entry.click();
  await page.locator('.part.sidebar').waitFor({ state: 'visible', timeout: timeoutMs });
}

/**
 * The side bar pane of one view, by its id (`clickupGoals.goals`: robust, since an extension may
 * retitle its view) or by its title as the header shows it (e.g. "Goals").
 */
export function viewPane(page: Page, view: string): Locator {
  const header = view.includes('.')
    ? page.locator(`.pane-header .view-${view.replace(/\./g, '-')}`)
    : page.locator(`.pane-header[aria-label^="${view}"]`);
  return page.locator('.part.sidebar .pane', { has: header }).first();
}

/** Tree rows in the side bar, or in one view when `view` (id or title, see viewPane) is given. */
export function treeRows(page: Page, view?: string): Locator {
  const scope = view ? viewPane(page, view) : page.locator('.part.sidebar');
  return scope.locator('.monaco-list-row');
}

/** The visible row whose text contains `label`. */
export function treeRow(page: Page, label: string, view?: string): Locator {
  return treeRows(page, view).filter({ hasText: label }).first();
}

/** The visible rows' labels (their aria-label, which includes descriptions as a screen reader hears them). */
export async function treeRowLabels(page: Page, view?: string): Promise<string[]> {
  const labels: string[] = [];
  for (const row of await treeRows(page, view).all()) {
    labels.push(((await row.getAttribute('aria-label')) ?? (await row.innerText())).trim());
  }
  return labels;
}

/** The visible rows' text as a sighted user reads it (label and description). */
export async function treeRowTexts(page: Page, view?: string): Promise<string[]> {
  return (await treeRows(page, view).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Waits until some row contains `label`. */
export async function waitForTreeRow(page: Page, label: string, view?: string, timeoutMs = 20_000): Promise<Locator> {
  const row = treeRow(page, label, view);
  await eventually(`a tree row "${label}"`, async () => (await row.count()) > 0 && row.isVisible(), timeoutMs);
  return row;
}
