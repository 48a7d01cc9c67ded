/**
 * The small slice of fetch, logging and timing the client depends on, so tests
 * and the VS Code layer can inject their own (node-fetch v2, ./nodeFetch.ts, in the extension).
 */

export interface HeaderReader {
  get(name: string): string | null;
}

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Never follow redirects: they could carry the Authorization header somewhere else. */
  redirect: 'manual';
}

export interface FetchResponse {
  readonly status: number;
  readonly headers: HeaderReader;
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** Where the token comes from (SecretStorage in the extension); read before every request. */
export type TokenProvider = () => Promise<string | undefined> | string | undefined;

/** Must never be handed the token or a goal's editor_token. */
export interface ClientLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Resolves after `ms`; rejects when `signal` aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export type Clock = () => number;
