// The status bar as a person reads it.
import type { Locator, Page } from 'playwright-core';

/** Every status bar entry's text, left to right. */
export async function statusBarTexts(page: Page): Promise<string[]> {
  const texts = await page.locator('.part.statusbar .statusbar-item').allInnerTexts();
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}

/** The entry whose text (or accessible label) contains `text`. */
export function statusBarItem(page: Page, text: string): Locator {
  return page.locator('.part.statusbar .statusbar-item').filter({ hasText: text }).first();
}
