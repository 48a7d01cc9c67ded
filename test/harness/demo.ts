// npm run demo: try the extension by hand. Starts the emulator with sample data (kept in
// .emulator-data.json, git-ignored; delete it for fresh data) and code-server with the extension
// loaded from this folder and pointed at the emulator, then prints the URL to open and the token to
// paste when the extension asks you to sign in. Ctrl-C stops everything.
// Options: --port <n> (default: the first free from 8080), --host <address> (default 127.0.0.1),
// --signed-in (hand the extension the token too, skipping sign-in), --quiet (no emulator request log).
import * as net from 'net';
import * as path from 'path';
import { startEmulator } from '../../src/emulator/server';
import { startCodeServer } from './codeServer';
import { argValue, onCleanup, runMain } from './lifecycle';
import { repoRoot } from './paths';
import { workbenchUrl } from './workbenchUrl';

const dataFile = path.join(repoRoot, '.emulator-data.json');

async function main(): Promise<number> {
  const host = argValue('host') ?? '127.0.0.1';
  const requestedPort = argValue('port');
  const port = requestedPort !== undefined ? Number(requestedPort) : await firstFreePort(host, 8080, 8099);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${requestedPort}"`);
  const quiet = process.argv.includes('--quiet');

  const emulator = await startEmulator({
    dataFile,
    seed: 'sample',
    log: quiet ? undefined : (line) => console.log(`[emulator] ${line}`),
  });
  onCleanup(() => emulator.close());
  const env: Record<string, string> = { CLICKUP_GOALS_API_BASE_URL: emulator.url };
  if (process.argv.includes('--signed-in')) env.CLICKUP_GOALS_TEST_TOKEN = emulator.token;
  const server = await startCodeServer({ host, port, env, startTimeoutMs: 120_000 });
  onCleanup(() => server.stop());
  let stopping = false;
  // Registered last, so it runs first: code-server ending after this is our doing, not a crash.
  onCleanup(() => {
    stopping = true;
    return Promise.resolve();
  });

  console.log([
    '',
    'ClickUp Goals demo is running.',
    `  Open in a browser:  ${workbenchUrl(server)}`,
    `  Token to paste:     ${emulator.token}`,
    `  Emulated API:       ${emulator.url}   (data: ${path.relative(repoRoot, dataFile)})`,
    'Ctrl-C stops everything.',
    '',
  ].join('\n'));
  await server.exited;
  if (stopping) return 0;
  console.error(`code-server stopped. Its last output:\n${server.logTail()}`);
  return 1;
}

async function firstFreePort(host: string, from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    if (await isFree(host, port)) return port;
  }
  return 0;
}

function isFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

runMain(main);
