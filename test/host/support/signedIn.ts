// The host-test setup every signed-in suite shares: a fresh emulator, the extension signed in
// to it with its goals loaded, requests and faults cleared before each test, and a signed-out
// extension after the suite.
//
//   describe('Edit Goal', () => {
//     const { emulator, api } = useSignedIn({ waitForMembers: true });
//     it('renames a goal', async () => { await runScripted(api(), EDIT, [...]); onlyBody(emulator(), 'updateGoal'); });
//   });
import type { RunningEmulator } from '../../../src/emulator/types';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';
import { useEmulator } from './emulator';
import type { UseEmulatorOptions } from './emulator';
import { goalsExtension, resetExtension, signInAndLoad, waitFor } from '../tree/support/goalsExtension';

export interface SignedIn {
  emulator: () => RunningEmulator;
  api: () => ClickUpGoalsTestApi;
}

export interface SignedInOptions extends Omit<UseEmulatorOptions, 'signedIn'> {
  /** Also wait for the Workspace members (the owner pickers list them). */
  waitForMembers?: boolean;
  /** Sign out and in again before every test, not once for the suite (tests that sign out or pin). */
  eachTest?: boolean;
}

/** Call inside describe(): signs in before the suite (or each test) and resets after; returns accessors for tests and hooks. */
export function useSignedIn(options: SignedInOptions = {}): SignedIn {
  const { waitForMembers = false, eachTest = false, ...emulatorOptions } = options;
  const emulator = useEmulator({ ...emulatorOptions, signedIn: false });
  let current: ClickUpGoalsTestApi | undefined;
  const api = (): ClickUpGoalsTestApi => {
    if (!current) throw new Error('The extension is signed in only inside the suite (use api() in it() or hooks, not at load time).');
    return current;
  };
  const signIn = async (): Promise<void> => {
    await resetExtension(api());
    await signInAndLoad(api(), emulator());
    if (waitForMembers) await waitFor(() => api().workspaces.current !== undefined, 'the Workspace members');
  };

  before(async () => {
    current = await goalsExtension();
    if (!eachTest) await signIn();
  });

  beforeEach(async () => {
    emulator().clearRequests();
    emulator().clearFaults();
    if (eachTest) await signIn();
  });

  after(async () => {
    await resetExtension(api());
  });

  return { emulator, api };
}
