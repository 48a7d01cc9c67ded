/**
 * Keeps the emulator's state in a JSON file across restarts (--data). Writes
 * go to a temporary file first and are renamed over the old one, so a crash
 * mid-write never leaves half a file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { EmulatorState } from './state/model';

export function loadState(file: string): EmulatorState | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Emulator data file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!looksLikeState(parsed)) throw new Error(`Emulator data file ${file} is not an emulator state (version 1)`);
  return parsed;
}

export function saveState(file: string, state: EmulatorState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}

function looksLikeState(value: unknown): value is EmulatorState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<Record<keyof EmulatorState, unknown>>;
  const arrays: Array<keyof EmulatorState> = ['users', 'workspaces', 'tokens', 'folders', 'goals', 'keyResults'];
  return (
    state.version === 1 &&
    arrays.every((key) => Array.isArray(state[key])) &&
    typeof state.primaryToken === 'string' &&
    typeof state.oauthToken === 'string' &&
    typeof state.primaryTeamId === 'string' &&
    typeof state.nextPrettyId === 'object'
  );
}
