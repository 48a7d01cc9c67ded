/**
 * Collects unhandled promise rejections while a suite runs, so a case can assert
 * that nothing escaped the code under test (a floating promise that rejected).
 */

/** Call inside describe(); `take()` returns and forgets what was collected since the last call. */
export function watchUnhandledRejections(): { take(): unknown[] } {
  let seen: unknown[] = [];
  const listener = (reason: unknown): void => {
    seen.push(reason);
  };
  before(() => {
    process.on('unhandledRejection', listener);
  });
  after(() => {
    process.off('unhandledRejection', listener);
  });
  return {
    take: () => {
      const taken = seen;
      seen = [];
      return taken;
    },
  };
}

/** Lets timers and promise callbacks that are already due run (unhandled rejections surface after a tick). */
export function tick(ms = 10): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
