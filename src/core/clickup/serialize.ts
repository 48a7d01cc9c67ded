/**
 * Domain inputs -> wire bodies. Numbers are checked here because JSON turns NaN
 * into null, and the real service overwrites a goal's fields with whatever empty
 * value it receives (a bad due date comes back as "0"): such a body is refused
 * before anything is sent.
 */
import type {
  CreateGoalInput,
  CreateKeyResultInput,
  EditKeyResultInput,
  UpdateGoalInput,
} from '../domain/types';
import { ClickUpError } from './errors';

function refuse(message: string): ClickUpError {
  return new ClickUpError(message, { reason: 'badRequest' });
}

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw refuse(`The ${what} is not a valid number.`);
  }
  return value;
}

/** ClickUp wants whole milliseconds. */
function dateMs(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw refuse(`The ${what} is not a valid date.`);
  }
  return Math.round(value);
}

function userIds(ids: readonly number[]): number[] {
  return ids.map((id) => finite(id, 'owner id'));
}

export function serializeCreateGoal(input: CreateGoalInput): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: input.name,
    due_date: dateMs(input.dueDate, 'due date'),
    description: input.description,
    multiple_owners: input.multipleOwners,
    owners: userIds(input.owners),
    color: input.color,
  };
  if (input.startDate !== undefined) {
    body.start_date = dateMs(input.startDate, 'start date');
  }
  return body;
}

/** Every field is sent: the caller fills untouched ones with the goal's current values. */
export function serializeUpdateGoal(input: UpdateGoalInput): Record<string, unknown> {
  if (input.name.trim() === '') {
    throw refuse('A goal needs a name.');
  }
  return {
    name: input.name,
    due_date: dateMs(input.dueDate, 'due date'),
    description: input.description,
    color: input.color,
    add_owners: userIds(input.addOwners),
    rem_owners: userIds(input.removeOwners),
  };
}

export function serializeCreateKeyResult(input: CreateKeyResultInput): Record<string, unknown> {
  return {
    name: input.name,
    owners: userIds(input.owners),
    type: input.type,
    steps_start: finite(input.stepsStart, 'start value'),
    steps_end: finite(input.stepsEnd, 'target value'),
    unit: input.unit,
    task_ids: [...input.taskIds],
    list_ids: [...input.listIds],
  };
}

/** Only the fields the caller set; an edit with none of them is refused rather than sent empty. */
export function serializeEditKeyResult(input: EditKeyResultInput): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (input.stepsCurrent !== undefined) {
    body.steps_current = finite(input.stepsCurrent, 'current value');
  }
  if (input.note !== undefined) {
    body.note = input.note;
  }
  if (input.name !== undefined) {
    body.name = input.name;
  }
  if (input.stepsEnd !== undefined) {
    body.steps_end = finite(input.stepsEnd, 'target value');
  }
  if (Object.keys(body).length === 0) {
    throw refuse('There is nothing to change in this key result.');
  }
  return body;
}
