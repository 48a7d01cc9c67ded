// The goal page as a person sees it in the real workbench: a click on a goal in the Goals view opens
// it (focus stays in the tree), in the dark and the light theme; "+1" on the page reaches the tree;
// the page comes back after a window reload; a goal whose name, description, key result and note
// are hostile text shows that text as text, with nothing injected. Runs last (file name order) because it changes the sample data.
// Screenshots: goal-page-dark, goal-page-light, goal-page-high-contrast, goal-page-hostile.
import * as assert from 'assert';
import type { FrameLocator, Page } from 'playwright-core';
import { readyForScreenshot, showGoalsView } from './goalsSupport';
import { pickItem, runCommand } from './support/palette';
import { ui } from './support/session';
import { treeRow, waitForTreeRow } from './support/views';
import { eventually, waitForWorkbench } from './support/workbench';

const LAUNCH = 'Launch Northwind in the DACH market';
const HOSTILE_NAME = '<img src=x onerror="document.body.dataset.pwned=1"> **Hostile** goal';
const HOSTILE_DESCRIPTION = [
  '<script>document.body.dataset.pwned = 1</script>',
  '**Bold** and [a command link](command:workbench.action.quit) and ![tracker](https://evil.example/t.png)',
  '- [ClickUp](https://app.clickup.com/1/goals/2)',
  '<a href="javascript:alert(1)">click me</a>',
].join('\n\n');
const HOSTILE_KR = '<b onmouseover=alert(1)>Key result</b> $(alert)';
const HOSTILE_NOTE = '<iframe src="https://evil.example"></iframe> note';

/** The page's document: the workbench puts each webview in an iframe with the content in another. */
function goalPage(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}

async function waitForPage(page: Page, name: string): Promise<FrameLocator> {
  const frame = goalPage(page);
  await eventually(`the goal page of "${name}"`, async () => (await frame.locator('main h1').textContent()) === name, 30_000);
  await eventually('the key results on the page', async () => (await frame.locator('li.kr').count()) > 0);
  return frame;
}

async function setTheme(page: Page, theme: string): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-widget .quick-input-box input').fill(theme);
  await pickItem(page, theme);
  await page.waitForTimeout(600); // the theme's colours reach the webview through a message
}

async function api(path: string, method: string, body: unknown): Promise<Record<string, unknown>> {
  const { emulator } = ui();
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { Authorization: emulator.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

describe('Goal page', () => {
  before(async () => {
    const { page } = ui();
    await runCommand(page, 'View: Close All Editors');
    await showGoalsView(page);
    await waitForTreeRow(page, LAUNCH, undefined, 60_000);
  });

  after(async () => {
    const { page } = ui();
    // Back to the theme the other files' screenshots use.
    await setTheme(page, 'Light Modern');
    await runCommand(page, 'View: Close All Editors');
  });

  it('opens on a click in the tree, keeping focus there, and looks like the dark theme', async () => {
    const { page, screenshot } = ui();
    await setTheme(page, 'Dark Modern');
    await treeRow(page, LAUNCH).click();
    const frame = await waitForPage(page, LAUNCH);
    // Focus stayed in the tree: the arrow key expands the goal there.
    await page.keyboard.press('ArrowRight');
    await waitForTreeRow(page, 'Signed reseller partners');
    assert.strictEqual(await frame.locator('li.kr').count(), 3);
    assert.match((await frame.locator('.pace').textContent()) ?? '', /\d+% done/);
    assert.strictEqual(await frame.locator('svg.chart').getAttribute('role'), 'img');
    await readyForScreenshot(page);
    await screenshot('goal-page-dark');
  });

  it('follows the light theme', async () => {
    const { page, screenshot } = ui();
    await setTheme(page, 'Light Modern');
    await waitForPage(page, LAUNCH);
    await readyForScreenshot(page);
    await screenshot('goal-page-light');
  });

  it('follows a high-contrast theme', async () => {
    const { page, screenshot } = ui();
    await setTheme(page, 'Dark High Contrast');
    await waitForPage(page, LAUNCH);
    await readyForScreenshot(page);
    await screenshot('goal-page-high-contrast');
    await setTheme(page, 'Light Modern');
  });

  it('sends "+1" from the page (pressed with the keyboard) through the tree\'s command, and the tree shows it', async () => {
    const { page } = ui();
    const frame = await waitForPage(page, LAUNCH);
    // With the keyboard: the page's actions are real buttons with labels a screen reader says.
    await frame.locator('button[aria-label="Increment Progress (+1): Signed reseller partners"]').press('Enter');
    await eventually('the tree row to show 4 / 5', async () => ((await treeRow(page, 'Signed reseller partners').innerText()) ?? '').includes('4 / 5'));
    await eventually('the page to show 4 / 5', async () => ((await frame.locator('li.kr', { hasText: 'Signed reseller partners' }).innerText()) ?? '').includes('4 / 5'));
  });

  it('comes back after the window is reloaded', async () => {
    const { page } = ui();
    await waitForPage(page, LAUNCH);
    // Reload Window shuts the workbench down properly, so it keeps its editors (a bare page reload
    // may not get to save them).
    const loaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(page, 'Developer: Reload Window');
    await loaded;
    await waitForWorkbench(page);
    await waitForPage(page, LAUNCH);
  });

  it('shows hostile text as text, runs nothing and loads nothing from outside', async () => {
    const { page, emulator, screenshot } = ui();
    const created = (await api(`/team/${emulator.teamId}/goal`, 'POST', {
      name: HOSTILE_NAME,
      due_date: Date.now() + 30 * 86_400_000,
      description: HOSTILE_DESCRIPTION,
      multiple_owners: false,
      owners: [],
      color: '#e5484d',
    })).goal as { id: string };
    const kr = (await api(`/goal/${created.id}/key_result`, 'POST', {
      name: HOSTILE_KR, owners: [], type: 'number', steps_start: 0, steps_end: 10, unit: '', task_ids: [], list_ids: [],
    })).key_result as { id: string };
    await api(`/key_result/${kr.id}`, 'PUT', { steps_current: 4, note: HOSTILE_NOTE });
    await runCommand(page, 'ClickUp Goals: Refresh');
    await runCommand(page, 'ClickUp Goals: Open Goal');
    await page.locator('.quick-input-widget .quick-input-box input').fill('Hostile');
    await pickItem(page, 'Hostile');
    const frame = await waitForPage(page, HOSTILE_NAME);
    assert.strictEqual(await frame.locator('.kr-name').first().textContent(), HOSTILE_KR);
    assert.match((await frame.locator('li.kr .note-text').first().textContent()) ?? '', /^<iframe src="https:\/\/evil\.example"><\/iframe> note$/);
    const description = (await frame.locator('.description').innerText()) ?? '';
    assert.match(description, /<script>document\.body\.dataset\.pwned = 1<\/script>/);
    assert.match(description, /a command link \(command:workbench\.action\.quit\)/);
    assert.strictEqual(await frame.locator('.description strong').first().textContent(), 'Bold');
    assert.strictEqual(await frame.locator('.description a').count(), 1, 'only the app.clickup.com link is a link');
    assert.strictEqual(await frame.locator('img, iframe, object, embed, b').count(), 0);
    // The only script from a file is the page's own bundle (the workbench adds its inline helper).
    const sources = await Promise.all((await frame.locator('script[src]').all()).map((node) => node.getAttribute('src')));
    assert.strictEqual(sources.length, 1);
    assert.match(sources[0] ?? '', /goalPage\.js$/);
    assert.strictEqual(await frame.locator('script', { hasText: 'pwned' }).count(), 0);
    assert.strictEqual(await frame.locator('body').getAttribute('data-pwned'), null);
    // Show the key result and its note, hostile too, in the screenshot.
    await frame.locator('#krs-h').scrollIntoViewIfNeeded();
    await readyForScreenshot(page);
    await screenshot('goal-page-hostile');
  });
});
