// The scripted editing session of scenario 4: which key result each edit touches and the value
// it sets, from a seeded generator so every run sends the same session. Also the bookkeeping
// that tells a lost write from a failed one.
import type { KeyResult } from '../../src/core/domain/types';

export interface ScriptedEdit {
  keyResultId: string;
  value: number;
  /** Every fifth edit of a key result carries a progress note (which must reach the service). */
  note?: string;
}

const NOTE_EVERY = 5;

/** mulberry32: tiny, seeded, good enough to spread edits. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Key results a person edits by hand with a range wide enough to give every edit its own value. */
export function editableKeyResults(keyResults: readonly KeyResult[], minRange: number): KeyResult[] {
  const manual = new Set(['number', 'percentage', 'currency']);
  return keyResults.filter((keyResult) => manual.has(keyResult.type) && Math.abs(keyResult.stepsEnd - keyResult.stepsStart) >= minRange);
}

/**
 * `count` edits spread at random over the key results. The n-th edit of a key result sets
 * start + n (wrapping within its range), so consecutive values of one key result differ
 * and a write overtaken by an older one shows.
 */
export function scriptEdits(keyResults: readonly KeyResult[], count: number, seed = 6): ScriptedEdit[] {
  const random = seededRandom(seed);
  const made = new Map<string, number>();
  const edits: ScriptedEdit[] = [];
  for (let index = 0; index < count; index++) {
    const keyResult = keyResults[Math.floor(random() * keyResults.length)];
    const low = Math.min(keyResult.stepsStart, keyResult.stepsEnd);
    const range = Math.abs(keyResult.stepsEnd - keyResult.stepsStart);
    const nth = (made.get(keyResult.id) ?? 0) + 1;
    made.set(keyResult.id, nth);
    const value = low + (nth % (range + 1));
    edits.push(nth % NOTE_EVERY === 0 ? { keyResultId: keyResult.id, value, note: `Check-in ${nth / NOTE_EVERY}` } : { keyResultId: keyResult.id, value });
  }
  return edits;
}

/**
 * The requests a session issued all at once needs at least: per key result its first edit (sent
 * at once, before the others arrive), every later edit with a note, and the last value when the
 * last edit has none. Edits without a note in between are superseded by the next edit.
 */
export function writesNeeded(edits: readonly ScriptedEdit[]): number {
  const byKeyResult = new Map<string, ScriptedEdit[]>();
  for (const edit of edits) byKeyResult.set(edit.keyResultId, [...(byKeyResult.get(edit.keyResultId) ?? []), edit]);
  let needed = 0;
  for (const list of byKeyResult.values()) {
    const later = list.slice(1);
    needed += 1 + later.filter((edit) => edit.note !== undefined).length;
    if (later.length > 0 && later[later.length - 1].note === undefined) needed += 1;
  }
  return needed;
}

export interface SessionOutcome {
  /** Edits whose promise rejected (the caller was told they failed). */
  failures: number;
  /** Key results whose final value is not that of the last edit reported as applied. */
  lostWrites: number;
}

/**
 * A write is lost when the service ends on another value than the last edit (in the order the
 * session made them) that was reported as applied: an older edit overtook it, or it vanished.
 */
export function judgeSession(
  edits: readonly ScriptedEdit[],
  settled: readonly PromiseSettledResult<unknown>[],
  finalValues: ReadonlyMap<string, number | undefined>,
): SessionOutcome {
  const lastApplied = new Map<string, number>();
  let failures = 0;
  edits.forEach((edit, index) => {
    if (settled[index].status === 'fulfilled') lastApplied.set(edit.keyResultId, edit.value);
    else failures += 1;
  });
  let lostWrites = 0;
  for (const [keyResultId, value] of lastApplied) {
    if (finalValues.get(keyResultId) !== value) lostWrites += 1;
  }
  return { failures, lostWrites };
}
