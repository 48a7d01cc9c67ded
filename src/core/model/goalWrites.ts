/**
 * Goal writes. An update shows at once (optimistic) and is rolled back if the
 * service refuses it; creating and deleting change the tree once the service
 * confirms. The store never retries a write: the caller decides.
 */
import { ClickUpError } from '../clickup/errors';
import { buildGoalUpdate } from '../domain/goalUpdate';
import type { GoalChanges } from '../domain/goalUpdate';
import type { CreateGoalInput, Goal } from '../domain/types';
import { insertGoal, removeGoal } from './goalCollection';
import { asClickUpError } from './storeErrors';
import type { StoreCore } from './storeCore';

export async function createGoal(core: StoreCore, input: CreateGoalInput): Promise<Goal> {
  const teamId = core.state.teamId;
  if (teamId === null) {
    throw new ClickUpError('No Workspace is selected.', { reason: 'badRequest', operation: 'createGoal' });
  }
  const generation = core.generation;
  let created: Goal;
  try {
    created = await core.api.createGoal(teamId, input, { priority: 'user' });
  } catch (error) {
    throw asClickUpError(error, 'createGoal');
  }
  if (core.generation !== generation) {
    return created;
  }
  core.markWritten(created.id);
  core.base = insertGoal(core.base, { ...created, keyResults: null });
  if (created.keyResultCount === 0) {
    core.entries.set(created.id, { list: [], stale: false });
  }
  core.render();
  // A new node changes its parent's children; 'all' lets every view place it.
  core.emit({ kind: 'all' });
  core.persistSoon();
  return core.shownGoal(created.id) ?? created;
}

export async function updateGoal(core: StoreCore, goalId: string, changes: GoalChanges): Promise<Goal> {
  const current = core.shownGoal(goalId);
  if (!current) {
    throw new ClickUpError(`Goal ${goalId} is not loaded; refresh and try again.`, {
      reason: 'notFound',
      operation: 'updateGoal',
    });
  }
  // Built from what the user sees (pending updates included), so every field carries its current value.
  const input = buildGoalUpdate(current, changes);
  const generation = core.generation;
  const seq = core.nextSeq();
  core.pending.addUpdate(goalId, { seq, input });
  core.renderGoal(goalId);
  core.emit({ kind: 'goal', goalId });
  let updated: Goal;
  try {
    updated = await core.api.updateGoal(goalId, input, { priority: 'user' });
  } catch (error) {
    if (core.generation === generation) {
      core.pending.removeUpdate(goalId, seq);
      core.renderGoal(goalId);
      core.emit({ kind: 'goal', goalId });
    }
    throw asClickUpError(error, 'updateGoal');
  }
  if (core.generation !== generation) {
    return updated;
  }
  core.pending.removeUpdate(goalId, seq);
  core.markWritten(goalId);
  const before = core.locate(goalId)?.goal;
  // Editing a goal's fields leaves its key results alone: keep the count and percent we know.
  core.replaceBaseGoal(
    before ? { ...updated, keyResultCount: before.keyResultCount, percentCompleted: before.percentCompleted } : updated,
  );
  core.renderGoal(goalId);
  core.emit({ kind: 'goal', goalId });
  core.persistSoon();
  return core.shownGoal(goalId) ?? updated;
}

export async function deleteGoal(core: StoreCore, goalId: string): Promise<void> {
  const generation = core.generation;
  try {
    await core.api.deleteGoal(goalId, { priority: 'user' });
  } catch (error) {
    throw asClickUpError(error, 'deleteGoal');
  }
  if (core.generation !== generation) {
    return;
  }
  const location = core.locate(goalId);
  core.markWritten(goalId);
  core.forgetGoal(goalId);
  if (!location) {
    return;
  }
  core.base = removeGoal(core.base, goalId);
  core.render();
  core.emit({ kind: 'goalRemoved', goalId, folderId: location.folderId });
  core.persistSoon();
}
