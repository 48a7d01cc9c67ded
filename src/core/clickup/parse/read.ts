/**
 * Tolerant readers for ClickUp's wire JSON. The service sends numbers as numbers
 * or numeric strings, dates as strings of Unix milliseconds, and nulls or nothing
 * where the contract promises a value; these readers turn all of that into
 * plain values with a fallback instead of throwing.
 */
import { ClickUpError } from '../errors';

export type WireObject = Record<string, unknown>;

export function isObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body could not be understood at all: the one parse failure callers see. */
export function invalidShape(what: string): ClickUpError {
  return new ClickUpError('ClickUp sent a response that could not be read.', {
    reason: 'invalidResponse',
    cause: new Error(`unexpected response shape: ${what}`),
  });
}

/** A string, or a number written as one; otherwise the fallback. */
export function readString(value: unknown, fallback = ''): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  return fallback;
}

export function readStringOrNull(value: unknown): string | null {
  const text = readString(value);
  return text === '' ? null : text;
}

/** A finite number, from a number or a numeric string; otherwise null. */
export function readNumber(value: unknown): number | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

export function readNumberOr(value: unknown, fallback: number): number {
  return readNumber(value) ?? fallback;
}

/** The latest instant a JavaScript Date can hold; anything later is junk, not a date. */
const MAX_DATE_MS = 8.64e15;

/** Milliseconds since the epoch; "0", negatives, junk and instants no Date can hold mean "no date". */
export function readDate(value: unknown): number | null {
  const ms = readNumber(value);
  return ms === null || ms <= 0 || ms > MAX_DATE_MS ? null : ms;
}

/**
 * Keeps the first item of each id. The views key nodes by id, and VS Code refuses
 * a tree that holds one id twice, so a repeated id from the service must not get through.
 */
export function uniqueById<T extends { id: string }>(items: readonly T[], seen: Set<string> = new Set()): T[] {
  return items.filter((item) => {
    if (seen.has(item.id)) {
      return false;
    }
    seen.add(item.id);
    return true;
  });
}

export function readBoolean(value: unknown, fallback = false): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  if (value === 'true' || value === 1 || value === '1') {
    return true;
  }
  if (value === 'false' || value === 0 || value === '0') {
    return false;
  }
  return fallback;
}

/** An array, or [] for null, missing or anything else. */
export function readArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Ids as strings, dropping entries that are neither strings nor numbers. */
export function readIdList(value: unknown): string[] {
  return readArray(value)
    .map((item) => readString(item))
    .filter((id) => id !== '');
}
