// Host-test helpers for the check-in and report suites: find a folder's tree row, capture the report
// a command writes (the untitled document it opens, or the CSV file chosen in a stubbed save dialog).
import * as assert from 'assert';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as vscode from 'vscode';
import type { ClickUpGoalsTestApi } from '../../../../src/vscode/testApi';
import { restoreUi, stubUi, waitFor } from '../../tree/support/goalsExtension';
import { rows } from '../../tree/support/treeReading';
import type { Row } from '../../tree/support/treeReading';

/** A folder's row; the sample's company folder is named after the quarter ("Company OKRs Q4 2026"). */
export async function folderRow(api: ClickUpGoalsTestApi, prefix: string): Promise<Row> {
  const row = (await rows(api)).find((candidate) => candidate.node.kind === 'folder' && candidate.label.startsWith(prefix));
  assert.ok(row, `no folder "${prefix}…"`);
  return row;
}

/** The untitled Markdown document a report command opened; closed (without saving) after reading. */
const taken = new WeakSet<vscode.TextDocument>();

export async function takeOpenedReport(): Promise<string> {
  // The extension host hears of the newly active editor a moment after the command returns; under
  // load it may still name the report an earlier test read (and closed), so wait for a new one.
  const fresh = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    return editor !== undefined && !editor.document.isClosed && !taken.has(editor.document) ? editor : undefined;
  };
  await waitFor(() => fresh() !== undefined, 'the report document to be the active editor');
  const editor = fresh();
  assert.ok(editor, 'a document was opened');
  assert.deepStrictEqual([editor.document.languageId, editor.document.isUntitled], ['markdown', true]);
  taken.add(editor.document);
  const text = editor.document.getText();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return text;
}

/** Runs `run` with the save dialog answered by a fresh file path; returns that file's bytes (undefined when none was written). */
export async function withSaveDialog(api: ClickUpGoalsTestApi, run: () => Promise<unknown>): Promise<{ bytes: Buffer | undefined; asked: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'clickup-report-'));
  const path = join(folder, 'report.csv');
  let asked = 0;
  stubUi(api, {
    showSaveDialog: () => {
      asked += 1;
      return Promise.resolve(vscode.Uri.file(path));
    },
  });
  try {
    await run();
  } finally {
    restoreUi(api);
  }
  return { bytes: existsSync(path) ? readFileSync(path) : undefined, asked };
}
