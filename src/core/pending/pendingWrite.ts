/**
 * A write the user made that has no answer yet, in the form kept in extension storage so a
 * closed window loses nothing: what to send (ids, values, notes) and nothing else. No token,
 * no editor_token, no goal data from ClickUp. Reading the stored form back validates every
 * entry: storage may hold an older format or be corrupt, and a bad entry is dropped (the
 * caller logs why), never trusted.
 */
import type { CreateGoalInput, CreateKeyResultInput, EditKeyResultInput, UpdateGoalInput } from '../domain/types';

export type PendingWriteOp =
  | { kind: 'editKeyResult'; keyResultId: string; goalId: string | null; input: EditKeyResultInput }
  | { kind: 'createKeyResult'; goalId: string; input: CreateKeyResultInput }
  | { kind: 'deleteKeyResult'; keyResultId: string; goalId: string | null }
  | { kind: 'createGoal'; input: CreateGoalInput }
  | { kind: 'updateGoal'; goalId: string; input: UpdateGoalInput }
  | { kind: 'deleteGoal'; goalId: string };

export interface PendingWrite {
  /** Unique within its Workspace's list. */
  readonly id: string;
  /** Order made: replays go in this order. */
  readonly seq: number;
  /** When it was made (ms since the epoch). */
  readonly madeAt: number;
  readonly op: PendingWriteOp;
  /** Set when a replay could not send it: the reason, shown to the user; the values stay. */
  readonly failed?: string;
}

/** The stored form's version; anything else is dropped as unreadable. */
export const PENDING_WRITES_VERSION = 1;

/** One window's list, as stored. */
export interface StoredPendingWrites {
  version: number;
  writes: PendingWrite[];
  /** When the window last saved it (a live window saves at least every minute while it holds writes). */
  savedAt: number;
  /** Set when the window closed normally: its writes are then left over for the next start. */
  closed: boolean;
  /** The window's extension host process, so another start on the same machine can tell whether it still runs. */
  owner?: ProcessOwner;
}

export interface ProcessOwner {
  pid: number;
  host: string;
}

/** Longest text kept for a name, note or description (ClickUp's own limits are far below). */
const MAX_TEXT = 100_000;
/** Most entries read back per Workspace; a list longer than this is cut (oldest kept). */
export const MAX_PENDING_WRITES = 5_000;

export function serializePendingWrites(writes: readonly PendingWrite[], savedAt: number, closed: boolean, owner?: ProcessOwner): StoredPendingWrites {
  return { version: PENDING_WRITES_VERSION, writes: writes.map((write) => ({ ...write })), savedAt, closed, ...(owner ? { owner: { ...owner } } : {}) };
}

export interface ParsedPendingWrites {
  writes: PendingWrite[];
  /** One line per entry dropped, saying why (no values: they may be private). */
  problems: string[];
  /** 0 when unknown (the list then counts as left over). */
  savedAt: number;
  closed: boolean;
  owner?: ProcessOwner;
}

/** Reads a stored value back; never throws. */
export function parsePendingWrites(stored: unknown): ParsedPendingWrites {
  const none = { writes: [], savedAt: 0, closed: true };
  if (stored === undefined || stored === null) {
    return { ...none, problems: [] };
  }
  const record = asRecord(stored);
  if (record === undefined || !Array.isArray(record.writes)) {
    return { ...none, problems: ['the stored list of unsent writes is unreadable; it was dropped'] };
  }
  if (record.version !== PENDING_WRITES_VERSION) {
    return { ...none, problems: [`the stored list of unsent writes has version ${String(record.version).slice(0, 20)}, not ${PENDING_WRITES_VERSION}; it was dropped`] };
  }
  const problems: string[] = [];
  const writes: PendingWrite[] = [];
  const ids = new Set<string>();
  (record.writes as unknown[]).slice(0, MAX_PENDING_WRITES).forEach((raw, index) => {
    const write = parseWrite(raw);
    if (typeof write === 'string') {
      problems.push(`unsent write #${index + 1} dropped: ${write}`);
    } else if (ids.has(write.id)) {
      problems.push(`unsent write #${index + 1} dropped: its id is repeated`);
    } else {
      ids.add(write.id);
      writes.push(write);
    }
  });
  if (record.writes.length > MAX_PENDING_WRITES) {
    problems.push(`${record.writes.length - MAX_PENDING_WRITES} unsent writes beyond ${MAX_PENDING_WRITES} dropped`);
  }
  writes.sort((a, b) => a.seq - b.seq);
  const savedAt = isFiniteNumber(record.savedAt) ? record.savedAt : 0;
  const owner = asRecord(record.owner);
  const known = owner && Number.isInteger(owner.pid) && typeof owner.host === 'string' ? { pid: owner.pid as number, host: owner.host.slice(0, 300) } : undefined;
  return { writes, problems, savedAt, closed: record.closed !== false, ...(known ? { owner: known } : {}) };
}

/** The entry, or why it cannot be used. */
function parseWrite(raw: unknown): PendingWrite | string {
  const record = asRecord(raw);
  if (record === undefined) {
    return 'not an object';
  }
  if (!isId(record.id) || !isFiniteNumber(record.seq) || !isFiniteNumber(record.madeAt)) {
    return 'no id, order or time';
  }
  if (record.failed !== undefined && !isText(record.failed)) {
    return 'unreadable failure reason';
  }
  const op = parseOp(asRecord(record.op));
  if (typeof op === 'string') {
    return op;
  }
  return { id: record.id, seq: record.seq, madeAt: record.madeAt, op, ...(record.failed === undefined ? {} : { failed: record.failed }) };
}

function parseOp(op: Record<string, unknown> | undefined): PendingWriteOp | string {
  const input = asRecord(op?.input);
  switch (op?.kind) {
    case 'editKeyResult': {
      const edit = input && parseEdit(input);
      return isId(op.keyResultId) && isOptionalId(op.goalId) && edit
        ? { kind: 'editKeyResult', keyResultId: op.keyResultId, goalId: op.goalId ?? null, input: edit }
        : 'a key-result edit with missing or invalid fields';
    }
    case 'createKeyResult': {
      const create = input && parseCreateKeyResult(input);
      return isId(op.goalId) && create ? { kind: 'createKeyResult', goalId: op.goalId, input: create } : 'a new key result with missing or invalid fields';
    }
    case 'deleteKeyResult':
      return isId(op.keyResultId) && isOptionalId(op.goalId)
        ? { kind: 'deleteKeyResult', keyResultId: op.keyResultId, goalId: op.goalId ?? null }
        : 'a key-result delete without its id';
    case 'createGoal': {
      const create = input && parseCreateGoal(input);
      return create ? { kind: 'createGoal', input: create } : 'a new goal with missing or invalid fields';
    }
    case 'updateGoal': {
      const update = input && parseUpdateGoal(input);
      return isId(op.goalId) && update ? { kind: 'updateGoal', goalId: op.goalId, input: update } : 'a goal edit with missing or invalid fields';
    }
    case 'deleteGoal':
      return isId(op.goalId) ? { kind: 'deleteGoal', goalId: op.goalId } : 'a goal delete without its id';
    default:
      return 'an unknown kind of write';
  }
}

function parseEdit(input: Record<string, unknown>): EditKeyResultInput | undefined {
  const { stepsCurrent, note, name, stepsEnd } = input;
  if (!optional(stepsCurrent, isFiniteNumber) || !optional(note, isText) || !optional(name, isText) || !optional(stepsEnd, isFiniteNumber)) {
    return undefined;
  }
  const edit: EditKeyResultInput = { stepsCurrent, note, name, stepsEnd };
  (Object.keys(edit) as (keyof EditKeyResultInput)[]).forEach((key) => edit[key] === undefined && delete edit[key]);
  return Object.keys(edit).length > 0 ? edit : undefined;
}

function parseCreateKeyResult(input: Record<string, unknown>): CreateKeyResultInput | undefined {
  const { name, type, owners, stepsStart, stepsEnd, unit, taskIds, listIds } = input;
  const types = ['number', 'currency', 'boolean', 'percentage', 'automatic'];
  return isText(name) && typeof type === 'string' && types.includes(type) && isNumberList(owners) && isFiniteNumber(stepsStart) &&
    isFiniteNumber(stepsEnd) && isText(unit) && isIdList(taskIds) && isIdList(listIds)
    ? { name, type: type as CreateKeyResultInput['type'], owners, stepsStart, stepsEnd, unit, taskIds, listIds }
    : undefined;
}

function parseCreateGoal(input: Record<string, unknown>): CreateGoalInput | undefined {
  const { name, dueDate, startDate, description, multipleOwners, owners, color } = input;
  return isText(name) && isFiniteNumber(dueDate) && optional(startDate, isFiniteNumber) && isText(description) &&
    typeof multipleOwners === 'boolean' && isNumberList(owners) && isText(color)
    ? { name, dueDate, ...(startDate === undefined ? {} : { startDate }), description, multipleOwners, owners, color }
    : undefined;
}

function parseUpdateGoal(input: Record<string, unknown>): UpdateGoalInput | undefined {
  const { name, dueDate, description, color, addOwners, removeOwners } = input;
  return isText(name) && isFiniteNumber(dueDate) && isText(description) && isText(color) && isNumberList(addOwners) && isNumberList(removeOwners)
    ? { name, dueDate, description, color, addOwners, removeOwners }
    : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

function isOptionalId(value: unknown): value is string | null | undefined {
  return value === null || value === undefined || isId(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isNumberList(value: unknown): value is number[] {
  return Array.isArray(value) && value.length <= 1_000 && value.every(isFiniteNumber);
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= 1_000 && value.every(isId);
}

function optional<T>(value: unknown, check: (value: unknown) => value is T): value is T | undefined {
  return value === undefined || check(value);
}
