/** What every route handler receives and returns. */
import type { Caller } from '../access';
import type { Random } from '../ids/random';
import type { UserRecord } from '../state/model';

export interface RouteContext extends Caller {
  user: UserRecord;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  /** Milliseconds since the epoch, fixed for the request. */
  now: number;
  /** For ids minted by this request. */
  random: Random;
}

export interface RouteResult {
  status: number;
  body: unknown;
}

export type RouteHandler = (context: RouteContext) => RouteResult;

export function ok(body: unknown): RouteResult {
  return { status: 200, body };
}
