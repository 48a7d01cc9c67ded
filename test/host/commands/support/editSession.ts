// Host-test helpers for the edit commands: run a command with a scripted user, read the requests
// the emulator received for a route, and find goals and key results (and their tree rows) by name.
import { allGoals } from '../../../../src/core/domain/goalQuery';
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Goal, KeyResult } from '../../../../src/core/domain/types';
import type { RecordedRequest, RouteName, RunningEmulator } from '../../../../src/emulator/types';
import type { ClickUpGoalsTestApi } from '../../../../src/vscode/testApi';
import { goalRow, rows } from '../../tree/support/treeReading';
import type { Row } from '../../tree/support/treeReading';
import { ScriptedPrompts } from './scriptedPrompts';

type Reply = ConstructorParameters<typeof ScriptedPrompts>[0][number];

/** Runs a command as a person would answer it; returns the script with what was asked. */
export async function runScripted(
  api: ClickUpGoalsTestApi,
  command: string,
  replies: Reply[],
  options: { arg?: unknown; errorChoice?: string } = {},
): Promise<ScriptedPrompts> {
  const script = new ScriptedPrompts(replies);
  script.errorChoice = options.errorChoice;
  const using = api.prompts.use(script);
  try {
    await (options.arg === undefined ? vscode.commands.executeCommand(command) : vscode.commands.executeCommand(command, options.arg));
  } finally {
    using.dispose();
  }
  return script;
}

export function requestsTo(emulator: RunningEmulator, route: RouteName): RecordedRequest[] {
  return emulator.requests.filter((request) => request.route === route);
}

/** The one body the emulator received for a route since the last clearRequests(). */
export function onlyBody(emulator: RunningEmulator, route: RouteName): Record<string, unknown> {
  const requests = requestsTo(emulator, route);
  assert.strictEqual(requests.length, 1, `expected one ${route} request, got ${requests.length}`);
  return requests[0].body as Record<string, unknown>;
}

/** Write requests of any kind: none may be sent when the user cancels. */
export function writes(emulator: RunningEmulator): RecordedRequest[] {
  return emulator.requests.filter((request) => request.method !== 'GET');
}

export function findGoal(api: ClickUpGoalsTestApi, name: string): Goal {
  const state = api.store.state;
  const goal = allGoals(state).find((candidate) => candidate.name === name);
  assert.ok(goal, `no goal "${name}" in the store`);
  return goal;
}

export async function findKeyResult(api: ClickUpGoalsTestApi, goalName: string, name: string): Promise<KeyResult> {
  const goal = findGoal(api, goalName);
  const keyResult = (await api.store.loadKeyResults(goal.id)).find((candidate) => candidate.name === name);
  assert.ok(keyResult, `no key result "${name}" in "${goalName}"`);
  return keyResult;
}

/** A key result's row under its goal in the Goals tree, as a person would find it. */
export async function keyResultRow(api: ClickUpGoalsTestApi, goalName: string, name: string): Promise<Row> {
  const row = (await rows(api, (await goalRow(api, goalName)).node)).find((candidate) => candidate.label === name);
  assert.ok(row, `no row "${name}"`);
  return row;
}
