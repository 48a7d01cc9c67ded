// Host-test setup shared by the edit command suites: a fresh emulator, the extension signed in to it
// with its goals loaded, requests and faults cleared before each test, and a signed-out extension after.
//
//   describe('Edit Goal', () => {
//     const { emulator, api } = useSignedInCommands({ waitForMembers: true });
//     it('renames a goal', async () => { await runScripted(api(), EDIT, [...]); onlyBody(emulator(), 'updateGoal'); });
//   });
import type { RunningEmulator } from '../../../../src/emulator/types';
import type { ClickUpGoalsTestApi } from '../../../../src/vscode/testApi';
import { useEmulator } from '../../support/emulator';
import { goalsExtension, resetExtension, signInAndLoad, waitFor } from '../../tree/support/goalsExtension';

export interface SignedInCommands {
  emulator: () => RunningEmulator;
  api: () => ClickUpGoalsTestApi;
}

export interface SignedInCommandsOptions {
  /** Also wait for the Workspace members (the owner pickers list them). */
  waitForMembers?: boolean;
}

/** Call inside describe(): signs in before the suite and resets after; returns accessors for use in tests and hooks. */
export function useSignedInCommands(options: SignedInCommandsOptions = {}): SignedInCommands {
  const emulator = useEmulator({ signedIn: false });
  let current: ClickUpGoalsTestApi | undefined;
  const api = (): ClickUpGoalsTestApi => {
    if (!current) throw new Error('The extension is signed in only inside the suite (use api() in it() or hooks, not at load time).');
    return current;
  };

  before(async () => {
    current = await goalsExtension();
    await resetExtension(current);
    await signInAndLoad(current, emulator());
    if (options.waitForMembers) await waitFor(() => api().workspaces.current !== undefined, 'the Workspace members');
  });

  beforeEach(() => {
    emulator().clearRequests();
    emulator().clearFaults();
  });

  after(async () => {
    await resetExtension(api());
  });

  return { emulator, api };
}
