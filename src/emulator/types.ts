/**
 * The emulator's control surface, shared by its command line, the tests, the
 * benchmark and the demo. The emulator is a local stand-in for ClickUp's API v2
 * (Goals routes plus /user and /team) that follows docs/clickup-api-facts.md.
 */

/** Routes, named after the client's operations. */
export type RouteName =
  | 'getAuthorizedUser'
  | 'getAuthorizedWorkspaces'
  | 'getGoals'
  | 'getGoal'
  | 'createGoal'
  | 'updateGoal'
  | 'deleteGoal'
  | 'createKeyResult'
  | 'editKeyResult'
  | 'deleteKeyResult';

/** A fault a test switches on for a route ('*' for all). */
export interface FaultSpec {
  route: RouteName | '*';
  /** Added delay before answering (applies together with any other fault). */
  latencyMs?: number;
  /** Answer with this status and a ClickUp error body `{err, ECODE}`. */
  status?: number;
  ecode?: string;
  /** Answer with an HTML error page (status defaults to 502). */
  html?: boolean;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /** Answer 200 with a body that is not JSON. */
  malformed?: boolean;
  /** Answer 200 with the real JSON cut in half. */
  truncated?: boolean;
  /** How many requests it affects before clearing itself; forever when absent. */
  times?: number;
}

/** A request as the emulator received it; the Authorization header is never recorded. */
export interface RecordedRequest {
  route: RouteName | 'unknown';
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** True when the request carried a valid token. */
  authorized: boolean;
  at: number;
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. Always bound to 127.0.0.1. */
  port?: number;
  /** Keep state in this JSON file across restarts. */
  dataFile?: string;
  /** 'sample' (default): realistic demo data. 'empty': one user, one empty Workspace. */
  seed?: 'sample' | 'empty';
  /** Requests per token per minute before 429 (default 100, as on ClickUp's Free plan). */
  rateLimitPerMinute?: number;
  /** Length of the rate-limit window in ms (default 60,000 as on ClickUp; benchmarks shorten it). */
  rateLimitWindowMs?: number;
  /** How many Workspaces the primary token can see (default 1). */
  workspaces?: number;
  /** Generated goals added to the primary Workspace (for benchmarks), each with `keyResultsPerGoal`. */
  extraGoals?: number;
  keyResultsPerGoal?: number;
  /** With seed 'empty': one folder ("Large folder") holds every third generated goal. */
  largeFolder?: boolean;
  /** Delay added to every API request, in ms (the --latency option; faults add to it). */
  latencyMs?: number;
  /** Receives one line per request (method, path, status, time); never the token. Silent when absent. */
  log?: (line: string) => void;
}

export interface RunningEmulator {
  /** Base URL of the API, e.g. http://127.0.0.1:41234/api/v2 */
  readonly url: string;
  readonly port: number;
  /** A valid personal token (pk_<userId>_<32 alphanumerics>) for the primary user. */
  readonly token: string;
  /** A valid OAuth access token for the same user, sent as `Bearer <token>`; granted the primary Workspace only. */
  readonly oauthToken: string;
  /** The primary Workspace id (a numeric string). */
  readonly teamId: string;
  /** Every request received since start or the last clearRequests(). */
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  injectFault(fault: FaultSpec): void;
  clearFaults(): void;
  /** Revokes a token (as regenerating it in ClickUp does); later requests with it get 401. */
  revokeToken(token: string): void;
  setRateLimit(perMinute: number): void;
  /** Forgets the per-minute counters (a new minute). */
  resetRateLimit(): void;
  /** Another client with the same token (the primary one unless given) sends `count` requests now. */
  spendRateLimit(count: number, token?: string): void;
  close(): Promise<void>;
}
