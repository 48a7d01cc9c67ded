// The workbench loads with the extension under development and answers the keyboard.
import * as assert from 'assert';
import { openPalette, quickInputRows } from './support/palette';
import { ui } from './support/session';

describe('Workbench smoke', () => {
  it('shows the workbench as an extension development host', async () => {
    const { page } = ui();
    await page.locator('.window-title, .command-center').filter({ hasText: 'Extension Development Host' }).first().waitFor();
    assert.ok(await page.locator('.part.statusbar').isVisible());
  });

  it('opens the Command Palette with F1 and lists matching commands', async () => {
    const { page } = ui();
    await openPalette(page, 'View: Toggle');
    const rows = quickInputRows(page);
    await rows.first().waitFor({ state: 'visible' });
    assert.match(await rows.first().innerText(), /View: Toggle/);
    await page.keyboard.press('Escape');
  });
});
