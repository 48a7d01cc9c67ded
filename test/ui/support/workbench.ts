// Waiting for the workbench to be ready for a person: the layout drawn and the remote extensions loaded.
import type { Page } from 'playwright-core';

export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Polls `check` until it returns true (errors count as "not yet"), or fails with `what` after the timeout. */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 20_000, intervalMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = ` (last error: ${(error as Error).message.split('\n')[0]})`;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError}`);
}
