// npm run host:setup: installs what running the extension in a real VS Code needs, offline-friendly
// and idempotent (a quick no-op when everything is there): Debian's chromium, libkrb5-dev and
// ripgrep (plus a C++ toolchain), a seeded @vscode/ripgrep cache, and code-server 4.100.3 in a
// cache folder outside the repository. Plain Node (no build step): it runs on a fresh clone.
// Override the folder with CLICKUP_GOALS_CODE_SERVER_DIR (keep in step with paths.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const codeServerVersion = '4.100.3';
const ripgrepPackageVersion = '1.15.11';
const ripgrepBinaryVersion = 'v13.0.0-10';

function fail(message) {
  console.error(`host:setup: ${message}`);
  process.exit(1);
}

function say(message) {
  console.log(`host:setup: ${message}`);
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function tail(file, lines = 40) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';
}

// --- Debian packages ---------------------------------------------------------------------------

function missingDebianPackages() {
  const wanted = [];
  const chromium = process.env.CLICKUP_GOALS_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) wanted.push('chromium');
  if (!fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/krb5/krb5.h')) wanted.push('libkrb5-dev');
  if (!onPath('rg')) wanted.push('ripgrep');
  // node-gyp builds code-server's native modules.
  if (!onPath('g++') || !onPath('make')) wanted.push('build-essential');
  if (!onPath('python3')) wanted.push('python3');
  return wanted;
}

function installDebianPackages(packages) {
  if (packages.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (!onPath('apt-get')) fail(`missing ${packages.join(', ')} and there is no apt-get here: install them with your package manager.`);
  if (process.getuid?.() !== 0) fail(`missing ${packages.join(', ')}: run this as root, or: sudo apt-get update && sudo ${command}`);
  say(`installing ${packages.join(' ')} with apt-get`);
  const log = path.join(os.tmpdir(), 'clickup-goals-apt.log');
  fs.writeFileSync(log, '');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    fs.appendFileSync(log, `$ apt-get ${args.join(' ')}\n${result.stdout}${result.stderr}`);
    if (result.status !== 0) fail(`apt-get ${args[0]} failed. Last lines of ${log}:\n${tail(log)}`);
  }
}

// --- ripgrep cache -------------------------------------------------------------------------------

// @vscode/ripgrep's postinstall downloads rg from GitHub unless this cache has the tarball.
function seedRipgrepCache() {
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (!target) fail(`no ripgrep target for ${process.arch}`);
  const dir = path.join(process.env.TMPDIR || '/tmp', `vscode-ripgrep-cache-${ripgrepPackageVersion}`);
  const tarball = path.join(dir, `ripgrep-${ripgrepBinaryVersion}-${target}.tar.gz`);
  if (fs.existsSync(tarball)) return;
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-czf', tarball, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
  say(`seeded ${tarball} from ${rg}`);
}

// --- code-server ---------------------------------------------------------------------------------

function codeServerDir() {
  if (process.env.CLICKUP_GOALS_CODE_SERVER_DIR) return path.resolve(process.env.CLICKUP_GOALS_CODE_SERVER_DIR);
  const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cacheHome, 'clickup-goals-host', `code-server-${codeServerVersion}`);
}

/** What is wrong with the install in `dir`, or undefined when it is complete and runs. */
function codeServerProblem(dir) {
  const root = path.join(dir, 'node_modules', 'code-server');
  const required = [
    'out/node/entry.js',
    'lib/vscode/node_modules',
    'lib/vscode/node_modules/node-pty/build/Release/pty.node',
    'lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
  ];
  const missing = required.find((file) => !fs.existsSync(path.join(root, file)));
  if (missing) return `${missing} is missing`;
  // A throwaway config folder: --version would otherwise write ~/.config/code-server/config.yaml.
  const config = fs.mkdtempSync(path.join(os.tmpdir(), 'clickup-goals-cs-version-'));
  const result = spawnSync(process.execPath, [path.join(root, 'out/node/entry.js'), '--version'], {
    env: { ...process.env, XDG_CONFIG_HOME: config },
    encoding: 'utf8',
    timeout: 30_000,
  });
  fs.rmSync(config, { recursive: true, force: true });
  if (!result.stdout?.includes(codeServerVersion)) return `\`code-server --version\` did not answer ${codeServerVersion}`;
  return undefined;
}

function installCodeServer(dir) {
  // Install beside the final folder and move it in only once complete: a half-finished install never looks done.
  const partial = `${dir}.partial`;
  const log = `${dir}.install.log`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  fs.writeFileSync(path.join(partial, 'package.json'), JSON.stringify({ name: 'code-server-host', private: true }));
  const env = {
    ...process.env,
    npm_config_dangerously_allow_all_scripts: 'true', // npm 11 here blocks dependency install scripts otherwise
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root otherwise
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  // Offline, node-gyp cannot download Node's headers: use the installed ones.
  if (!env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  say(`installing code-server@${codeServerVersion} into ${dir} (a few minutes; log: ${log})`);
  const out = fs.openSync(log, 'w');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', `code-server@${codeServerVersion}`], {
    cwd: partial,
    env,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const problem = result.status === 0 ? codeServerProblem(partial) : `npm install exited with ${result.status ?? result.signal}`;
  if (problem) fail(`installing code-server failed (${problem}). Last lines of ${log}:\n${tail(log)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
}

// --- main ----------------------------------------------------------------------------------------

installDebianPackages(missingDebianPackages());
seedRipgrepCache();
const dir = codeServerDir();
const problem = fs.existsSync(dir) ? codeServerProblem(dir) : 'not installed';
if (problem) {
  if (fs.existsSync(dir)) say(`code-server in ${dir} is incomplete (${problem}): installing it again`);
  installCodeServer(dir);
  say(`code-server ${codeServerVersion} ready in ${dir}`);
} else {
  say(`everything is in place (code-server ${codeServerVersion} in ${dir})`);
}
