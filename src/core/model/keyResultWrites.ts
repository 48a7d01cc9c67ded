/**
 * Key-result writes. An edit shows at once (optimistic), with the goal's percent
 * recomputed, and is rolled back if the service refuses it. Writes to one key
 * result are sent one after another in the order made, so the last value the user
 * chose is the one that stays; a progress edit without a note that is still waiting
 * when a newer progress edit comes is not sent at all (only the last value can
 * matter). Nothing is retried here.
 */
import { asClickUpError } from '../clickup/errors';
import type { CreateKeyResultInput, EditKeyResultInput, KeyResult } from '../domain/types';
import type { StoreContext } from './goalData';
import { MergingChain, type ChainTaskOptions } from './requestQueue';

export class KeyResultWrites {
  private readonly chain = new MergingChain();

  constructor(private readonly store: StoreContext) {}

  async create(goalId: string, input: CreateKeyResultInput): Promise<KeyResult> {
    const { api, data } = this.store;
    const generation = data.generation;
    let created: KeyResult;
    try {
      created = await this.store.journaled({ kind: 'createKeyResult', goalId, input }, () => api.createKeyResult(goalId, input, { priority: 'user' }));
    } catch (error) {
      throw asClickUpError(error, 'createKeyResult');
    }
    if (data.generation !== generation) {
      return created;
    }
    const confirmed = { ...created, goalId };
    this.store.change(
      { kind: 'goal', goalId },
      () => {
        const goal = data.confirmedGoal(goalId)?.goal;
        const entry = data.keyResultEntry(goalId);
        data.markWritten(goalId);
        if (entry) {
          data.writeKeyResults(goalId, [...entry.list, confirmed]);
        } else if (goal?.keyResultCount === 0) {
          // It was empty, so the new one is the whole list: no fetch needed to show it.
          data.writeKeyResults(goalId, [confirmed]);
        } else if (goal) {
          data.replaceGoal({ ...goal, keyResultCount: goal.keyResultCount + 1 });
        }
      },
      'soon',
    );
    return this.shown(goalId, confirmed.id) ?? confirmed;
  }

  edit(keyResultId: string, input: EditKeyResultInput): Promise<KeyResult> {
    const { api, data } = this.store;
    const goalId = data.goalIdOfKeyResult(keyResultId);
    // Kept from now until its answer arrives, or until a newer edit replaces it before it is sent.
    const done = this.store.options.journal?.record(data.status.teamId, { kind: 'editKeyResult', keyResultId, goalId: goalId ?? null, input }) ?? ((): void => undefined);
    if (goalId === undefined) {
      // Not loaded, so nothing to show optimistically; still keep the per-key-result order.
      return this.chain
        .run(keyResultId, () => api.editKeyResult(keyResultId, input, { priority: 'user' }), { ...merging(input), onReplaced: done })
        .finally(done)
        .catch((error: unknown) => {
          throw asClickUpError(error, 'editKeyResult');
        });
    }
    const generation = data.generation;
    const event = { kind: 'goal', goalId } as const;
    let seq = 0;
    this.store.change(event, () => (seq = data.addEdit(goalId, keyResultId, input)), 'never');
    const send = async (): Promise<KeyResult> => {
      let edited: KeyResult;
      try {
        edited = await api.editKeyResult(keyResultId, input, { priority: 'user' });
      } catch (error) {
        if (data.generation === generation) {
          this.store.change(event, () => data.removeEdit(goalId, keyResultId, seq), 'never');
        }
        throw asClickUpError(error, 'editKeyResult');
      }
      if (data.generation !== generation) {
        return edited;
      }
      this.store.change(
        event,
        () => {
          data.removeEdit(goalId, keyResultId, seq);
          data.markWritten(goalId);
          const entry = data.keyResultEntry(goalId);
          if (entry) {
            const confirmed = { ...edited, goalId };
            data.writeKeyResults(
              goalId,
              entry.list.map((keyResult) => (keyResult.id === keyResultId ? confirmed : keyResult)),
            );
          }
        },
        'soon',
      );
      return this.shown(goalId, keyResultId) ?? edited;
    };
    const dropped = (): void => {
      done();
      if (data.generation === generation) {
        this.store.change(event, () => data.removeEdit(goalId, keyResultId, seq), 'never');
      }
    };
    return this.chain.run(keyResultId, send, { ...merging(input), onReplaced: dropped }).finally(done);
  }

  /** Queued behind edits to the same key result so they are not sent to a deleted one. */
  delete(keyResultId: string): Promise<void> {
    const { api, data } = this.store;
    const generation = data.generation;
    const remove = async (): Promise<void> => {
      try {
        await api.deleteKeyResult(keyResultId, { priority: 'user' });
      } catch (error) {
        throw asClickUpError(error, 'deleteKeyResult');
      }
      // Looked up after the call: edits queued before the delete may have changed the entry.
      const goalId = data.goalIdOfKeyResult(keyResultId);
      if (data.generation !== generation || goalId === undefined) {
        return;
      }
      this.store.change(
        { kind: 'goal', goalId },
        () => {
          data.markWritten(goalId);
          data.removeEdit(goalId, keyResultId);
          const list = data.keyResultEntry(goalId)?.list ?? [];
          data.writeKeyResults(
            goalId,
            list.filter((keyResult) => keyResult.id !== keyResultId),
          );
        },
        'soon',
      );
    };
    const op = { kind: 'deleteKeyResult', keyResultId, goalId: data.goalIdOfKeyResult(keyResultId) ?? null } as const;
    const done = this.store.options.journal?.record(data.status.teamId, op) ?? ((): void => undefined);
    return this.chain.run(keyResultId, remove).finally(done);
  }

  private shown(goalId: string, keyResultId: string): KeyResult | undefined {
    return this.store.data.goal(goalId)?.keyResults?.find((keyResult) => keyResult.id === keyResultId);
  }
}

/** A progress edit without a note may be merged into a later one; any edit that sets the progress supersedes it. */
function merging(input: EditKeyResultInput): ChainTaskOptions {
  const progressOnly = input.stepsCurrent !== undefined && (input.note ?? '') === '' && input.name === undefined && input.stepsEnd === undefined;
  return { replaceable: progressOnly, supersedes: input.stepsCurrent !== undefined };
}
