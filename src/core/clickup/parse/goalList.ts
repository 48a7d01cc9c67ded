/** `{goals, folders}` from GET /team/{id}/goal -> GoalList. Top-level goals are those in no folder. */
import type { GoalFolder, GoalList } from '../../domain/types';
import { parseGoals } from './goal';
import { invalidShape, isObject, readBoolean, readDate, readNumber, readString, uniqueById } from './read';

function parseFolder(value: unknown, teamId: string): GoalFolder | null {
  if (!isObject(value)) {
    return null;
  }
  const id = readString(value.id);
  if (id === '') {
    return null;
  }
  const folderTeamId = readString(value.team_id, teamId);
  const goals = parseGoals(value.goals, { teamId: folderTeamId, folderId: id });
  return {
    id,
    name: readString(value.name),
    teamId: folderTeamId,
    private: readBoolean(value.private),
    creator: readNumber(value.creator),
    dateCreated: readDate(value.date_created),
    goalCount: readNumber(value.goal_count) ?? goals.length,
    goals,
  };
}

export function parseGoalList(body: unknown, teamId: string): GoalList {
  if (!isObject(body) || !Array.isArray(body.goals)) {
    throw invalidShape('goals is not an array');
  }
  // A missing folders list is an empty one; a folders value of another kind means we misread the body.
  const folders = body.folders ?? [];
  if (!Array.isArray(folders)) {
    throw invalidShape('folders is not an array');
  }
  // A goal listed twice is shown once: in its first folder, else at the top level (which means "in no folder").
  const seenGoals = new Set<string>();
  const parsedFolders = folders
    .map((folder) => parseFolder(folder, teamId))
    .filter((folder): folder is GoalFolder => folder !== null);
  const uniqueFolders = uniqueById(parsedFolders).map((folder) => ({ ...folder, goals: uniqueById(folder.goals, seenGoals) }));
  return {
    goals: uniqueById(parseGoals(body.goals, { teamId, folderId: null }), seenGoals),
    folders: uniqueFolders,
  };
}
