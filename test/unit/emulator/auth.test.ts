import * as assert from 'node:assert/strict';
import type { RunningEmulator } from '../../../src/emulator/types';
import { call, start } from './http';
import type { WireUser, WireWorkspace } from './wire';

describe('emulator: authentication and access codes', () => {
  let emulator: RunningEmulator;

  beforeEach(async () => {
    emulator = await start({ workspaces: 2 });
  });
  afterEach(() => emulator.close());

  it('answers GET /user for a personal token sent as is', async () => {
    const reply = await call<{ user: WireUser }>(emulator, 'GET', '/user');
    assert.equal(reply.status, 200);
    assert.equal(reply.json.user.username, 'Maya Okafor');
    assert.match(emulator.token, new RegExp(`^pk_${reply.json.user.id}_[A-Z0-9]{32}$`));
  });

  it('accepts the OAuth token with a Bearer prefix', async () => {
    const reply = await call(emulator, 'GET', '/user', { auth: `Bearer ${emulator.oauthToken}` });
    assert.equal(reply.status, 200);
  });

  it('answers 401 OAUTH_017 without an Authorization header', async () => {
    const reply = await call(emulator, 'GET', '/user', { auth: null });
    assert.equal(reply.status, 401);
    assert.equal(reply.json.ECODE, 'OAUTH_017');
  });

  it('answers 401 OAUTH_019 for an unknown token', async () => {
    const reply = await call(emulator, 'GET', '/user', { auth: 'pk_1_NOTAREALTOKEN00000000000000000' });
    assert.equal(reply.status, 401);
    assert.equal(reply.json.ECODE, 'OAUTH_019');
  });

  it('refuses a personal token sent behind Bearer', async () => {
    const reply = await call(emulator, 'GET', '/user', { auth: `Bearer ${emulator.token}` });
    assert.equal(reply.status, 401);
    assert.match(reply.json.ECODE, /^OAUTH_/);
  });

  it('answers 401 for a revoked token', async () => {
    emulator.revokeToken(emulator.token);
    const reply = await call(emulator, 'GET', '/user');
    assert.equal(reply.status, 401);
    assert.equal(reply.json.ECODE, 'OAUTH_025');
  });

  it('lists every Workspace for the personal token, with string ids', async () => {
    const reply = await call<{ teams: WireWorkspace[] }>(emulator, 'GET', '/team');
    assert.deepEqual(reply.json.teams.map((team) => team.name), ['Northwind Labs', 'Northwind Labs — Sandbox']);
    assert.equal(typeof reply.json.teams[0].id, 'string');
    assert.equal(reply.json.teams[0].members.length, 6);
  });

  it('lists only the granted Workspace for the OAuth token', async () => {
    const reply = await call<{ teams: WireWorkspace[] }>(emulator, 'GET', '/team', { auth: `Bearer ${emulator.oauthToken}` });
    assert.deepEqual(reply.json.teams.map((team) => team.id), [emulator.teamId]);
  });

  it('answers 401 OAUTH_027 for a Workspace not granted to the token', async () => {
    const teams = await call<{ teams: WireWorkspace[] }>(emulator, 'GET', '/team');
    const sandbox = teams.json.teams[1].id;
    const reply = await call(emulator, 'GET', `/team/${sandbox}/goal`, { auth: `Bearer ${emulator.oauthToken}` });
    assert.equal(reply.status, 401);
    assert.equal(reply.json.ECODE, 'OAUTH_027');
  });

  it('answers 404 SHARD_031 for an unknown Workspace', async () => {
    const reply = await call(emulator, 'GET', '/team/9999999999/goal');
    assert.equal(reply.status, 404);
    assert.equal(reply.json.ECODE, 'SHARD_031');
  });

  it('answers 401 OAUTH_018 for a goal that does not exist, though the token is fine', async () => {
    const reply = await call(emulator, 'GET', '/goal/00000000-0000-4000-8000-000000000000');
    assert.deepEqual({ status: reply.status, body: reply.json }, { status: 401, body: { err: 'Oauth token not found', ECODE: 'OAUTH_018' } });
  });

  it('answers 401 OAUTH_018 for a key result that does not exist', async () => {
    const reply = await call(emulator, 'PUT', '/key_result/00000000-0000-4000-8000-000000000000', { body: { steps_current: 1 } });
    assert.equal(reply.status, 401);
    assert.equal(reply.json.ECODE, 'OAUTH_018');
  });

  it('answers 404 Route not found for paths outside the emulated API', async () => {
    const reply = await call(emulator, 'GET', '/task/abc');
    assert.equal(reply.status, 404);
    assert.equal(reply.json.err, 'Route not found');
  });
});
