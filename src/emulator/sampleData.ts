/**
 * The emulator's starting state. 'sample' is the Northwind Labs demo
 * Workspace (plus more Workspaces on request and generated goals for
 * benchmarks); 'empty' is one user with empty Workspaces. Deterministic for a
 * given seed; dates are relative to `now`.
 */
import { createRandom, oauthToken, personalToken, type Random } from './ids/random';
import { generateGoals } from './generatedGoals';
import { DAY_MS, StateBuilder } from './state/builder';
import type { EmulatorState, UserRecord, WorkspaceRecord } from './state/model';
import { sampleGoals, sandboxGoals } from './sampleGoals';

export interface InitialStateOptions {
  seed: 'sample' | 'empty';
  workspaces: number;
  extraGoals: number;
  keyResultsPerGoal: number;
  /** With the 'empty' seed: every third generated goal in one folder (the rest at the top level). */
  largeFolder?: boolean;
}

/** The folder `largeFolder` fills, named so a benchmark can find its row. */
export const LARGE_FOLDER_NAME = 'Large folder';

const PEOPLE: ReadonlyArray<Omit<UserRecord, 'id' | 'profilePicture'>> = [
  { username: 'Maya Okafor', email: 'maya.okafor@northwind-labs.example', color: '#7b68ee', initials: 'MO', timezone: 'Europe/Berlin' },
  { username: 'Jonas Lindqvist', email: 'jonas.lindqvist@northwind-labs.example', color: '#0ab1a8', initials: 'JL', timezone: 'Europe/Stockholm' },
  { username: 'Priya Raman', email: 'priya.raman@northwind-labs.example', color: '#e5484d', initials: 'PR', timezone: 'Asia/Kolkata' },
  { username: 'Diego Alvarez', email: 'diego.alvarez@northwind-labs.example', color: '#f76808', initials: 'DA', timezone: 'America/Mexico_City' },
  { username: 'Hannah Becker', email: 'hannah.becker@northwind-labs.example', color: '#30a46c', initials: 'HB', timezone: 'Europe/Berlin' },
  { username: 'Kenji Watanabe', email: 'kenji.watanabe@northwind-labs.example', color: '#3e63dd', initials: 'KW', timezone: 'Asia/Tokyo' },
];

const WORKSPACE_SUFFIXES = ['Sandbox', 'EMEA', 'Partners', 'Labs Archive'];
const WORKSPACE_COLORS = ['#7b68ee', '#0ab1a8', '#f76808', '#e5484d', '#30a46c'];

export function createInitialState(options: InitialStateOptions, now: number): EmulatorState {
  const random = createRandom(`clickup-goals-emulator:${options.seed}`);
  const state: EmulatorState = {
    version: 1, users: [], workspaces: [], tokens: [], folders: [], goals: [], keyResults: [],
    nextPrettyId: {}, primaryToken: '', oauthToken: '', primaryTeamId: '',
  };
  const peopleCount = options.seed === 'sample' ? PEOPLE.length : 1;
  state.users = PEOPLE.slice(0, peopleCount).map((person) => ({ ...person, id: random.int(81_000_000, 89_999_999), profilePicture: null }));
  const memberIds = state.users.map((user) => user.id);
  const workspaceCount = Math.max(1, Math.floor(options.workspaces));
  for (let index = 0; index < workspaceCount; index++) {
    state.workspaces.push(makeWorkspace(random, index, index === 0 ? memberIds : memberIds.slice(0, 2)));
  }
  const primary = state.workspaces[0];
  const me = state.users[0].id;
  state.primaryTeamId = primary.id;
  state.primaryToken = personalToken(random, me);
  state.oauthToken = oauthToken(random, me);
  state.tokens.push(
    { token: state.primaryToken, userId: me, kind: 'personal', teamIds: state.workspaces.map((workspace) => workspace.id), revoked: false },
    // The OAuth token is granted only the primary Workspace, as an OAuth app usually is.
    { token: state.oauthToken, userId: me, kind: 'oauth', teamIds: [primary.id], revoked: false },
  );
  const builder = new StateBuilder(state, random, now);
  if (options.seed === 'sample') {
    const company = builder.addFolder(primary.id, `Company OKRs ${quarterLabel(now)}`, me, 60);
    const engineering = builder.addFolder(primary.id, 'Engineering', memberIds[1], 120);
    const success = builder.addFolder(primary.id, 'Customer Success', memberIds[4], 100);
    const folders = { company: company.id, engineering: engineering.id, success: success.id };
    for (const spec of sampleGoals(folders, daysToQuarterEnd(now))) builder.addGoal(primary.id, primary.memberIds, spec);
    for (const workspace of state.workspaces.slice(1)) {
      for (const spec of sandboxGoals()) builder.addGoal(workspace.id, workspace.memberIds, spec);
    }
    generateGoals(builder, primary, [company.id, engineering.id, success.id, null], options.extraGoals, options.keyResultsPerGoal);
  } else {
    const folders = options.largeFolder ? [builder.addFolder(primary.id, LARGE_FOLDER_NAME, me, 30).id, null, null] : [null];
    generateGoals(builder, primary, folders, options.extraGoals, options.keyResultsPerGoal);
  }
  return state;
}

function makeWorkspace(random: Random, index: number, memberIds: number[]): WorkspaceRecord {
  const suffix = index === 0 ? '' : ` — ${WORKSPACE_SUFFIXES[index - 1] ?? `Workspace ${index + 1}`}`;
  return {
    id: `9015${String(random.int(100_000, 999_999))}`,
    name: `Northwind Labs${suffix}`,
    color: WORKSPACE_COLORS[index % WORKSPACE_COLORS.length],
    avatar: null,
    memberIds,
  };
}

function quarterLabel(now: number): string {
  const date = new Date(now);
  return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
}

function daysToQuarterEnd(now: number): number {
  const date = new Date(now);
  const endMonth = Math.floor(date.getUTCMonth() / 3) * 3 + 3;
  const end = Date.UTC(date.getUTCFullYear(), endMonth, 0);
  return Math.max(1, Math.round((end - now) / DAY_MS));
}
