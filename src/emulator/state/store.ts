/**
 * The emulator's state in memory, indexed for the routes. Routes mutate the
 * records in place and call the helpers here for anything touching two indexes.
 */
import type {
  EmulatorState,
  FolderRecord,
  GoalRecord,
  KeyResultRecord,
  TokenRecord,
  UserRecord,
  WorkspaceRecord,
} from './model';

export class Store {
  readonly users = new Map<number, UserRecord>();
  readonly workspaces = new Map<string, WorkspaceRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly folders = new Map<string, FolderRecord>();
  readonly goals = new Map<string, GoalRecord>();
  readonly keyResults = new Map<string, KeyResultRecord>();
  private readonly nextPrettyId: Record<string, number>;
  readonly primaryToken: string;
  readonly oauthToken: string;
  readonly primaryTeamId: string;

  constructor(state: EmulatorState) {
    for (const user of state.users) this.users.set(user.id, user);
    for (const workspace of state.workspaces) this.workspaces.set(workspace.id, workspace);
    for (const token of state.tokens) this.tokens.set(token.token, token);
    for (const folder of state.folders) this.folders.set(folder.id, folder);
    for (const goal of state.goals) this.goals.set(goal.id, goal);
    for (const keyResult of state.keyResults) this.keyResults.set(keyResult.id, keyResult);
    this.nextPrettyId = { ...state.nextPrettyId };
    this.primaryToken = state.primaryToken;
    this.oauthToken = state.oauthToken;
    this.primaryTeamId = state.primaryTeamId;
  }

  toState(): EmulatorState {
    return {
      version: 1,
      users: [...this.users.values()],
      workspaces: [...this.workspaces.values()],
      tokens: [...this.tokens.values()],
      folders: [...this.folders.values()],
      goals: [...this.goals.values()],
      keyResults: [...this.keyResults.values()],
      nextPrettyId: { ...this.nextPrettyId },
      primaryToken: this.primaryToken,
      oauthToken: this.oauthToken,
      primaryTeamId: this.primaryTeamId,
    };
  }

  mintPrettyId(teamId: string): string {
    const next = this.nextPrettyId[teamId] ?? 1;
    this.nextPrettyId[teamId] = next + 1;
    return String(next);
  }

  goalsOfTeam(teamId: string): GoalRecord[] {
    return [...this.goals.values()].filter((goal) => goal.teamId === teamId);
  }

  foldersOfTeam(teamId: string): FolderRecord[] {
    return [...this.folders.values()].filter((folder) => folder.teamId === teamId);
  }

  keyResultsOf(goal: GoalRecord): KeyResultRecord[] {
    const out: KeyResultRecord[] = [];
    for (const id of goal.keyResultIds) {
      const keyResult = this.keyResults.get(id);
      if (keyResult) out.push(keyResult);
    }
    return out;
  }

  usersById(ids: readonly number[]): UserRecord[] {
    const out: UserRecord[] = [];
    for (const id of ids) {
      const user = this.users.get(id);
      if (user) out.push(user);
    }
    return out;
  }

  addGoal(goal: GoalRecord): void {
    this.goals.set(goal.id, goal);
  }

  /** Deletes the goal and its key results, as the real service does. */
  deleteGoal(goal: GoalRecord): void {
    for (const id of goal.keyResultIds) this.keyResults.delete(id);
    this.goals.delete(goal.id);
  }

  addKeyResult(goal: GoalRecord, keyResult: KeyResultRecord): void {
    this.keyResults.set(keyResult.id, keyResult);
    goal.keyResultIds.push(keyResult.id);
  }

  deleteKeyResult(keyResult: KeyResultRecord): void {
    this.keyResults.delete(keyResult.id);
    const goal = this.goals.get(keyResult.goalId);
    if (goal) goal.keyResultIds = goal.keyResultIds.filter((id) => id !== keyResult.id);
  }
}
