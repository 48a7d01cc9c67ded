/**
 * The faults of the faults matrix: how each is armed for one operation, what the
 * failure must look like, how long the service may still be busy with the faulted
 * request, and how the fault is cleared.
 */
import { strict as assert } from 'node:assert';
import type { ClickUpError, ClickUpErrorReason } from '../../../../src/core/clickup/errors';
import type { FaultSpec } from '../../../../src/emulator/types';
import type { Operation } from './operations';
import type { World } from './world';

export interface Fault {
  name: string;
  arm(world: World, operation: Operation): Promise<void>;
  reason: ClickUpErrorReason;
  status?: number;
  ecode?: string;
  /** Further checks on the failure. */
  check?(failure: ClickUpError): void;
  /** Waits until the service is done with the faulted requests (a late answer may still apply a write). */
  settleMs?: number;
  /** Ends the fault; the default clears the emulator's faults. */
  clear?(world: World): void;
}

/** The client gives up after this; the slow fault answers after LATE_ANSWER_MS. */
const SHORT_TIMEOUT_MS = 100;
const LATE_ANSWER_MS = 250;

function injected(fault: Omit<FaultSpec, 'route'>): Fault['arm'] {
  return (world, operation) => {
    world.emulator.injectFault({ route: operation.route, ...fault });
    return Promise.resolve();
  };
}

function serverError(status: number): Fault {
  return { name: `HTTP ${status}`, arm: injected({ status }), reason: 'server', status };
}

export const FAULTS: readonly Fault[] = [
  {
    name: 'latency past the timeout',
    arm: (world, operation) => {
      world.useClient({ timeoutMs: SHORT_TIMEOUT_MS });
      return injected({ latencyMs: LATE_ANSWER_MS })(world, operation);
    },
    reason: 'timeout',
    check: (failure) => assert.match(failure.message, /did not answer within 0\.1 seconds/),
    settleMs: LATE_ANSWER_MS + 100,
    clear: (world) => {
      world.emulator.clearFaults();
      world.useClient({});
    },
  },
  {
    name: '429 with a reset time',
    arm: injected({ status: 429 }),
    reason: 'rateLimited',
    status: 429,
    check: (failure) => {
      assert.ok((failure.retryAt ?? 0) > Date.now(), 'says when the budget comes back');
      assert.match(failure.message, /try again in \d+ seconds?\.$/);
    },
  },
  serverError(500),
  serverError(502),
  serverError(503),
  { name: 'HTML error page', arm: injected({ html: true }), reason: 'server', status: 502 },
  { name: 'dropped connection', arm: injected({ drop: true }), reason: 'network' },
  { name: 'malformed JSON', arm: injected({ malformed: true }), reason: 'invalidResponse', status: 200 },
  { name: 'truncated JSON', arm: injected({ truncated: true }), reason: 'invalidResponse', status: 200 },
  {
    name: '401 OAUTH_018 for an object that no longer exists',
    arm: async (world, operation) => {
      if (operation.removeTarget) {
        // Really gone (deleted elsewhere): the service answers 401 OAUTH_018 by itself.
        await operation.removeTarget(world);
      } else {
        world.emulator.injectFault({ route: operation.route, status: 401, ecode: 'OAUTH_018' });
      }
    },
    reason: 'unauthorized',
    status: 401,
    ecode: 'OAUTH_018',
  },
  {
    name: 'revoked token',
    arm: (world) => {
      world.emulator.revokeToken(world.token);
      return Promise.resolve();
    },
    reason: 'unauthorized',
    status: 401,
    ecode: 'OAUTH_025',
    // Recovering means a new token (the person regenerates it and signs in again).
    clear: (world) => {
      world.token = world.emulator.oauthToken;
    },
  },
];
