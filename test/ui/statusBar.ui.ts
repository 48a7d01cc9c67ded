// The status bar item as a person uses it: the Workspace's progress, a goal pinned from the tree's
// context menu, and the goal list it offers on click. Screenshots: status-bar, status-bar-pinned,
// status-bar-goals.
import { readyForScreenshot, showGoalsView } from './goalsSupport';
import { pickItem, quickInputRows, runCommand } from './support/palette';
import { ui } from './support/session';
import { statusBarItem, statusBarTexts } from './support/statusBar';
import { treeRow, waitForTreeRow } from './support/views';
import { eventually } from './support/workbench';

describe('Goals status bar', () => {
  it('shows the open goals\' overall progress', async () => {
    const { page, screenshot } = ui();
    await showGoalsView(page);
    await readyForScreenshot(page);
    await eventually('the goals status bar item', async () => (await statusBarTexts(page)).some((text) => /\d+ goals \d+%/.test(text)), 60_000);
    await screenshot('status-bar');
  });

  it('follows a goal pinned from the tree\'s context menu', async () => {
    const { page, screenshot } = ui();
    await showGoalsView(page);
    const row = await waitForTreeRow(page, 'Raise NPS to 55', undefined, 60_000);
    await row.click({ button: 'right' });
    const menuItem = page.locator('.context-view .action-label', { hasText: 'Pin Goal to Status Bar' }).first();
    await menuItem.waitFor({ state: 'visible', timeout: 10_000 });
    await menuItem.hover();
    await menuItem.click();
    // A click that lands while the menu is still settling only highlights the entry: Enter runs it.
    if (await menuItem.isVisible()) {
      await page.keyboard.press('Enter');
    }
    await eventually('the pinned goal in the status bar', async () => (await statusBarTexts(page)).some((text) => /Raise NPS to 55 \d+%/.test(text)));
    await readyForScreenshot(page);
    await screenshot('status-bar-pinned');
  });

  it('offers the goals on click, and unpins from the palette', async () => {
    const { page, screenshot } = ui();
    await statusBarItem(page, 'Raise NPS to 55').click();
    await quickInputRows(page).first().waitFor({ state: 'visible', timeout: 10_000 });
    // Rows of a quick input that is still closing can be read first: wait for this picker's goals.
    await eventually('the goals in the picker', async () =>
      (await quickInputRows(page).allInnerTexts()).some((text) => text.includes('Company offsite in Lisbon')),
    );
    await screenshot('status-bar-goals');
    await pickItem(page, 'Company offsite in Lisbon');
    await eventually('the goal to be revealed and selected', async () =>
      ((await treeRow(page, 'Company offsite in Lisbon').getAttribute('class')) ?? '').includes('selected'),
    );
    await runCommand(page, 'ClickUp Goals: Unpin Goal from Status Bar');
    await eventually('the overall progress again', async () => (await statusBarTexts(page)).some((text) => /\d+ goals \d+%/.test(text)));
  });
});
