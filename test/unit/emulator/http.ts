// Talking to the emulator over real HTTP with Node's fetch, plus body builders,
// so each test says only what differs.
import { startEmulator } from '../../../src/emulator/server';
import type { EmulatorOptions, RunningEmulator } from '../../../src/emulator/types';
import type { WireError, WireGoal, WireGoalList } from './wire';

export interface Reply<T> {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body as the caller expects it; undefined when it is not JSON. */
  json: T;
}

export interface CallOptions {
  body?: unknown;
  /** Defaults to the emulator's personal token; null sends no Authorization header. */
  auth?: string | null;
  query?: Record<string, string>;
}

export async function call<T = WireError>(emulator: RunningEmulator, method: string, path: string, options: CallOptions = {}): Promise<Reply<T>> {
  const url = new URL(emulator.url + path);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? emulator.token : options.auth;
  if (auth !== null) headers.authorization = auth;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(5000),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json: json as T };
}

export function start(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, ...options });
}

export function goalBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Ship the API v3',
    due_date: Date.UTC(2027, 5, 30),
    description: 'All endpoints migrated.',
    multiple_owners: false,
    owners: [],
    color: '#32a852',
    ...overrides,
  };
}

export function keyResultBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Endpoints migrated',
    owners: [],
    type: 'number',
    steps_start: 0,
    steps_end: 40,
    unit: '',
    task_ids: [],
    list_ids: [],
    ...overrides,
  };
}

/** Every goal in a list answer, folders included. */
export function allListedGoals(list: WireGoalList): WireGoal[] {
  return [...list.goals, ...list.folders.flatMap((folder) => folder.goals)];
}

export async function listGoals(emulator: RunningEmulator, includeCompleted = true): Promise<WireGoal[]> {
  const reply = await call<WireGoalList>(emulator, 'GET', `/team/${emulator.teamId}/goal`, { query: { include_completed: String(includeCompleted) } });
  return allListedGoals(reply.json);
}

/** The first listed goal whose name contains `fragment`. */
export async function findGoal(emulator: RunningEmulator, fragment: string): Promise<WireGoal> {
  const goal = (await listGoals(emulator)).find((candidate) => candidate.name.includes(fragment));
  if (!goal) throw new Error(`no goal named like "${fragment}"`);
  return goal;
}

export async function goalDetail(emulator: RunningEmulator, goalId: string): Promise<WireGoal> {
  return (await call<{ goal: WireGoal }>(emulator, 'GET', `/goal/${goalId}`)).json.goal;
}
