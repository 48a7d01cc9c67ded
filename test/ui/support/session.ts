// What a UI test works with: the workbench page, the emulator behind the extension, and a way to
// save screenshots. The UI runner (test/harness/runUiTests.ts) sets it up once per run; tests call ui().
import type { Page } from 'playwright-core';
import type { RunningEmulator } from '../../../src/emulator/types';

export interface UiSession {
  /** The code-server workbench, already loaded (`.monaco-workbench` visible). */
  readonly page: Page;
  /** The emulator the extension talks to (sample data; its token is in CLICKUP_GOALS_TEST_TOKEN). */
  readonly emulator: RunningEmulator;
  /** The display language the workbench was started with (`--locale`): "en" unless asked. */
  readonly locale: string;
  /** Saves the page as media/screenshots/<name>.png (what the README shows) and returns the path. */
  screenshot: (name: string) => Promise<string>;
  /** Loads the workbench again (a fresh window on the same profile) when a test needs a clean slate. */
  reload: () => Promise<void>;
}

let current: UiSession | undefined;

/** For the runner only. */
export function setUiSession(session: UiSession | undefined): void {
  current = session;
}

/** The running session; call it inside it() or hooks, not when the file loads. */
export function ui(): UiSession {
  if (!current) throw new Error('No UI session: run UI tests with `npm run test:ui`, and call ui() inside a test.');
  return current;
}
