// One case of a host matrix: its own emulator (seed 'empty') with a target goal and a 0-to-10
// key result made through a side client (the OAuth token), and the real extension signed in to it
// with the personal token and showing the goals. Helpers to read the tree and the log file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ClickUpClient } from '../../../../src/core/clickup/client';
import { nodeFetch } from '../../../../src/core/clickup/nodeFetch';
import { startEmulator } from '../../../../src/emulator/server';
import type { RunningEmulator } from '../../../../src/emulator/types';
import type { ClickUpGoalsTestApi } from '../../../../src/vscode/testApi';
import type { GoalTreeNode } from '../../../../src/vscode/tree/nodes';
import { goalInput, keyResultInput } from '../../../unit/hardening/support/world';
import { resetExtension, signInAndLoad, waitFor } from '../../tree/support/goalsExtension';
import { goalRow, goalRows, rows } from '../../tree/support/treeReading';

export const TARGET_GOAL = 'Host target goal';
export const TARGET_KR = 'Host target key result';

export interface HostCase {
  readonly emulator: RunningEmulator;
  readonly side: ClickUpClient;
  readonly goalId: string;
  readonly keyResultId: string;
  close(): Promise<void>;
}

export async function openHostCase(api: ClickUpGoalsTestApi): Promise<HostCase> {
  const emulator = await startEmulator({ seed: 'empty' });
  const side = new ClickUpClient({ baseUrl: emulator.url, fetch: nodeFetch, token: () => emulator.oauthToken });
  const goal = await side.createGoal(emulator.teamId, goalInput(TARGET_GOAL));
  const keyResult = await side.createKeyResult(goal.id, keyResultInput(TARGET_KR));
  await resetExtension(api);
  await signInAndLoad(api, emulator);
  await waitFor(() => api.workspaces.current !== undefined, 'the Workspace members');
  return {
    emulator,
    side,
    goalId: goal.id,
    keyResultId: keyResult.id,
    close: () => emulator.close(),
  };
}

/** The tree as a person reads it: each goal row's label and description, and its key results'. */
export async function treeText(api: ClickUpGoalsTestApi): Promise<string[]> {
  const lines: string[] = [];
  for (const goal of await goalRows(api)) {
    lines.push(`${goal.label} | ${goal.description}`);
    for (const child of await rows(api, goal.node)) {
      lines.push(`  ${child.label} | ${child.description}`);
    }
  }
  return lines;
}

export async function keyResultNode(api: ClickUpGoalsTestApi): Promise<GoalTreeNode> {
  const row = (await rows(api, (await goalRow(api, TARGET_GOAL)).node)).find((candidate) => candidate.label === TARGET_KR);
  assert.ok(row, `no key result row "${TARGET_KR}"`);
  return row.node;
}

/** The "ClickUp Goals" log file's text (the LogOutputChannel writes it in the extension's log folder). */
export async function logText(api: ClickUpGoalsTestApi): Promise<string> {
  const file = vscode.Uri.joinPath(api.storage.logUri, 'ClickUp Goals.log');
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
}

/** Polls an async condition until it holds; fails with `what` after `timeoutMs`. */
export async function eventually(condition: () => Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
