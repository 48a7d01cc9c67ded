// The extension as a user installs it: the packaged .vsix in production mode (`--install-extension`),
// a folder opened in Restricted Mode (workspace trust on, folder not trusted), and a hostile
// extension installed beside it that tries to take the token (exports and their getters, replaced
// prompt functions, the loaded bundle). Sign-in and sign-out go through the Accounts menu; a window
// opened after the sign-out is signed out too. The .vsix holds the bundles loaded on first use
// (dist/edit.js, dist/client.js), and the goal page and requests work from them. Screenshots: restricted-mode-goals, accounts-sign-in,
// accounts-signed-in, consent-prompt.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../harness/paths';
import { readyForScreenshot, showGoalsView } from './goalsSupport';
import type { PackagedRun } from './support/packaged';
import { startPackagedRun } from './support/packaged';
import { runCommand } from './support/palette';
import { statusBarTexts } from './support/statusBar';
import { treeRow, waitForTreeRow } from './support/views';
import { eventually } from './support/workbench';

const USER_NAME = 'Maya Okafor';

interface HostileReport {
  activated: boolean;
  attempts: { attack: string; found?: string; keys?: string[]; replaced?: string[]; loaded?: boolean }[];
  strings: string[];
  captured: unknown[];
  session: string;
}

function readReport(run: PackagedRun): HostileReport {
  return JSON.parse(fs.readFileSync(run.reportFile, 'utf8')) as HostileReport;
}

/** Opens the Accounts menu in the activity bar and returns its menu. */
async function openAccountsMenu(page: Page): Promise<void> {
  const accounts = page.locator('.part.activitybar .codicon-accounts-view-bar-icon').last();
  const box = await accounts.boundingBox();
  if (box === null) throw new Error('no Accounts entry in the activity bar');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.monaco-menu').filter({ visible: true }).first().waitFor({ state: 'visible', timeout: 5_000 });
}

function menuItem(page: Page, text: string | RegExp): ReturnType<Page['locator']> {
  return page.locator('.monaco-menu .action-item .action-label', { hasText: text }).filter({ visible: true }).first();
}

const welcomeButton = (page: Page): ReturnType<Page['locator']> =>
  page.locator('.part.sidebar .welcome-view-content a.monaco-button', { hasText: 'Set API Token' }).first();

describe('Installed from the .vsix, in Restricted Mode, beside a hostile extension', function () {
  this.timeout(240_000);
  let run: PackagedRun;

  before(async function () {
    this.timeout(600_000);
    run = await startPackagedRun();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && run !== undefined) {
      const name = `packaged-${(this.currentTest.title).replace(/[^\w-]+/g, '-').slice(0, 60)}`;
      await run.page.screenshot({ path: path.join(repoRoot, 'test-results', 'ui', `${name}.png`) }).catch(() => undefined);
    }
  });

  after(async () => {
    await run?.stop();
  });

  it('packages with no warning', () => {
    assert.doesNotMatch(run.packageOutput, /WARNING/i, run.packageOutput);
    assert.match(run.packageOutput, /DONE/);
  });

  it('opens the folder in Restricted Mode, and the view offers sign-in', async () => {
    const { page } = run;
    // Workspace trust is on and the folder is new: VS Code asks first.
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'Do you trust the authors' });
    await dialog.waitFor({ state: 'visible', timeout: 60_000 });
    await dialog.locator('.monaco-button', { hasText: "No, I don't trust the authors" }).first().click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    await eventually('"Restricted Mode" in the status bar', async () => (await statusBarTexts(page)).some((text) => /Restricted Mode/.test(text)));
    await showGoalsView(page);
    await welcomeButton(page).waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('signs in from the Accounts menu with "Sign in with ClickUp": three requests, then goals and status bar', async () => {
    const { page, emulator, screenshot } = run;
    run.emulator.clearRequests();
    await eventually('"Sign in with ClickUp" in the Accounts menu', async () => {
      await openAccountsMenu(page);
      if (await menuItem(page, /Sign in with ClickUp/).isVisible()) return true;
      await page.keyboard.press('Escape');
      return false;
    }, 30_000);
    await screenshot('accounts-sign-in');
    await menuItem(page, /Sign in with ClickUp/).click();
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    assert.strictEqual(await input.getAttribute('type'), 'password');
    await input.fill(emulator.token);
    await page.keyboard.press('Enter');
    await waitForTreeRow(page, 'Company offsite in Lisbon', undefined, 30_000);
    await eventually('the status bar item', async () => (await statusBarTexts(page)).some((text) => /goals \d+%/.test(text)));
    assert.deepStrictEqual(
      emulator.requests.map((request) => request.route),
      ['getAuthorizedUser', 'getAuthorizedWorkspaces', 'getGoals'],
    );
  });

  it('works in Restricted Mode: commands from the palette, the tree and the status bar', async () => {
    const { page, screenshot } = run;
    run.emulator.clearRequests();
    await runCommand(page, 'ClickUp Goals: Refresh');
    await eventually('the refresh to reach ClickUp', () => Promise.resolve(run.emulator.requests.some((request) => request.route === 'getGoals')));
    const goal = treeRow(page, 'Raise NPS to 55');
    await goal.click();
    await page.keyboard.press('ArrowRight');
    await waitForTreeRow(page, 'Net Promoter Score');
    assert.ok((await statusBarTexts(page)).some((text) => /Restricted Mode/.test(text)));
    await readyForScreenshot(page);
    await screenshot('restricted-mode-goals');
  });

  it('holds every bundle and runs from them: the goal page comes from dist/edit.js, the requests from dist/client.js', async () => {
    const { page, server } = run;
    const extensions = path.join(server.runDir, 'extensions');
    const installed = fs.readdirSync(extensions).find((name) => name.startsWith('clickup-goals-team.clickup-goals-'));
    assert.ok(installed, `installed in ${extensions}`);
    const dist = path.join(extensions, installed, 'dist');
    assert.deepStrictEqual(
      fs.readdirSync(dist).filter((name) => name.endsWith('.js')).sort(),
      ['client.js', 'edit.js', 'extension.js'],
      'the bundle activation loads and the two loaded on first use, nothing else',
    );
    // Signed in and showing goals (the tests above): the client bundle answered. A click on a goal opens its page.
    await runCommand(page, 'View: Close All Editors');
    await treeRow(page, 'Raise NPS to 55').click();
    const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
    await eventually('the goal page, from the edit bundle', async () => (await frame.locator('main h1').textContent()) === 'Raise NPS to 55', 30_000);
    await eventually('its key results', async () => (await frame.locator('li.kr').count()) > 0);
    await runCommand(page, 'View: Close All Editors');
  });

  it('leaves the hostile extension with nothing: no exports, no captured input, no token in the bundle, no session', async () => {
    const { page, emulator } = run;
    assert.ok((await statusBarTexts(page)).some((text) => /goals \d+%/.test(text)), 'signed in (the attacks run after a sign-in)');
    fs.rmSync(run.reportFile, { force: true });
    await runCommand(page, 'Hostile Test: Write Report');
    await eventually('the hostile report', () => Promise.resolve(fs.existsSync(run.reportFile)));
    const report = readReport(run);
    assert.ok(report.activated, 'the hostile extension ran');
    const attack = (name: string): HostileReport['attempts'] => report.attempts.filter((attempt) => attempt.attack === name);
    assert.ok(attack('exports').some((attempt) => attempt.found === 'undefined'), JSON.stringify(attack('exports')));
    assert.ok(attack('prompts').some((attempt) => (attempt.replaced ?? []).includes('showInputBox')), 'it replaced prompt functions');
    const bundle = attack('bundle').find((attempt) => attempt.loaded !== undefined);
    assert.deepStrictEqual(bundle?.keys?.sort(), ['activate', 'deactivate'], 'the bundle exports only activate and deactivate');
    assert.ok(report.strings.length > 0, 'it read the bundle');
    assert.ok(attack('silent session').some((attempt) => attempt.found === 'nothing'), JSON.stringify(attack('silent session')));
    const everything = JSON.stringify(report);
    assert.ok(!everything.includes(emulator.token), 'the token is nowhere in what the hostile extension found');
    assert.ok(!everything.includes(emulator.token.slice(3, 20)), 'nor any part of it');
  });

  it('asks the user before giving another extension a ClickUp session (VS Code\'s consent prompt)', async () => {
    const { page, screenshot, emulator } = run;
    fs.rmSync(run.reportFile, { force: true });
    await runCommand(page, 'Hostile Test: Ask for a ClickUp Session');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 15_000 });
    const text = await dialog.innerText();
    assert.match(text, /Hostile Test Extension/);
    assert.match(text, /ClickUp/);
    await screenshot('consent-prompt');
    await dialog.locator('.monaco-button', { hasText: /Cancel/ }).first().click();
    await eventually('the hostile report', () => Promise.resolve(fs.existsSync(run.reportFile)));
    const report = readReport(run);
    assert.match(report.session, /^refused/);
    assert.ok(!JSON.stringify(report).includes(emulator.token));
  });

  it('shows the ClickUp user\'s name in the Accounts menu and signs out from there, for every window', async () => {
    const { page, screenshot } = run;
    await openAccountsMenu(page);
    const account = menuItem(page, new RegExp(`${USER_NAME}.*ClickUp`));
    await account.waitFor({ state: 'visible', timeout: 10_000 });
    await account.hover();
    const signOut = menuItem(page, /^Sign Out$/);
    await signOut.waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot('accounts-signed-in');
    await signOut.click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    await dialog.locator('.monaco-button', { hasText: /Sign Out/ }).first().click();
    await welcomeButton(page).waitFor({ state: 'visible', timeout: 20_000 });
    await eventually('the status bar item to hide', async () => !(await statusBarTexts(page)).some((text) => /goals \d+%/.test(text)));
    // The token is gone from the SecretStorage every window shares: another window opens signed out.
    const second = await run.openWindow();
    try {
      await showGoalsView(second);
      await welcomeButton(second).waitFor({ state: 'visible', timeout: 30_000 });
    } finally {
      await second.close();
    }
  });
});
