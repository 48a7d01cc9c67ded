// Host tests: one ClickUp emulator per suite, started inside the extension host itself, and the
// extension pointed at it through the environment it reads in test mode
// (CLICKUP_GOALS_API_BASE_URL, CLICKUP_GOALS_TEST_TOKEN; the extension host is one process).
//
//   describe('Goals view', () => {
//     const emulator = useEmulator({ seed: 'sample' });
//     it('lists goals', async () => { emulator().injectFault(...); ... });
//   });
import { startEmulator } from '../../../src/emulator/server';
import type { EmulatorOptions, RunningEmulator } from '../../../src/emulator/types';

export interface UseEmulatorOptions extends EmulatorOptions {
  /** Set CLICKUP_GOALS_TEST_TOKEN too (default true); false leaves the extension signed out. */
  signedIn?: boolean;
}

const envNames = ['CLICKUP_GOALS_API_BASE_URL', 'CLICKUP_GOALS_TEST_TOKEN'] as const;

/** Call inside describe(): starts an emulator before the suite and closes it after; returns an accessor. */
export function useEmulator(options: UseEmulatorOptions = {}): () => RunningEmulator {
  let running: RunningEmulator | undefined;
  const saved = new Map<string, string | undefined>();
  before(async () => {
    const { signedIn = true, ...emulatorOptions } = options;
    running = await startEmulator(emulatorOptions);
    envNames.forEach((name) => saved.set(name, process.env[name]));
    process.env.CLICKUP_GOALS_API_BASE_URL = running.url;
    if (signedIn) process.env.CLICKUP_GOALS_TEST_TOKEN = running.token;
    else delete process.env.CLICKUP_GOALS_TEST_TOKEN;
  });
  after(async () => {
    saved.forEach((value, name) => {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    });
    await running?.close();
    running = undefined;
  });
  return () => {
    if (!running) throw new Error('The emulator runs only inside the suite (use it in it() or hooks, not at load time).');
    return running;
  };
}
