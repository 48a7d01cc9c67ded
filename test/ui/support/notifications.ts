// Notification toasts: read them, wait for one, press one of its buttons.
import type { Locator, Page } from 'playwright-core';

const toast = '.notifications-toasts .notification-toast';

/** The messages of the toasts on screen. */
export async function notificationTexts(page: Page): Promise<string[]> {
  const texts = await page.locator(`${toast} .notification-list-item-message`).allInnerTexts();
  return texts.map((text) => text.trim());
}

/** Waits for a toast whose message contains `text` and returns it. */
export async function waitForNotification(page: Page, text: string, timeoutMs = 20_000): Promise<Locator> {
  const item = page.locator(toast).filter({ hasText: text }).first();
  await item.waitFor({ state: 'visible', timeout: timeoutMs });
  return item;
}

/** Presses the button labelled `button` on the toast that says `text`. */
export async function clickNotificationButton(page: Page, text: string, button: string): Promise<void> {
  const item = await waitForNotification(page, text);
  await item.locator('.monaco-button', { hasText: button }).first().click();
}

/** Closes every toast (so the next test starts from a clear corner). */
export async function clearNotifications(page: Page): Promise<void> {
  for (const close of await page.locator(`${toast} .codicon-notifications-clear`).all()) {
    await close.click().catch(() => undefined);
  }
}
