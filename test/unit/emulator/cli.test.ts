import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Compiled by `npm run compile-tests` next to this test (out/src/emulator/cli.js).
const CLI = resolve(__dirname, '../../../src/emulator/cli.js');

interface Started {
  child: ChildProcess;
  ready: { url: string; token: string; teamId: string };
  stdout: () => string;
  stderr: () => string;
}

function run(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${stderr}`)), 5000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) {
        clearTimeout(timer);
        resolvePromise({ child, ready: JSON.parse(stdout.split('\n')[0]) as Started['ready'], stdout: () => stdout, stderr: () => stderr });
      }
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolvePromise) => {
    child.once('exit', (code) => resolvePromise(code));
    child.kill('SIGTERM');
  });
}

describe('emulator: command line', () => {
  let folder: string;
  let started: Started;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'emulator-cli-'));
    started = await run(['--port', '0', '--seed', 'empty', '--data', join(folder, 'state.json')]);
  });
  after(() => {
    if (started.child.exitCode === null) started.child.kill('SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints one JSON line with url, token and teamId when ready', () => {
    assert.deepEqual(Object.keys(started.ready).sort(), ['teamId', 'token', 'url']);
    assert.match(started.ready.url, /^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
  });

  it('serves the API with the printed token', async () => {
    const response = await fetch(`${started.ready.url}/user`, { headers: { authorization: started.ready.token } });
    assert.equal(response.status, 200);
  });

  it('logs requests on stderr without the token, and nothing more on stdout', async () => {
    await fetch(`${started.ready.url}/team`, { headers: { authorization: started.ready.token } });
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 50));
    assert.match(started.stderr(), /GET \/team 200/);
    assert.ok(!started.stderr().includes(started.ready.token));
    assert.equal(started.stdout().trim().split('\n').length, 1);
  });

  it('exits cleanly on SIGTERM', async () => {
    assert.equal(await stop(started.child), 0);
  });

  it('refuses an unknown option with a message', async () => {
    await assert.rejects(run(['--colour', 'blue']), /unknown option --colour/);
  });
});
