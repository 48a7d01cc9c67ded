/**
 * Which API address the client talks to: the user's setting when set, else (only
 * in development/test runs) the address from the environment, else ClickUp's.
 */
import { DEFAULT_BASE_URL, checkBaseUrl } from '../../core/clickup/baseUrl';
import { isClickUpError } from '../../core/clickup/errors';
import type { DevEnvironment } from './devEnvironment';
import { explicitApiBaseUrl } from './settings';

export interface ResolvedBaseUrl {
  url: string;
  source: 'setting' | 'environment' | 'default';
  /** Why the address will be refused (the client then never sends the token), or undefined when fine. */
  problem: string | undefined;
}

export function resolveApiBaseUrl(dev: DevEnvironment): ResolvedBaseUrl {
  const fromSetting = explicitApiBaseUrl();
  const url = fromSetting ?? dev.apiBaseUrl ?? DEFAULT_BASE_URL;
  const source = fromSetting !== undefined ? 'setting' : dev.apiBaseUrl !== undefined ? 'environment' : 'default';
  return { url, source, problem: checkProblem(url) };
}

function checkProblem(url: string): string | undefined {
  try {
    checkBaseUrl(url);
    return undefined;
  } catch (error) {
    return isClickUpError(error) ? error.message : String(error);
  }
}
