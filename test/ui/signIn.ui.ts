// Signing out and in as a person does: the signed-out welcome with its "Set API Token" button, a
// wrong token refused in the input box, then the right one. Leaves the window signed in.
// Screenshots: goals-welcome-signed-out, set-api-token-refused.
import * as assert from 'assert';
import { readyForScreenshot, showGoalsView } from './goalsSupport';
import { quickInputMessage, runCommand } from './support/palette';
import { ui } from './support/session';
import { statusBarTexts } from './support/statusBar';
import { waitForTreeRow } from './support/views';
import { eventually } from './support/workbench';

const WRONG_TOKEN = 'pk_1_WRONGWRONGWRONGWRONGWRONGWRONG';

describe('Sign-in', () => {
  it('shows a welcome with "Set API Token" once signed out', async () => {
    const { page, screenshot } = ui();
    // Opening the view activates the extension; "Sign Out" is offered only when signed in.
    await showGoalsView(page);
    await runCommand(page, 'ClickUp Goals: Sign Out');
    const button = page.locator('.part.sidebar .welcome-view-content a.monaco-button', { hasText: 'Set API Token' }).first();
    await button.waitFor({ state: 'visible', timeout: 20_000 });
    const welcome = await page.locator('.part.sidebar .welcome-view-content').first().innerText();
    assert.match(welcome, /Settings > Apps/);
    await eventually('the status bar item to hide', async () => !(await statusBarTexts(page)).some((text) => /goals \d+%/.test(text)));
    await readyForScreenshot(page);
    await screenshot('goals-welcome-signed-out');
  });

  it('refuses a wrong token in the input box, then signs in with the right one', async () => {
    const { page, screenshot, emulator } = ui();
    await page.locator('.part.sidebar .welcome-view-content a.monaco-button', { hasText: 'Set API Token' }).first().click();
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    assert.strictEqual(await input.getAttribute('type'), 'password');
    await input.fill(WRONG_TOKEN);
    await page.keyboard.press('Enter');
    await eventually('the refusal under the input', async () => /did not accept this token/.test(await quickInputMessage(page)), 20_000);
    await page.mouse.move(900, 600);
    await screenshot('set-api-token-refused');
    await input.fill(emulator.token);
    await page.keyboard.press('Enter');
    await waitForTreeRow(page, 'Company offsite in Lisbon', undefined, 30_000);
    await eventually('the status bar item', async () => (await statusBarTexts(page)).some((text) => /goals \d+%/.test(text)));
  });
});
