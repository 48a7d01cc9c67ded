// The Goals view as a person sees it: the activity bar entry, folders and goals with progress and
// due dates, a goal expanded to its key results, and the hover. Screenshots: goals-tree, goal-tooltip.
import * as assert from 'assert';
import { ui } from './support/session';
import { expandRow, readyForScreenshot, showGoalsView } from './goalsSupport';
import { treeRow, treeRowLabels, treeRowTexts, waitForTreeRow } from './support/views';
import { eventually } from './support/workbench';

describe('Goals view', () => {
  it('lists folders, goals with progress and due dates, and expands a goal to its key results', async () => {
    const { page, screenshot } = ui();
    await showGoalsView(page);
    const goal = await waitForTreeRow(page, 'Reach €1M in annual recurring revenue', undefined, 60_000);
    await waitForTreeRow(page, 'Engineering');
    await expandRow(goal);
    await waitForTreeRow(page, 'Annual recurring revenue');
    await waitForTreeRow(page, 'Net revenue retention');
    const texts = (await treeRowTexts(page)).join('\n');
    assert.match(texts, /€250,000 \/ €1,000,000/);
    assert.match(texts, /Company OKRs/);
    // What a screen reader hears for the same rows (their accessibility information).
    const spoken = (await treeRowLabels(page)).join('\n');
    assert.match(spoken, /^Key result Annual recurring revenue, currency, €250,000 of €1,000,000, \d+% done$/m);
    // The due date as Intl writes it in English: "due in 4 months, Mar 31, 2027, on track".
    assert.match(spoken, /^Goal Reach €1M in annual recurring revenue, \d+% done, due [^,]+, [A-Z][a-z]{2} \d{1,2}, \d{4}, [a-z ]+$/m);
    // The Workspace's name is the view's title.
    const title = page.locator('.part.sidebar .composite.title');
    await eventually('the Workspace name in the view title', async () => /Northwind Labs/i.test(await title.innerText()));
    await readyForScreenshot(page);
    await screenshot('goals-tree');
  });

  it('shows a Markdown tooltip with owners, due date, progress bar and the latest note', async () => {
    const { page, screenshot } = ui();
    const row = treeRow(page, 'Reach €1M in annual recurring revenue');
    await row.locator('.label-name').first().hover();
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Owners' }).first();
    await eventually('the goal tooltip', async () => hover.isVisible(), 15_000);
    const text = await hover.innerText();
    assert.match(text, /Maya Okafor/);
    assert.match(text, /Latest progress/);
    await screenshot('goal-tooltip');
    await page.mouse.move(900, 600);
    await page.keyboard.press('Escape');
  });

  it('shows key results of every type with their own icon and a checkbox for true/false ones', async () => {
    const { page, screenshot } = ui();
    const goal = treeRow(page, 'Launch Northwind in the DACH market');
    await expandRow(goal);
    const localisation = await waitForTreeRow(page, 'German localisation shipped');
    await waitForTreeRow(page, 'Launch checklist tasks done');
    assert.strictEqual(await localisation.locator('.custom-view-tree-node-item-checkbox').count(), 1);
    assert.match((await treeRowTexts(page)).join('\n'), /12 \/ 20 tasks/);
    await readyForScreenshot(page);
    await screenshot('goals-tree-key-result-types');
  });
});
