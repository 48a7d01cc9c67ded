/**
 * A small seeded pseudo-random generator (xmur3 + mulberry32) so the sample
 * data is the same on every run with the same seed, plus the id shapes
 * ClickUp uses (UUIDs, alphanumeric tokens, short task ids).
 */
import { randomBytes } from 'node:crypto';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  alphanumeric(length: number): string;
  hex(length: number): string;
  uuid(): string;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';

function hashSeed(seed: string): number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRandom(seed: string): Random {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Built from char codes in one go: benchmarks mint tens of thousands of ids at start.
  const fromAlphabet = (alphabet: string, length: number): string => {
    const codes = new Array<number>(length);
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(Math.floor(next() * alphabet.length));
    return String.fromCharCode(...codes);
  };
  const hex32 = (): string => Math.floor(next() * 4294967296).toString(16).padStart(8, '0');
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    alphanumeric: (length) => fromAlphabet(ALPHANUMERIC, length),
    hex: (length) => fromAlphabet(HEX, length),
    uuid: () => {
      const h = hex32() + hex32() + hex32() + hex32();
      const variant = HEX[8 + Math.floor(next() * 4)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}

/** For ids minted while the emulator runs: unpredictable, unlike the sample data. */
export function createRuntimeRandom(): Random {
  return createRandom(randomBytes(16).toString('hex'));
}

/** A personal token as ClickUp shapes it: pk_<userId>_<32 alphanumerics>. */
export function personalToken(random: Random, userId: number): string {
  return `pk_${userId}_${random.alphanumeric(32)}`;
}

/** An OAuth access token (ClickUp's look like <userId>_<40 hex>). */
export function oauthToken(random: Random, userId: number): string {
  return `${userId}_${random.hex(40)}`;
}

/** A task id in ClickUp's short lower-case form, e.g. "86b2x9k4q". */
export function taskId(random: Random): string {
  return `86${random.alphanumeric(7).toLowerCase()}`;
}
