/**
 * A small real world for hardening matrices: its own emulator on 127.0.0.1
 * (seed 'empty'), two target goals with two key results each, and a goal store
 * over a real ClickUpClient, loaded with the list and both goals' key results.
 * A side client (the OAuth token, its own rate budget) sets things up and reads
 * the service's truth without going through the store.
 */
import { allGoals } from '../../../../src/core/domain/goalQuery';
import { ClickUpClient, type ClickUpClientOptions } from '../../../../src/core/clickup/client';
import { nodeFetch } from '../../../../src/core/clickup/nodeFetch';
import { SwitchableApi } from '../../../../src/core/clickup/switchableApi';
import type { CreateGoalInput, CreateKeyResultInput, Goal } from '../../../../src/core/domain/types';
import { createGoalStore } from '../../../../src/core/model/goalStore';
import type { GoalStore, StoreState } from '../../../../src/core/model/storeTypes';
import { startEmulator } from '../../../../src/emulator/server';
import type { RecordedRequest, RunningEmulator } from '../../../../src/emulator/types';
import { collectEditorTokens } from './checks';

export interface Target {
  goalId: string;
  keyResultIds: readonly [string, string];
}

export interface World {
  readonly emulator: RunningEmulator;
  readonly store: GoalStore;
  readonly side: ClickUpClient;
  readonly a: Target;
  readonly b: Target;
  /** Every line the store's client and the store logged. */
  readonly logLines: string[];
  /** The token the store's client sends; a test may switch it (as signing in anew does). */
  token: string;
  /** From now on the store talks through a client with this timeout (and these overrides). */
  useClient(overrides: Partial<ClickUpClientOptions>): void;
  /** Both tokens and every editor_token the service holds (read raw, as the wire carries them). */
  secrets(): Promise<string[]>;
  close(): Promise<void>;
}

/** Patient enough never to time out on a busy machine; faults that need a timeout swap in a short one. */
export const PATIENT_TIMEOUT_MS = 5000;

export function goalInput(name: string, overrides: Partial<CreateGoalInput> = {}): CreateGoalInput {
  return {
    name,
    dueDate: Date.now() + 30 * 86_400_000,
    description: `About ${name}`,
    multipleOwners: false,
    owners: [],
    color: '#7b68ee',
    ...overrides,
  };
}

export function keyResultInput(name: string, overrides: Partial<CreateKeyResultInput> = {}): CreateKeyResultInput {
  return { name, type: 'number', owners: [], stepsStart: 0, stepsEnd: 10, unit: '', taskIds: [], listIds: [], ...overrides };
}

async function makeTarget(side: ClickUpClient, teamId: string, name: string): Promise<Target> {
  const goal = await side.createGoal(teamId, goalInput(name));
  const first = await side.createKeyResult(goal.id, keyResultInput(`${name} KR 1`));
  const second = await side.createKeyResult(goal.id, keyResultInput(`${name} KR 2`));
  return { goalId: goal.id, keyResultIds: [first.id, second.id] };
}

export async function openWorld(): Promise<World> {
  const emulator = await startEmulator({ seed: 'empty', rateLimitPerMinute: 10_000 });
  const logLines: string[] = [];
  const log = (message: string): void => void logLines.push(message);
  const logger = { debug: log, info: log, warn: log, error: log };
  let token = emulator.token;
  const clientWith = (overrides: Partial<ClickUpClientOptions>): ClickUpClient =>
    new ClickUpClient({
      baseUrl: emulator.url,
      fetch: nodeFetch,
      token: () => token,
      timeoutMs: PATIENT_TIMEOUT_MS,
      retries: 1,
      retryDelayMs: 5,
      // A reset further away than this is reported, not waited for (ClickUp's is up to a minute away).
      maxRateLimitWaitMs: 50,
      logger,
      ...overrides,
    });
  const side = new ClickUpClient({ baseUrl: emulator.url, fetch: nodeFetch, token: () => emulator.oauthToken, timeoutMs: PATIENT_TIMEOUT_MS });
  const a = await makeTarget(side, emulator.teamId, 'Target A');
  const b = await makeTarget(side, emulator.teamId, 'Target B');
  const api = new SwitchableApi(clientWith({}));
  const store = createGoalStore(api, { logger: { info: log, warn: log } });
  store.setWorkspace(emulator.teamId);
  await store.refresh();
  await store.loadKeyResults(a.goalId);
  await store.loadKeyResults(b.goalId);
  if (store.state.error !== null) {
    throw store.state.error;
  }
  return {
    emulator,
    store,
    side,
    a,
    b,
    logLines,
    get token(): string {
      return token;
    },
    set token(value: string) {
      token = value;
    },
    useClient: (overrides) => {
      api.switchTo(clientWith(overrides));
    },
    secrets: async () => [emulator.token, emulator.oauthToken, ...(await editorTokens(emulator))],
    close: async () => {
      store.dispose();
      await emulator.close();
    },
  };
}

async function rawGet(emulator: RunningEmulator, path: string): Promise<unknown> {
  const response = await fetch(`${emulator.url}${path}`, { headers: { Authorization: `Bearer ${emulator.oauthToken}` } });
  return response.json();
}

/** The editor_token of every goal, collected from the raw list and each goal's raw details. */
export async function editorTokens(emulator: RunningEmulator): Promise<string[]> {
  const list = await rawGet(emulator, `/team/${emulator.teamId}/goal?include_completed=true`);
  const found = collectEditorTokens(list);
  const ids = JSON.stringify(list).match(/"id":"[0-9a-f-]{36}"/g) ?? [];
  for (const id of ids.map((match) => match.slice(6, -1))) {
    collectEditorTokens(await rawGet(emulator, `/goal/${id}`), found);
  }
  return [...found];
}

/** What a person sees of the store: goals with the fields views show, and their key results. */
export function shown(state: StoreState): unknown {
  const goals: Goal[] = allGoals(state);
  return goals
    .map((goal) => ({
      id: goal.id,
      name: goal.name,
      color: goal.color,
      dueDate: goal.dueDate,
      description: goal.description,
      percent: goal.percentCompleted,
      keyResultCount: goal.keyResultCount,
      keyResults: goal.keyResults?.map((kr) => ({ id: kr.id, name: kr.name, current: kr.stepsCurrent, end: kr.stepsEnd })) ?? null,
    }))
    .sort((x, y) => x.id.localeCompare(y.id));
}

/** Writes (anything but GET) the emulator received from index `from` on. */
export function writesSince(emulator: RunningEmulator, from: number): RecordedRequest[] {
  return emulator.requests.slice(from).filter((request) => request.method !== 'GET');
}
