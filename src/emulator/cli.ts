/**
 * Command line: `node dist/emulator.js --port <n> [--data file] [--seed sample|empty]
 * [--rate-limit n] [--workspaces n] [--latency ms]`. An existing --data file wins
 * over --seed/--workspaces/--extra-goals (its state is loaded as saved). Prints one JSON line
 * `{"url", "token", "teamId"}` on stdout when ready and nothing else there;
 * one line per request goes to stderr (never the token). Stops on SIGINT/SIGTERM.
 */
import { startEmulator } from './server';
import type { EmulatorOptions } from './types';

const USAGE = 'usage: emulator [--port n] [--data file] [--seed sample|empty] [--rate-limit n] [--workspaces n] [--latency ms] [--extra-goals n] [--key-results-per-goal n] [--quiet]';

function parseArgs(argv: readonly string[]): EmulatorOptions & { quiet: boolean } {
  const options: EmulatorOptions & { quiet: boolean } = { quiet: false };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    if (flag === '--quiet') {
      options.quiet = true;
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    index++;
    switch (flag) {
      case '--port': options.port = count(flag, value); break;
      case '--data': options.dataFile = value; break;
      case '--seed':
        if (value !== 'sample' && value !== 'empty') throw new Error(`--seed must be sample or empty\n${USAGE}`);
        options.seed = value;
        break;
      case '--rate-limit': options.rateLimitPerMinute = count(flag, value); break;
      case '--workspaces': options.workspaces = count(flag, value); break;
      case '--latency': options.latencyMs = count(flag, value); break;
      case '--extra-goals': options.extraGoals = count(flag, value); break;
      case '--key-results-per-goal': options.keyResultsPerGoal = count(flag, value); break;
      default: throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return options;
}

function count(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${flag} must be a whole number >= 0, got "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const emulator = await startEmulator({
    ...options,
    log: options.quiet ? undefined : (line) => process.stderr.write(`[emulator] ${line}\n`),
  });
  process.stdout.write(`${JSON.stringify({ url: emulator.url, token: emulator.token, teamId: emulator.teamId })}\n`);
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`[emulator] ${(error as Error).message}\n`);
  process.exit(1);
});
