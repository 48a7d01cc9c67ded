/**
 * Test and demo runs hand the extension host an API address and a token through
 * the environment. Both are honoured only when the extension runs in development
 * or test mode: an installed extension never reads a token from the environment.
 */
import * as vscode from 'vscode';

export const ENV_API_BASE_URL = 'CLICKUP_GOALS_API_BASE_URL';
export const ENV_TEST_TOKEN = 'CLICKUP_GOALS_TEST_TOKEN';

export interface DevEnvironment {
  apiBaseUrl: string | undefined;
  token: string | undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

export function readDevEnvironment(mode: vscode.ExtensionMode, env: NodeJS.ProcessEnv = process.env): DevEnvironment {
  if (mode === vscode.ExtensionMode.Production) {
    return { apiBaseUrl: undefined, token: undefined };
  }
  return { apiBaseUrl: nonEmpty(env[ENV_API_BASE_URL]), token: nonEmpty(env[ENV_TEST_TOKEN]) };
}
