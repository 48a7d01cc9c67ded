// The Command Palette and quick inputs, driven with the keyboard as a person would.
import type { Locator, Page } from 'playwright-core';
import { eventually } from './workbench';

const widget = '.quick-input-widget';

/** The rows the open quick input shows (commands, picks). */
export function quickInputRows(page: Page): Locator {
  return page.locator(`${widget} .quick-input-list .monaco-list-row`);
}

/** Opens the palette with F1 (pressed again while the workbench is still wiring its keys) and types `text`. */
export async function openPalette(page: Page, text = ''): Promise<void> {
  const input = page.locator(`${widget} .quick-input-box input`);
  await eventually('the Command Palette to open on F1', async () => {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 1_000 });
    return true;
  });
  await input.fill(`>${text}`);
}

/**
 * Runs a command by its palette title (e.g. "ClickUp Goals: Refresh"). Retries until the command is
 * listed: contributed commands appear only once the remote extension host has loaded the extension.
 */
export async function runCommand(page: Page, title: string, timeoutMs = 30_000): Promise<void> {
  await eventually(`the command "${title}" in the palette`, async () => {
    await openPalette(page, title);
    const row = quickInputRows(page).filter({ hasText: title }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 2_000 });
    } catch {
      await page.keyboard.press('Escape');
      return false;
    }
    await row.click();
    return true;
  }, timeoutMs);
}

/** The open quick input's title bar as one line, e.g. "Update Progress 2/2". */
export async function quickInputTitle(page: Page): Promise<string> {
  return (await page.locator(`${widget} .quick-input-titlebar`).innerText()).replace(/\s+/g, ' ').trim();
}

/**
 * Waits for a multi-step input to reach a step: its title bar shows the counter, e.g. "2/5". Answer a
 * step only after this: the widget stays open between steps, so text typed before the next step shows
 * lands in the one being left.
 */
export async function waitForStep(page: Page, counter: string): Promise<void> {
  await eventually(`step ${counter}`, async () => (await quickInputTitle(page)).includes(counter), 15_000);
}

/** Types into the open input box (a step of a multi-step input) and presses Enter. */
export async function answerInput(page: Page, text: string): Promise<void> {
  const input = page.locator(`${widget} .quick-input-box input`);
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  await page.keyboard.press('Enter');
}

/** Picks the row of the open quick pick whose text contains `label`. */
export async function pickItem(page: Page, label: string): Promise<void> {
  const row = quickInputRows(page).filter({ hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
}

/** The validation or prompt message the open quick input shows. */
export async function quickInputMessage(page: Page): Promise<string> {
  return (await page.locator(`${widget} .quick-input-message`).textContent()) ?? '';
}
