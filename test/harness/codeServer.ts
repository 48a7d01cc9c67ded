// Starts code-server for one run: loopback only, no auth, a fresh profile (user data, extensions,
// config) under a temp folder, and stopped together with its whole process group.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { installStubLanguagePack } from './languagePack';
import { codeServerEntry } from './paths';

export interface CodeServerOptions {
  /** Added to code-server's environment; the extension host inherits it (settings for a run go here). */
  env?: Record<string, string>;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** 0 (default) lets the system pick a free port. */
  port?: number;
  /** Echo the server's output as it arrives (also CLICKUP_GOALS_VERBOSE=1). */
  echo?: boolean;
  startTimeoutMs?: number;
  /** User settings for this run, on top of the quiet defaults below. */
  settings?: Record<string, unknown>;
  /** Display language ("de"): vscode.env.language for the extension, with a stub language pack. */
  locale?: string;
  /** Leave workspace trust on (the folder then opens in Restricted Mode until trusted). */
  workspaceTrust?: boolean;
  /** .vsix files installed (`--install-extension`, production mode) into this run's profile before it starts. */
  installExtensions?: string[];
}

export interface RunningCodeServer {
  readonly port: number;
  /** http://HOST:PORT */
  readonly baseUrl: string;
  /** This run's temp folder (profile, config, workspace). */
  readonly runDir: string;
  /** An empty folder the workbench opens. */
  readonly workspaceDir: string;
  /** `vscode-remote://HOST:PORT/<absolute path>`: the only URI form the workbench payload accepts. */
  remoteUri(absolutePath: string): string;
  /** Settles when the server process ends (on its own or after stop()). */
  readonly exited: Promise<void>;
  /** The last lines the server printed, for failure messages. */
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

// No marketplace calls (there is no internet), no tips or welcome pages in the way of tests.
const quietSettings: Record<string, unknown> = {
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  // The extension opens its walkthrough on first install; tests that want it turn this back on.
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

const listeningLine = /HTTP server listening on https?:\/\/[^\s]*:(\d+)\//;
// A parent VS Code or a shell may set these; code-server would obey them instead of our flags.
const strippedEnv = ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'VSCODE_IPC_HOOK_CLI', 'VSCODE_PROXY_URI'];

export async function startCodeServer(options: CodeServerOptions = {}): Promise<RunningCodeServer> {
  const entry = codeServerEntry();
  if (!fs.existsSync(entry)) {
    throw new Error(`code-server is not installed at ${entry}. Run \`npm run host:setup\` first.`);
  }
  const host = options.host ?? '127.0.0.1';
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-run-'));
  const dirs = ['user-data', 'extensions', 'config', 'workspace'].map((name) => path.join(runDir, name));
  dirs.forEach((dir) => fs.mkdirSync(dir));
  const [userData, extensions, config, workspaceDir] = dirs;
  writeUserSettings(userData, { ...quietSettings, ...options.settings });
  const localeArgs = options.locale ? installStubLanguagePack(options.locale, userData, extensions) : [];

  // EXTENSIONS_GALLERY={} turns the marketplace off: no calls out of an offline machine.
  const env: NodeJS.ProcessEnv = { EXTENSIONS_GALLERY: '{}', ...process.env, XDG_CONFIG_HOME: config, ...options.env };
  strippedEnv.forEach((name) => delete env[name]);
  const profile = ['--user-data-dir', userData, '--extensions-dir', extensions];
  for (const vsix of options.installExtensions ?? []) {
    installExtension(entry, [...profile, '--install-extension', vsix], env);
  }
  const args = [
    entry,
    '--bind-addr', `${host}:${options.port ?? 0}`,
    '--auth', 'none',
    ...profile,
    '--disable-telemetry', '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--ignore-last-opened',
    ...localeArgs,
  ];
  // detached: its own process group, so the extension host and watchers die with it.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const onExit = (): void => killGroup('SIGKILL');
  process.on('exit', onExit);

  const log: string[] = [];
  const echo = options.echo || process.env.CLICKUP_GOALS_VERBOSE === '1';
  let resolvePort: (port: number) => void = () => undefined;
  const portPromise = new Promise<number>((resolve) => (resolvePort = resolve));
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n').filter((l) => l.trim() !== '')) {
      log.push(line);
      if (log.length > 500) log.shift();
      if (echo) console.log(`[code-server] ${line}`);
      const match = listeningLine.exec(line);
      if (match) resolvePort(Number(match[1]));
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const logTail = (lines = 40): string => log.slice(-lines).join('\n');
  const stop = async (): Promise<void> => {
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    process.off('exit', onExit);
    if (process.env.CLICKUP_GOALS_KEEP_RUN_DIR !== '1') fs.rmSync(runDir, { recursive: true, force: true });
  };

  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`code-server did not start within ${startTimeoutMs} ms`)), startTimeoutMs);
    void exited.then(() => reject(new Error('code-server exited before listening')));
  });
  let port: number;
  try {
    port = await Promise.race([portPromise, failure]);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}. Its last output:\n${logTail()}`);
  } finally {
    clearTimeout(timer);
  }

  return {
    port,
    baseUrl: `http://${host}:${port}`,
    runDir,
    workspaceDir,
    exited,
    remoteUri: (absolutePath) => `vscode-remote://${host}:${port}${encodeURI(absolutePath)}`,
    logTail,
    stop,
  };
}

function installExtension(entry: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [entry, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(`code-server could not install ${args[args.length - 1]}:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * The same settings as user settings and as the remote machine's settings: the workbench in
 * code-server is a remote window, which ignores machine-scoped settings (such as
 * workbench.welcomePage.walkthroughs.openOnInstall) in User/settings.json and reads them from
 * Machine/settings.json, for itself and for the extension host.
 */
function writeUserSettings(userData: string, settings: Record<string, unknown>): void {
  for (const dir of ['User', 'Machine']) {
    fs.mkdirSync(path.join(userData, dir), { recursive: true });
    fs.writeFileSync(path.join(userData, dir, 'settings.json'), JSON.stringify(settings, null, 2));
  }
}
