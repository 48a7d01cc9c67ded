/**
 * Builders for domain objects in tests: a plausible default for every field,
 * overridden only where a test cares. Shared by every unit-test area.
 */
import type { Goal, GoalFolder, KeyResult, ProgressAction, User, Workspace } from '../../../src/core/domain/types';

let sequence = 0;
function nextId(): number {
  sequence += 1;
  return sequence;
}

/** A fixed instant (local noon, 10 Mar 2027) so tests never depend on the clock. */
export const FIXED_NOW = new Date(2027, 2, 10, 12, 0, 0, 0).getTime();

/** Local noon of a day, built with the same Date API the code uses (TZ-independent tests). */
export function localNoon(year: number, month1: number, day: number): number {
  return new Date(year, month1 - 1, day, 12, 0, 0, 0).getTime();
}

/** End of a local day (23:59:59.999): what due-date parsing returns. */
export function localEndOfDay(year: number, month1: number, day: number): number {
  return new Date(year, month1 - 1, day, 23, 59, 59, 999).getTime();
}

export function aUser(overrides: Partial<User> = {}): User {
  const id = overrides.id ?? 1000 + nextId();
  return {
    id,
    username: `User ${id}`,
    email: `user${id}@example.com`,
    color: '#7b68ee',
    initials: 'U',
    profilePicture: null,
    ...overrides,
  };
}

export function aWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  const id = overrides.id ?? String(9000 + nextId());
  return { id, name: `Workspace ${id}`, color: '#4194f6', members: [aUser()], ...overrides };
}

export function aProgressAction(overrides: Partial<ProgressAction> = {}): ProgressAction {
  return {
    id: `action-${nextId()}`,
    userId: 1001,
    note: '',
    dateModified: FIXED_NOW,
    stepsBefore: 0,
    stepsTaken: 0,
    stepsCurrent: 0,
    ...overrides,
  };
}

/** A number key result from 0 to 100 at 0, unless overridden. */
export function aKeyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  const type = overrides.type ?? 'number';
  return {
    id: `kr-${nextId()}`,
    goalId: 'goal-1',
    name: 'Key result',
    type,
    rawType: type,
    creator: 1001,
    dateCreated: FIXED_NOW,
    stepsStart: 0,
    stepsEnd: 100,
    stepsCurrent: 0,
    unit: '',
    reportedPercent: null,
    completed: false,
    taskIds: [],
    listIds: [],
    owners: [],
    lastAction: null,
    ...overrides,
  };
}

/** An unarchived goal due 31 Mar 2027 (local), created 1 Jan 2027, at 0%, key results not loaded. */
export function aGoal(overrides: Partial<Goal> = {}): Goal {
  const id = overrides.id ?? `goal-${nextId()}`;
  return {
    id,
    prettyId: String(nextId()),
    name: `Goal ${id}`,
    teamId: '9001',
    dateCreated: localNoon(2027, 1, 1),
    startDate: null,
    dueDate: localEndOfDay(2027, 3, 31),
    description: '',
    private: false,
    archived: false,
    pinned: false,
    creator: 1001,
    color: '#7b68ee',
    multipleOwners: false,
    folderId: null,
    owners: [],
    members: [],
    percentCompleted: 0,
    keyResultCount: overrides.keyResults?.length ?? 0,
    keyResults: null,
    prettyUrl: null,
    dateUpdated: null,
    ...overrides,
  };
}

export function aGoalFolder(overrides: Partial<GoalFolder> = {}): GoalFolder {
  const goals = overrides.goals ?? [];
  return {
    id: `folder-${nextId()}`,
    name: 'Folder',
    teamId: '9001',
    private: false,
    creator: 1001,
    dateCreated: FIXED_NOW,
    goalCount: goals.length,
    goals,
    ...overrides,
  };
}
