// Lean activation: activate() loads dist/extension.js only; the edit, check-in and report commands
// (forms, prompts, validation) and the goal page are in dist/edit.js, loaded by the first Open Goal or
// edit command. This file's folder name sorts first, so it runs before any other suite has run an edit
// command or opened a goal page in this host. The loader of those bundles reads each once and
// reports a bundle it cannot load, naming it and why.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { BundleLoadError, onDemandBundle } from '../../../src/vscode/onDemandBundle';
import { escape, ScriptedPrompts } from '../commands/support/scriptedPrompts';
import { EXTENSION_ID, goalsExtension } from '../tree/support/goalsExtension';

function bundlePath(file: string): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return path.join(extension.extensionPath, 'dist', file);
}

describe('Lean activation', () => {
  it('does not load the edit bundle when activating; the first Open Goal loads it, and the goal pages once', async () => {
    const api = await goalsExtension();
    const editBundle = bundlePath('edit.js');
    const loaded = (): boolean => require.cache[editBundle] !== undefined;
    assert.ok(require.cache[bundlePath('extension.js')] !== undefined, 'the activation bundle is loaded');
    assert.strictEqual(loaded(), false, 'activation loaded the edit bundle');
    const scripted = api.prompts.use(new ScriptedPrompts([escape()]));
    try {
      await vscode.commands.executeCommand('clickupGoals.openGoal');
    } finally {
      scripted.dispose();
    }
    assert.strictEqual(loaded(), true, 'Open Goal did not load the edit bundle');
    assert.strictEqual(api.goalPages, api.goalPages, 'one GoalPages');
    assert.deepStrictEqual(api.goalPages.openGoalIds, []);
  });

  it('keeps the edit commands in the edit bundle, out of the one activation loads', () => {
    const question = 'Which key result goes up by one?';
    assert.ok(fs.readFileSync(bundlePath('edit.js'), 'utf8').includes(question));
    assert.ok(!fs.readFileSync(bundlePath('extension.js'), 'utf8').includes(question));
  });

  it('keeps the check-in and report commands in the edit bundle too', () => {
    const notice = 'A check-in is already open.';
    assert.ok(fs.readFileSync(bundlePath('edit.js'), 'utf8').includes(notice));
    assert.ok(!fs.readFileSync(bundlePath('extension.js'), 'utf8').includes(notice));
  });

  it('keeps the goal page in the edit bundle and the HTTP client in the client bundle', () => {
    const goalPageText = 'Which goal do you want to open?';
    assert.ok(fs.readFileSync(bundlePath('edit.js'), 'utf8').includes(goalPageText));
    assert.ok(!fs.readFileSync(bundlePath('extension.js'), 'utf8').includes(goalPageText));
    const clientText = 'The ClickUp token could not be read.';
    assert.ok(fs.readFileSync(bundlePath('client.js'), 'utf8').includes(clientText));
    assert.ok(!fs.readFileSync(bundlePath('extension.js'), 'utf8').includes(clientText));
  });
});

describe('On-demand bundles: read once, a failure reported once', () => {
  let root: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-on-demand-'));
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, 'dist', 'counted.js'), 'globalThis.__countedBundleRuns = (globalThis.__countedBundleRuns ?? 0) + 1; exports.answer = 42;');
    fs.writeFileSync(path.join(root, 'dist', 'broken.js'), "throw new Error('broken while loading');");
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('loads a bundle on the first call only and returns the same module after', () => {
    const reports: BundleLoadError[] = [];
    const load = onDemandBundle<{ answer: number }>(root, 'counted.js', (error) => reports.push(error));
    const runs = (): unknown => (globalThis as { __countedBundleRuns?: number }).__countedBundleRuns;
    assert.strictEqual(runs(), undefined, 'nothing read before the first call');
    const first = load();
    delete require.cache[path.join(root, 'dist', 'counted.js')];
    assert.strictEqual(load(), first);
    assert.strictEqual(first.answer, 42);
    assert.strictEqual(runs(), 1);
    assert.deepStrictEqual(reports, []);
  });

  it('reports a missing bundle once, naming it and the reason, and every later use fails with that error', () => {
    const reports: BundleLoadError[] = [];
    const load = onDemandBundle<unknown>(root, 'missing.js', (error) => reports.push(error));
    assert.throws(load, (error: unknown) => error instanceof BundleLoadError && error.file === 'missing.js');
    assert.throws(load, (error: unknown) => error === reports[0]);
    assert.strictEqual(reports.length, 1);
    assert.match(reports[0].message, /^ClickUp Goals could not load part of itself \(dist\/missing\.js\); reinstalling the extension should fix this\. Reason: Cannot find module/);
    fs.writeFileSync(path.join(root, 'dist', 'missing.js'), 'exports.late = true;');
    assert.throws(load, BundleLoadError, 'not read again once it failed');
  });

  it('reports a bundle that throws while loading, with its error', () => {
    const reports: BundleLoadError[] = [];
    const load = onDemandBundle<unknown>(root, 'broken.js', (error) => reports.push(error));
    assert.throws(load, BundleLoadError);
    assert.strictEqual(reports.length, 1);
    assert.match(reports[0].message, /\(dist\/broken\.js\).*Reason: broken while loading$/);
    assert.strictEqual((reports[0].original as Error).message, 'broken while loading');
  });
});
