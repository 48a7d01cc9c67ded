// The host-test setup of suites that start signed out (sign-in, the Accounts menu): a fresh
// emulator, the extension reset and pointed at it before each test with faults cleared, and a
// signed-out extension after the suite. The signed-in twin is useSignedIn (signedIn.ts).
import type { UseEmulatorOptions } from './emulator';
import { useEmulator } from './emulator';
import type { SignedIn } from './signedIn';
import { goalsExtension, pointAt, resetExtension } from '../tree/support/goalsExtension';
import type { ClickUpGoalsTestApi } from '../../../src/vscode/testApi';

/** Call inside describe(): signed out and pointed at a fresh emulator before each test; returns accessors for tests and hooks. */
export function useSignedOut(options: Omit<UseEmulatorOptions, 'signedIn'> = {}): SignedIn {
  const emulator = useEmulator({ ...options, signedIn: false });
  let current: ClickUpGoalsTestApi | undefined;
  const api = (): ClickUpGoalsTestApi => {
    if (!current) throw new Error('The extension is ready only inside the suite (use api() in it() or hooks, not at load time).');
    return current;
  };

  before(async () => {
    current = await goalsExtension();
  });

  beforeEach(async () => {
    await resetExtension(api());
    await pointAt(api(), emulator());
    emulator().clearFaults();
  });

  after(async () => {
    await resetExtension(api());
  });

  return { emulator, api };
}
