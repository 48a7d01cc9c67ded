/**
 * Reading request bodies the way the service does: numbers may come as numbers
 * or numeric strings, and anything else of the wrong shape is a 400 INPUT_*.
 */
import { badInput } from './apiError';

export type Body = Record<string, unknown>;

export function requireBody(body: unknown): Body {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badInput(1, 'Request body must be a JSON object');
  }
  return body as Body;
}

export function has(body: Body, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, key) && body[key] !== undefined;
}

export function readName(body: Body, what: string): string {
  const value = body.name;
  if (typeof value !== 'string' || value.trim() === '') throw badInput(2, `${what} name invalid`);
  return value;
}

export function readString(body: Body, key: string): string {
  const value = body[key];
  if (value === null) return '';
  if (typeof value !== 'string') throw badInput(8, `${key} must be a string`);
  return value;
}

export function readBoolean(body: Body, key: string): boolean {
  const value = body[key];
  if (typeof value !== 'boolean') throw badInput(8, `${key} must be a boolean`);
  return value;
}

/** A Unix-ms integer, as a number or a string of digits. */
export function readTimestamp(value: unknown, key: string): number {
  const parsed = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed) || parsed < 0) {
    throw badInput(3, `${key} must be an integer (Unix milliseconds)`);
  }
  return parsed;
}

/** A finite number, as a number or a numeric string; floats allowed. */
export function readNumber(value: unknown, key: string): number {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) throw badInput(6, `${key} must be a number`);
  return parsed;
}

export function readUserIds(value: unknown, key: string, memberIds: readonly number[]): number[] {
  if (!Array.isArray(value)) throw badInput(4, `${key} must be an array of user ids`);
  const ids: number[] = [];
  for (const item of value as unknown[]) {
    const id = typeof item === 'string' && /^\d+$/.test(item) ? Number(item) : item;
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) throw badInput(4, `${key} must be an array of user ids`);
    if (!memberIds.includes(id)) throw badInput(4, `User ${id} is not a member of this Workspace`);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export function readStringIds(value: unknown, key: string): string[] {
  if (!Array.isArray(value)) throw badInput(8, `${key} must be an array of ids`);
  return (value as unknown[]).map((item) => {
    if (typeof item === 'number' && Number.isSafeInteger(item)) return String(item);
    if (typeof item !== 'string' || item.trim() === '') throw badInput(8, `${key} must be an array of ids`);
    return item;
  });
}
