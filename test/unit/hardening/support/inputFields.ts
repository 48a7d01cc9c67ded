/**
 * The input fields of the bad-input matrix. Each pairs the live check its input
 * box runs with the form that builds the request at the end, and sends that
 * request through the real store and client only when the form accepts it, as
 * the commands do. `wire` finds the value in the body the service received.
 */
import type { Validation } from '../../../../src/core/domain/validate';
import type { KeyResult } from '../../../../src/core/domain/types';
import type { Feedback } from '../../../../src/core/forms/feedback';
import { feedbackOf } from '../../../../src/core/forms/feedback';
import { buildGoalChanges } from '../../../../src/core/forms/goalEditForm';
import { buildCreateGoalInput, checkDueDate, checkGoalName, checkHexColor, newGoalAnswers } from '../../../../src/core/forms/goalForm';
import type { GoalAnswers } from '../../../../src/core/forms/goalForm';
import { buildKeyResultEdit, readTarget } from '../../../../src/core/forms/keyResultEditForm';
import {
  buildCreateKeyResultInput,
  checkIds,
  checkKeyResultName,
  checkStart,
  checkTarget,
  checkUnit,
  newKeyResultAnswers,
} from '../../../../src/core/forms/keyResultForm';
import type { KeyResultAnswers } from '../../../../src/core/forms/keyResultForm';
import { buildProgressEdit, checkProgressValue } from '../../../../src/core/forms/progressForm';
import type { RouteName } from '../../../../src/emulator/types';
import type { World } from './world';

/** The matrix's world plus a true/false key result on target A. */
export interface InputWorld extends World {
  readonly booleanKeyResultId: string;
}

export interface InputField {
  name: string;
  route: RouteName;
  check(text: string, world: InputWorld): Feedback | undefined;
  /** The form's verdict; when it accepts, the request has been sent and answered. */
  submit(text: string, world: InputWorld): Promise<Validation<unknown>>;
  wire(body: Record<string, unknown>): unknown;
}

async function sendIfValid<T>(built: Validation<T>, send: (value: T) => Promise<unknown>): Promise<Validation<T>> {
  if (built.ok) {
    await send(built.value);
  }
  return built;
}

function keyResult(world: InputWorld, id: string): KeyResult {
  const found = world.store.findKeyResult(id);
  if (!found) {
    throw new Error(`key result ${id} is not loaded`);
  }
  return found.keyResult;
}

function createGoalWith(answers: Partial<GoalAnswers>): InputField['submit'] {
  return (_text, world) => {
    const built = buildCreateGoalInput({ ...newGoalAnswers(null), name: 'Bad input row', due: 'in 6 weeks', ...answers }, Date.now());
    return sendIfValid(built, (input) => world.store.createGoal(input));
  };
}

function createKeyResultWith(answers: Partial<KeyResultAnswers>): InputField['submit'] {
  return (_text, world) => {
    const built = buildCreateKeyResultInput({ ...newKeyResultAnswers(null), name: 'Bad input row', target: '10', ...answers });
    return sendIfValid(built, (input) => world.store.createKeyResult(world.a.goalId, input));
  };
}

function progressOf(id: (world: InputWorld) => string): Pick<InputField, 'check' | 'submit'> {
  return {
    check: (text, world) => checkProgressValue(text, keyResult(world, id(world))),
    submit: (text, world) =>
      sendIfValid(buildProgressEdit({ value: text, note: '' }, keyResult(world, id(world))), (edit) =>
        world.store.editKeyResult(id(world), edit),
      ),
  };
}

export const FIELDS = {
  goalName: {
    name: 'goal name',
    route: 'createGoal',
    check: (text) => checkGoalName(text),
    submit: (text, world) => createGoalWith({ name: text })(text, world),
    wire: (body) => body.name,
  },
  goalNameEdit: {
    name: 'goal name (edit)',
    route: 'updateGoal',
    check: (text) => checkGoalName(text),
    submit: (text, world) => {
      const goal = world.store.findGoal(world.b.goalId);
      if (!goal) throw new Error('target B is not loaded');
      return sendIfValid(buildGoalChanges(goal, { name: text }, Date.now()), (changes) => world.store.updateGoal(goal.id, changes));
    },
    wire: (body) => body.name,
  },
  dueDate: {
    name: 'due date',
    route: 'createGoal',
    check: (text) => checkDueDate(text, Date.now()),
    submit: (text, world) => createGoalWith({ due: text })(text, world),
    wire: (body) => body.due_date,
  },
  colour: {
    name: 'colour',
    route: 'createGoal',
    check: (text) => checkHexColor(text),
    submit: (text, world) => createGoalWith({ color: text, customColor: true })(text, world),
    wire: (body) => body.color,
  },
  keyResultName: {
    name: 'key result name',
    route: 'createKeyResult',
    check: (text) => checkKeyResultName(text),
    submit: (text, world) => createKeyResultWith({ name: text })(text, world),
    wire: (body) => body.name,
  },
  start: {
    name: 'start value',
    route: 'createKeyResult',
    check: (text) => checkStart(text, 'number'),
    submit: (text, world) => createKeyResultWith({ start: text, target: '123456789' })(text, world),
    wire: (body) => body.steps_start,
  },
  target: {
    name: 'target value',
    route: 'createKeyResult',
    check: (text) => checkTarget(text, { start: '0', type: 'number' }),
    submit: (text, world) => createKeyResultWith({ start: '0', target: text })(text, world),
    wire: (body) => body.steps_end,
  },
  percentageTarget: {
    name: 'percentage target',
    route: 'createKeyResult',
    check: (text) => checkTarget(text, { start: '0', type: 'percentage' }),
    submit: (text, world) => createKeyResultWith({ type: 'percentage', start: '0', target: text })(text, world),
    wire: (body) => body.steps_end,
  },
  currencyTarget: {
    name: 'currency target',
    route: 'createKeyResult',
    check: (text) => checkTarget(text, { start: '0', type: 'currency' }),
    submit: (text, world) => createKeyResultWith({ type: 'currency', unit: '€', start: '0', target: text })(text, world),
    wire: (body) => body.steps_end,
  },
  currencyUnit: {
    name: 'currency unit',
    route: 'createKeyResult',
    check: (text) => checkUnit(text),
    submit: (text, world) => createKeyResultWith({ type: 'currency', unit: text, customUnit: true, start: '0', target: '100' })(text, world),
    wire: (body) => body.unit,
  },
  taskIds: {
    name: 'linked task ids',
    route: 'createKeyResult',
    check: (text) => checkIds(text),
    submit: (text, world) => createKeyResultWith({ type: 'automatic', linkKind: 'tasks', ids: text })(text, world),
    wire: (body) => body.task_ids,
  },
  current: {
    name: 'current value (0 to 10)',
    route: 'editKeyResult',
    ...progressOf((world) => world.a.keyResultIds[0]),
    wire: (body) => body.steps_current,
  },
  booleanCurrent: {
    name: 'true/false value',
    route: 'editKeyResult',
    ...progressOf((world) => world.booleanKeyResultId),
    wire: (body) => body.steps_current,
  },
  note: {
    name: 'progress note',
    route: 'editKeyResult',
    check: () => undefined,
    submit: (text, world) => {
      const id = world.a.keyResultIds[0];
      return sendIfValid(buildProgressEdit({ value: '5', note: text }, keyResult(world, id)), (edit) => world.store.editKeyResult(id, edit));
    },
    wire: (body) => body.note,
  },
  targetEdit: {
    name: 'key result target (edit)',
    route: 'editKeyResult',
    check: (text, world) => feedbackOf(readTarget(text, keyResult(world, world.a.keyResultIds[1]))),
    submit: (text, world) => {
      const id = world.a.keyResultIds[1];
      return sendIfValid(buildKeyResultEdit(keyResult(world, id), { target: text }), (edit) => world.store.editKeyResult(id, edit));
    },
    wire: (body) => body.steps_end,
  },
} satisfies Record<string, InputField>;
