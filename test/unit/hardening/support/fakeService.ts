/**
 * A FetchLike that plays ClickUp from fixed payloads: the goal list from one
 * body, each goal's details from a map (a goal not in it answers 401 OAUTH_018,
 * as the service does for a missing object). No emulator, no network.
 */
import type { FetchLike, FetchResponse } from '../../../../src/core/clickup/fetchTypes';

function respond(status: number, body: unknown): FetchResponse {
  return {
    status,
    headers: { get: () => null },
    text: () => Promise.resolve(JSON.stringify(body)),
  };
}

export function fakeService(list: unknown, details: ReadonlyMap<string, unknown>): FetchLike {
  return (url) => {
    const path = new URL(url).pathname;
    if (/\/team\/[^/]+\/goal$/.test(path)) {
      return Promise.resolve(respond(200, list));
    }
    const goal = /\/goal\/([^/]+)$/.exec(path);
    const detail = goal === null ? undefined : details.get(decodeURIComponent(goal[1]));
    if (detail !== undefined) {
      return Promise.resolve(respond(200, detail));
    }
    return Promise.resolve(respond(401, { err: 'Oauth token not found', ECODE: 'OAUTH_018' }));
  };
}
