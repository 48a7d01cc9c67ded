// Matrix (extension host): faults × commands through the real commands and the Goals tree.
// For each case: nothing escapes as an unhandled rejection, the person gets one clear sentence,
// the tree keeps showing what it showed, the typed answers come back prefilled (or, when the
// lost answer hid a create that happened, the goal is found instead of made twice), each write
// is sent once, and once the fault is gone the same command works.
// (The 15-second timeout and the one-minute 429 wait are covered by the Node matrix.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FaultSpec, RouteName } from '../../../src/emulator/types';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { assertNoSecrets, assertOneSentence } from '../../unit/hardening/support/checks';
import { editorTokens } from '../../unit/hardening/support/world';
import { runScripted, writes } from '../commands/support/editSession';
import { accept, choose, type } from '../commands/support/scriptedPrompts';
import { goalsExtension, recordMessages, resetExtension, waitFor } from '../tree/support/goalsExtension';
import { eventually, keyResultNode, openHostCase, TARGET_GOAL, treeText, type HostCase } from './support/hostCase';

interface HostFault {
  name: string;
  arm(hostCase: HostCase, route: RouteName): void;
  /** Gets the extension working again (a new token after a revoked one). */
  clear(api: ClickUpGoalsTestApi, hostCase: HostCase): Promise<void>;
  /** The service applied the write although its answer was lost. */
  applied: boolean;
  /** What the sentence must say, for a read and for a write. */
  says: (write: boolean) => RegExp;
  /** After a 401 the extension asks ClickUp whether the token itself still works: what it then tells (nothing when it does). */
  tokenCheck?: RegExp | 'token fine';
}

const inject = (spec: Omit<FaultSpec, 'route'>): HostFault['arm'] => (hostCase, route) => hostCase.emulator.injectFault({ route, ...spec });
const clearFaults: HostFault['clear'] = (_api, hostCase) => Promise.resolve(hostCase.emulator.clearFaults());

const lost = (read: RegExp): HostFault['says'] => (write) => (write ? /may or may not have been saved\.$/ : read);

const FAULTS: HostFault[] = [
  { name: 'HTTP 503', arm: inject({ status: 503 }), clear: clearFaults, applied: false, says: () => /ClickUp had a problem; try again later\.$/ },
  { name: 'an HTML error page', arm: inject({ html: true }), clear: clearFaults, applied: false, says: () => /ClickUp had a problem/ },
  { name: 'a dropped connection', arm: inject({ drop: true }), clear: clearFaults, applied: false, says: lost(/ClickUp could not be reached\.$/) },
  { name: 'malformed JSON', arm: inject({ malformed: true }), clear: clearFaults, applied: true, says: lost(/could not be read\.$/) },
  { name: 'truncated JSON', arm: inject({ truncated: true }), clear: clearFaults, applied: true, says: lost(/could not be read\.$/) },
  {
    name: '401 OAUTH_018 (the item is gone)',
    arm: inject({ status: 401, ecode: 'OAUTH_018' }),
    clear: clearFaults,
    applied: false,
    says: () => /ClickUp could not find it; it may have been deleted\.$/,
    tokenCheck: 'token fine',
  },
  {
    name: 'a revoked token',
    arm: (hostCase) => hostCase.emulator.revokeToken(hostCase.emulator.token),
    clear: async (api, hostCase) => {
      const result = await api.auth.signIn(hostCase.emulator.oauthToken);
      assert.strictEqual(result.kind, 'signedIn', 'signing in again with a new token');
      await waitFor(() => api.store.state.teamId === hostCase.emulator.teamId, 'the Workspace after signing in again');
    },
    applied: false,
    says: () => /ClickUp refused the request\.$/,
    tokenCheck: /Your ClickUp token was refused/,
  },
];

interface HostCommand {
  name: string;
  route: RouteName;
  /** Runs it as a person would; returns the error sentences shown (or the view's message). */
  run(api: ClickUpGoalsTestApi, hostCase: HostCase): Promise<string[]>;
  /** Runs it again, accepting whatever is prefilled; returns the prefilled values (undefined: nothing was asked). */
  again(api: ClickUpGoalsTestApi, hostCase: HostCase): Promise<string[] | undefined>;
  kept: string[];
  /** The effect shows in the tree once it worked. */
  done(lines: string[]): boolean;
}

const NEW_GOAL = 'Made through a fault';
const NEW_NAME = 'Renamed through a fault';

const COMMANDS: HostCommand[] = [
  {
    name: 'Refresh',
    route: 'getGoals',
    run: async (api) => {
      await vscode.commands.executeCommand('clickupGoals.refresh');
      await waitFor(() => api.store.state.error !== null, 'the refresh to fail');
      api.goalsView.update();
      return [String(api.treeView.message)];
    },
    again: async (api) => {
      await vscode.commands.executeCommand('clickupGoals.refresh');
      await waitFor(() => api.store.state.error === null, 'a refresh that works');
      return undefined;
    },
    kept: [],
    done: (lines) => lines.some((line) => line.startsWith(TARGET_GOAL)),
  },
  {
    name: 'Update Progress',
    route: 'editKeyResult',
    run: async (api) => (await runScripted(api, 'clickupGoals.updateProgress', [type('7'), type('Kept note')], { arg: await keyResultNode(api) })).errors.map((e) => e.message),
    again: async (api) => (await runScripted(api, 'clickupGoals.updateProgress', [accept(), accept()], { arg: await keyResultNode(api) })).asked.map((a) => a.value ?? ''),
    kept: ['7', 'Kept note'],
    done: (lines) => lines.some((line) => line.endsWith('| 7 / 10')),
  },
  {
    name: 'Create Goal',
    route: 'createGoal',
    run: async (api) => (await runScripted(api, 'clickupGoals.createGoal', [type(NEW_GOAL), type('in 6 weeks'), type('Kept words'), accept(), accept()])).errors.map((e) => e.message),
    again: async (api) => {
      const script = await runScripted(api, 'clickupGoals.createGoal', [accept(), accept(), accept(), accept(), accept()]);
      return script.asked.length === 0 ? undefined : script.asked.slice(0, 3).map((a) => a.value ?? '');
    },
    kept: [NEW_GOAL, 'in 6 weeks', 'Kept words'],
    done: (lines) => lines.filter((line) => line.startsWith(`${NEW_GOAL} |`)).length === 1,
  },
  {
    name: 'Edit Goal',
    route: 'updateGoal',
    run: async (api, c) => (await runScripted(api, 'clickupGoals.editGoal', [choose('Name'), type(NEW_NAME), choose('Save')], { arg: { kind: 'goal', goalId: c.goalId } })).errors.map((e) => e.message),
    again: async (api, c) => {
      const script = await runScripted(api, 'clickupGoals.editGoal', [choose('Save')], { arg: { kind: 'goal', goalId: c.goalId } });
      return [script.asked[0]?.items?.find((item) => item.label === 'Name')?.description ?? ''];
    },
    kept: [`${NEW_NAME} (changed)`],
    done: (lines) => lines.some((line) => line.startsWith(`${NEW_NAME} |`)),
  },
];

describe('Hardening (host): faults × commands', () => {
  let api: ClickUpGoalsTestApi;
  let tried = 0;
  const escaped: unknown[] = [];
  const listener = (reason: unknown): void => void escaped.push(reason);

  before(async () => {
    api = await goalsExtension();
    process.on('unhandledRejection', listener);
  });

  after(async () => {
    process.off('unhandledRejection', listener);
    await resetExtension(api);
    console.log(`host faults × commands: ${tried} cases`);
  });

  for (const fault of FAULTS) {
    for (const command of COMMANDS) {
      it(`${command.name} meeting ${fault.name}: one clear sentence, the tree kept, answers kept, sent once, then works`, async () => {
        tried += 1;
        const hostCase = await openHostCase(api);
        try {
          const ui = recordMessages(api);
          const before = await treeText(api);
          const secrets = [hostCase.emulator.token, hostCase.emulator.oauthToken, ...(await editorTokens(hostCase.emulator))];
          hostCase.emulator.clearRequests();
          fault.arm(hostCase, command.route);

          const messages = await command.run(api, hostCase);
          assert.strictEqual(messages.length, 1, `one message, got ${JSON.stringify(messages)}`);
          assertOneSentence(messages[0]);
          assert.match(messages[0], fault.says(command.route !== 'getGoals'));
          if (fault.tokenCheck !== undefined) {
            await waitFor(() => hostCase.emulator.requests.some((request) => request.route === 'getAuthorizedUser'), 'the token check');
            const check = fault.tokenCheck;
            if (check === 'token fine') {
              await new Promise((resolve) => setTimeout(resolve, 200));
              assert.deepStrictEqual(ui.errors, [], 'a missing item is not a refused token');
            } else {
              await waitFor(() => ui.errors.some((error) => check.test(error)), 'the refused token to be reported');
            }
          }
          assertNoSecrets([...messages, ...ui.errors, ...ui.warnings].join('\n'), secrets, 'what the person was shown');
          await eventually(async () => JSON.stringify(await treeText(api)) === JSON.stringify(before), 'the tree as it was');
          const sent = writes(hostCase.emulator).map((request) => request.route);
          assert.deepStrictEqual(sent, command.route === 'getGoals' ? [] : [command.route], 'each write sent once');

          await fault.clear(api, hostCase);
          const prefilled = await command.again(api, hostCase);
          if (prefilled === undefined) {
            // Nothing asked: a refresh, or a create found to have happened after all.
            assert.ok(command.route === 'getGoals' || fault.applied, 'answers are only skipped when the goal was made after all');
          } else {
            assert.deepStrictEqual(prefilled, command.kept, "the person's answers come back");
          }
          await eventually(async () => command.done(await treeText(api)), 'the command to work once the fault is gone');
        } finally {
          await hostCase.close();
        }
        assert.deepStrictEqual(escaped.map(String), [], 'no unhandled rejection in the extension host');
      });
    }
  }
});
