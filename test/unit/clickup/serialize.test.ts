import { strict as assert } from 'node:assert';
import {
  serializeCreateGoal,
  serializeCreateKeyResult,
  serializeEditKeyResult,
  serializeUpdateGoal,
} from '../../../src/core/clickup/serialize';
import { isClickUpError } from '../../../src/core/clickup/errors';
import type { CreateGoalInput, UpdateGoalInput } from '../../../src/core/domain/types';

function createGoalInput(overrides: Partial<CreateGoalInput> = {}): CreateGoalInput {
  return {
    name: 'Grow revenue',
    dueDate: 1748736000000,
    description: '',
    multipleOwners: false,
    owners: [183],
    color: '#32a852',
    ...overrides,
  };
}

function updateGoalInput(overrides: Partial<UpdateGoalInput> = {}): UpdateGoalInput {
  return {
    name: 'Grow revenue',
    dueDate: 1748736000000,
    description: 'Quarterly',
    color: '#32a852',
    addOwners: [],
    removeOwners: [],
    ...overrides,
  };
}

function isBadRequest(error: unknown): boolean {
  return isClickUpError(error) && error.reason === 'badRequest';
}

describe('serializing request bodies', () => {
  it('writes a create-goal body with an integer due date and owner ids', () => {
    assert.deepEqual(serializeCreateGoal(createGoalInput({ dueDate: 1748736000000.4 })), {
      name: 'Grow revenue',
      due_date: 1748736000000,
      description: '',
      multiple_owners: false,
      owners: [183],
      color: '#32a852',
    });
  });

  it('adds start_date only when given', () => {
    assert.equal(serializeCreateGoal(createGoalInput({ startDate: 1738368000000 })).start_date, 1738368000000);
    assert.ok(!('start_date' in serializeCreateGoal(createGoalInput())));
  });

  it('sends every field of an update, owners as add/rem lists', () => {
    assert.deepEqual(serializeUpdateGoal(updateGoalInput({ addOwners: [5], removeOwners: [6] })), {
      name: 'Grow revenue',
      due_date: 1748736000000,
      description: 'Quarterly',
      color: '#32a852',
      add_owners: [5],
      rem_owners: [6],
    });
  });

  it('refuses an update that would blank the name or zero the due date', () => {
    assert.throws(() => serializeUpdateGoal(updateGoalInput({ name: ' ' })), isBadRequest);
    assert.throws(() => serializeUpdateGoal(updateGoalInput({ dueDate: 0 })), isBadRequest);
    assert.throws(() => serializeUpdateGoal(updateGoalInput({ dueDate: Number.NaN })), isBadRequest);
  });

  it('writes a key-result body with numeric steps and links', () => {
    const body = serializeCreateKeyResult({
      name: 'Ship',
      type: 'currency',
      owners: [183],
      stepsStart: 0,
      stepsEnd: 2.5,
      unit: 'EUR',
      taskIds: ['t1'],
      listIds: ['l1'],
    });
    assert.deepEqual(body, {
      name: 'Ship',
      owners: [183],
      type: 'currency',
      steps_start: 0,
      steps_end: 2.5,
      unit: 'EUR',
      task_ids: ['t1'],
      list_ids: ['l1'],
    });
  });

  it('sends only the key-result fields being edited', () => {
    assert.deepEqual(serializeEditKeyResult({ stepsCurrent: 4.5, note: 'Halfway' }), { steps_current: 4.5, note: 'Halfway' });
  });

  it('refuses an empty edit and non-finite progress', () => {
    assert.throws(() => serializeEditKeyResult({}), isBadRequest);
    assert.throws(() => serializeEditKeyResult({ stepsCurrent: Number.POSITIVE_INFINITY }), isBadRequest);
  });
});
