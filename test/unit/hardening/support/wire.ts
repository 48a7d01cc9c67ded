/**
 * The shared wire builders (test/unit/builders/wire.ts) with numbered ids, so the
 * hardening matrices can build thousands of distinct goals, folders, key results
 * and people; everything else is the shared defaults.
 */
import * as wire from '../../builders/wire';
import type { WireObject } from '../../builders/wire';

export { TEAM_ID, wireList } from '../../builders/wire';
export type { WireObject } from '../../builders/wire';

let sequence = 0;

function next(): number {
  sequence += 1;
  return sequence;
}

export function wireUser(overrides: WireObject = {}): WireObject {
  const id = 500 + next();
  return wire.wireUser({ id, username: `Person ${id}`, email: `p${id}@example.com`, ...overrides });
}

export function wireAction(overrides: WireObject = {}): WireObject {
  return wire.wireLastAction({ id: `action-${next()}`, ...overrides });
}

export function wireKeyResult(overrides: WireObject = {}): WireObject {
  const id = `kr-${next()}`;
  return wire.wireKeyResult({ id, name: `Key result ${id}`, owners: [wireUser()], last_action: wireAction({ key_result_id: id }), ...overrides });
}

export function wireGoal(overrides: WireObject = {}): WireObject {
  const n = next();
  return wire.wireGoal({
    id: `goal-${n}`,
    pretty_id: String(n),
    name: `Goal ${n}`,
    editor_token: `editor-token-${n}-SECRET-f00dfeed`,
    owners: [wireUser()],
    key_result_count: 1,
    ...overrides,
  });
}

export function wireFolder(overrides: WireObject = {}): WireObject {
  const id = `folder-${next()}`;
  return wire.wireFolder({ id, name: `Folder ${id}`, goal_count: 0, goals: [], ...overrides });
}
