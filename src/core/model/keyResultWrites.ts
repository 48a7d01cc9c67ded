/**
 * Key-result writes. An edit shows at once (optimistic), with the goal's percent
 * recomputed, and is rolled back if the service refuses it. Writes to one key
 * result are sent one after another in the order made, so the last value the user
 * chose is the one that stays. Nothing is retried here.
 */
import type { CreateKeyResultInput, EditKeyResultInput, KeyResult } from '../domain/types';
import { asClickUpError } from './storeErrors';
import type { StoreCore } from './storeCore';

function shownKeyResult(core: StoreCore, goalId: string, keyResultId: string): KeyResult | undefined {
  return core.shownGoal(goalId)?.keyResults?.find((keyResult) => keyResult.id === keyResultId);
}

export async function createKeyResult(core: StoreCore, goalId: string, input: CreateKeyResultInput): Promise<KeyResult> {
  const generation = core.generation;
  let created: KeyResult;
  try {
    created = await core.api.createKeyResult(goalId, input, { priority: 'user' });
  } catch (error) {
    throw asClickUpError(error, 'createKeyResult');
  }
  if (core.generation !== generation) {
    return created;
  }
  created = { ...created, goalId };
  const goal = core.locate(goalId)?.goal;
  const entry = core.entries.get(goalId);
  core.markWritten(goalId);
  if (entry) {
    core.setKeyResults(goalId, [...entry.list, created]);
  } else if (goal?.keyResultCount === 0) {
    // It was empty, so the new one is the whole list: no fetch needed to show it.
    core.setKeyResults(goalId, [created]);
  } else if (goal) {
    core.replaceBaseGoal({ ...goal, keyResultCount: goal.keyResultCount + 1 });
  }
  core.renderGoal(goalId);
  core.emit({ kind: 'goal', goalId });
  core.persistSoon();
  return shownKeyResult(core, goalId, created.id) ?? created;
}

export function editKeyResult(core: StoreCore, keyResultId: string, input: EditKeyResultInput): Promise<KeyResult> {
  const goalId = core.goalIdOfKeyResult(keyResultId);
  if (goalId === undefined) {
    // Not loaded, so nothing to show optimistically; still keep the per-key-result order.
    return core.chain.run(keyResultId, () => core.api.editKeyResult(keyResultId, input, { priority: 'user' })).catch(
      (error: unknown) => {
        throw asClickUpError(error, 'editKeyResult');
      },
    );
  }
  const generation = core.generation;
  const seq = core.nextSeq();
  core.pending.addEdit(goalId, keyResultId, { seq, input });
  core.renderGoal(goalId);
  core.emit({ kind: 'goal', goalId });
  const send = async (): Promise<KeyResult> => {
    let edited: KeyResult;
    try {
      edited = await core.api.editKeyResult(keyResultId, input, { priority: 'user' });
    } catch (error) {
      if (core.generation === generation) {
        core.pending.removeEdit(goalId, keyResultId, seq);
        core.renderGoal(goalId);
        core.emit({ kind: 'goal', goalId });
      }
      throw asClickUpError(error, 'editKeyResult');
    }
    if (core.generation !== generation) {
      return edited;
    }
    core.pending.removeEdit(goalId, keyResultId, seq);
    core.markWritten(goalId);
    const entry = core.entries.get(goalId);
    if (entry) {
      const confirmed = { ...edited, goalId };
      core.setKeyResults(
        goalId,
        entry.list.map((keyResult) => (keyResult.id === keyResultId ? confirmed : keyResult)),
      );
    }
    core.renderGoal(goalId);
    core.emit({ kind: 'goal', goalId });
    core.persistSoon();
    return shownKeyResult(core, goalId, keyResultId) ?? edited;
  };
  return core.chain.run(keyResultId, send);
}

export function deleteKeyResult(core: StoreCore, keyResultId: string): Promise<void> {
  const generation = core.generation;
  const remove = async (): Promise<void> => {
    try {
      await core.api.deleteKeyResult(keyResultId, { priority: 'user' });
    } catch (error) {
      throw asClickUpError(error, 'deleteKeyResult');
    }
    // Looked up after the call: edits queued before the delete may have changed the entry.
    const goalId = core.goalIdOfKeyResult(keyResultId);
    if (core.generation !== generation || goalId === undefined) {
      return;
    }
    core.markWritten(goalId);
    core.pending.removeEdit(goalId, keyResultId);
    const entry = core.entries.get(goalId);
    core.setKeyResults(goalId, (entry?.list ?? []).filter((keyResult) => keyResult.id !== keyResultId));
    core.renderGoal(goalId);
    core.emit({ kind: 'goal', goalId });
    core.persistSoon();
  };
  // Queued behind edits to the same key result so they are not sent to a deleted one.
  return core.chain.run(keyResultId, remove);
}
