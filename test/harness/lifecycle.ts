// Runs a driver's main function: turns its result into the exit code, a thrown error into a
// one-line message, and Ctrl-C / SIGTERM into an orderly cleanup (servers and browsers stopped).

const cleanups: (() => Promise<void>)[] = [];

/** Registers work to do when the driver ends or is interrupted; last registered runs first. */
export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.unshift(cleanup);
}

async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0)) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`cleanup failed: ${(error as Error).message}`);
    }
  }
}

export function runMain(main: () => Promise<number>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      return 1;
    })
    .then(async (code) => {
      await cleanUp();
      process.exit(code);
    })
    .catch(() => process.exit(1));
}

/** The value after `--name` on the command line, if any. */
export function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
