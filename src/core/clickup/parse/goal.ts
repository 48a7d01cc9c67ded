/**
 * Wire goals -> Goal. `editor_token` and other unknown fields are dropped by
 * construction: only the fields named here are ever copied.
 */
import type { Goal } from '../../domain/types';
import { parseKeyResults } from './keyResult';
import {
  invalidShape,
  isObject,
  readArray,
  readBoolean,
  readDate,
  readNumber,
  readString,
  readStringOrNull,
} from './read';
import { parseUsers } from './user';

/** The service sends "\n" for an empty description. */
function readDescription(value: unknown): string {
  const text = readString(value);
  return text.trim() === '' ? '' : text;
}

function clampPercent(value: unknown): number {
  const percent = readNumber(value) ?? 0;
  return Math.min(100, Math.max(0, percent));
}

export interface GoalContext {
  /** Used when the goal itself does not say which Workspace it is in. */
  teamId?: string;
  /** Used for goals listed inside a folder that do not carry folder_id. */
  folderId?: string | null;
}

/** A goal, or null when the entry is not an object with an id. */
export function parseGoal(value: unknown, context: GoalContext = {}): Goal | null {
  if (!isObject(value)) {
    return null;
  }
  const id = readString(value.id);
  if (id === '') {
    return null;
  }
  const keyResults = Array.isArray(value.key_results) ? parseKeyResults(value.key_results, id) : null;
  return {
    id,
    prettyId: readString(value.pretty_id),
    name: readString(value.name),
    teamId: readString(value.team_id, context.teamId ?? ''),
    dateCreated: readDate(value.date_created),
    startDate: readDate(value.start_date),
    dueDate: readDate(value.due_date),
    description: readDescription(value.description),
    private: readBoolean(value.private),
    archived: readBoolean(value.archived),
    pinned: readBoolean(value.pinned),
    creator: readNumber(value.creator),
    color: readString(value.color),
    multipleOwners: readBoolean(value.multiple_owners),
    folderId: readStringOrNull(value.folder_id) ?? context.folderId ?? null,
    owners: parseUsers(value.owners),
    members: parseUsers(value.members),
    percentCompleted: clampPercent(value.percent_completed),
    keyResultCount: readNumber(value.key_result_count) ?? keyResults?.length ?? 0,
    keyResults,
    prettyUrl: readStringOrNull(value.pretty_url),
    dateUpdated: readDate(value.date_updated),
  };
}

export function parseGoals(value: unknown, context: GoalContext = {}): Goal[] {
  return readArray(value)
    .map((item) => parseGoal(item, context))
    .filter((goal): goal is Goal => goal !== null);
}

/** `{goal: {...}}` from GET, POST and PUT on goals. */
export function parseGoalResponse(body: unknown, context: GoalContext = {}): Goal {
  const goal = isObject(body) ? parseGoal(body.goal, context) : null;
  if (goal === null) {
    throw invalidShape('no goal with an id');
  }
  return goal;
}
