import * as assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as os from 'os';
import { isProcessRunning, thisProcess } from '../../../src/core/pending/processLiveness';

describe('pending writes: is a window’s process still running', () => {
  it('says yes for this process, no for one that has exited, and cannot tell for another machine', async () => {
    assert.equal(isProcessRunning(thisProcess()), true);
    const child = spawn(process.execPath, ['-e', '']);
    const pid = child.pid ?? -1;
    await new Promise((resolve) => child.on('exit', resolve));
    assert.equal(isProcessRunning({ pid, host: os.hostname() }), false);
    assert.equal(isProcessRunning({ pid: process.pid, host: `${os.hostname()}-elsewhere` }), undefined);
  });
});
