/**
 * Builds state from short specs (used by the sample data and the generated
 * benchmark goals): mints ids from the seeded generator and wires the indexes.
 */
import { taskId, type Random } from '../ids/random';
import type { ActionRecord, EmulatorState, FolderRecord, GoalRecord, KeyResultRecord, KeyResultTypeName } from './model';

export const DAY_MS = 86_400_000;

export interface KeyResultSpec {
  name: string;
  type: KeyResultTypeName;
  start: number;
  end: number;
  current: number;
  unit?: string;
  /** Indexes into the Workspace's members. */
  owners: number[];
  /** Latest progress note; absent means the key result was never updated. */
  note?: string;
  updatedDaysAgo?: number;
  /** Who made the latest update (member index, default the first owner). */
  updatedBy?: number;
  listIds?: string[];
}

export interface GoalSpec {
  name: string;
  folderId: string | null;
  description: string;
  color: string;
  owners: number[];
  createdDaysAgo: number;
  startInDays: number | null;
  dueInDays: number;
  private?: boolean;
  archived?: boolean;
  pinned?: boolean;
  /** Member indexes with access beyond the owners. */
  members?: number[];
  keyResults: KeyResultSpec[];
}

export class StateBuilder {
  constructor(
    readonly state: EmulatorState,
    readonly random: Random,
    readonly now: number,
  ) {}

  addFolder(teamId: string, name: string, creator: number, createdDaysAgo: number): FolderRecord {
    const folder: FolderRecord = { id: this.random.uuid(), name, teamId, private: false, creator, dateCreated: this.daysAgo(createdDaysAgo) };
    this.state.folders.push(folder);
    return folder;
  }

  addGoal(teamId: string, memberIds: readonly number[], spec: GoalSpec): GoalRecord {
    const created = this.daysAgo(spec.createdDaysAgo);
    const ownerIds = spec.owners.map((index) => memberIds[index]);
    const next = this.state.nextPrettyId[teamId] ?? 1;
    this.state.nextPrettyId[teamId] = next + 1;
    const goal: GoalRecord = {
      id: this.random.uuid(),
      prettyId: String(next),
      name: spec.name,
      teamId,
      creator: ownerIds[0] ?? memberIds[0],
      color: spec.color,
      dateCreated: created,
      dateUpdated: created,
      lastUpdate: created,
      startDate: spec.startInDays === null ? null : this.startOfDay(this.now + spec.startInDays * DAY_MS),
      dueDate: this.startOfDay(this.now + spec.dueInDays * DAY_MS),
      description: spec.description === '' ? '\n' : spec.description,
      private: spec.private ?? false,
      archived: spec.archived ?? false,
      pinned: spec.pinned ?? false,
      multipleOwners: ownerIds.length > 1,
      folderId: spec.folderId,
      ownerIds,
      memberIds: (spec.members ?? []).map((index) => memberIds[index]),
      editorToken: this.random.alphanumeric(40).toLowerCase(),
      keyResultIds: [],
      history: [{ id: this.random.uuid(), userId: ownerIds[0] ?? memberIds[0], date: created, action: 'goal_created', keyResultId: null, note: 'Created Goal' }],
    };
    this.state.goals.push(goal);
    for (const keyResultSpec of spec.keyResults) this.addKeyResult(goal, memberIds, keyResultSpec);
    return goal;
  }

  addKeyResult(goal: GoalRecord, memberIds: readonly number[], spec: KeyResultSpec): KeyResultRecord {
    const id = this.random.uuid();
    const ownerIds = spec.owners.map((index) => memberIds[index]);
    const author = spec.updatedBy === undefined ? ownerIds[0] ?? goal.creator : memberIds[spec.updatedBy];
    const created = goal.dateCreated + DAY_MS;
    const taskIds = spec.type === 'automatic' ? Array.from({ length: spec.end }, () => taskId(this.random)) : [];
    const lastAction: ActionRecord =
      spec.note === undefined
        ? { id: this.random.uuid(), keyResultId: id, userId: goal.creator, kind: 'created', note: 'Created Key Result', dateModified: created, stepsBefore: spec.start, stepsCurrent: spec.start }
        : {
            id: this.random.uuid(),
            keyResultId: id,
            userId: author,
            kind: 'progress',
            note: spec.note,
            dateModified: Math.max(created, this.now - (spec.updatedDaysAgo ?? 1) * DAY_MS - this.random.int(0, 8) * 3_600_000),
            stepsBefore: previousStep(spec),
            stepsCurrent: spec.current,
          };
    const keyResult: KeyResultRecord = {
      id,
      goalId: goal.id,
      name: spec.name,
      type: spec.type,
      creator: goal.creator,
      dateCreated: created,
      stepsStart: spec.start,
      stepsEnd: spec.end,
      stepsCurrent: spec.current,
      unit: spec.type === 'currency' ? spec.unit ?? '' : '',
      taskIds,
      listIds: spec.listIds ?? [],
      ownerIds,
      lastAction,
    };
    this.state.keyResults.push(keyResult);
    goal.keyResultIds.push(id);
    goal.dateUpdated = Math.max(goal.dateUpdated, lastAction.dateModified);
    goal.lastUpdate = goal.dateUpdated;
    return keyResult;
  }

  daysAgo(days: number): number {
    return this.now - days * DAY_MS;
  }

  private startOfDay(ms: number): number {
    return ms - (ms % DAY_MS);
  }
}

/** A plausible value before the latest update: part of the way back towards the start. */
function previousStep(spec: KeyResultSpec): number {
  if (spec.type === 'boolean') return spec.current === 1 ? 0 : spec.current;
  const back = (spec.current - spec.start) * 0.2;
  const value = spec.current - back;
  return Number.isInteger(spec.current) && Number.isInteger(spec.start) ? Math.round(value) : Math.round(value * 100) / 100;
}
