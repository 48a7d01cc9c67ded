/**
 * The extension's settings (contributes.configuration in package.json), read in
 * one place with safe fallbacks for odd values.
 */
import * as vscode from 'vscode';
import type { GoalSort } from '../../core/domain/goalQuery';

export const SECTION = 'clickupGoals';

export const SETTING = {
  apiBaseUrl: 'apiBaseUrl',
  showCompleted: 'showCompleted',
  sortBy: 'sortBy',
  refreshIntervalSeconds: 'refreshIntervalSeconds',
} as const;

/** Periodic refresh never runs more often than this (ClickUp allows 100 requests a minute). */
export const MIN_REFRESH_SECONDS = 60;
export const DEFAULT_REFRESH_SECONDS = 300;

const SORTS: readonly GoalSort[] = ['dueDate', 'name', 'progress'];

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

export function showCompleted(): boolean {
  return config().get<boolean>(SETTING.showCompleted, false) === true;
}

export function sortBy(): GoalSort {
  const value = config().get<string>(SETTING.sortBy, 'dueDate');
  return (SORTS as readonly string[]).includes(value) ? (value as GoalSort) : 'dueDate';
}

/** Seconds between background refreshes; 0 when off; never below MIN_REFRESH_SECONDS. */
export function refreshIntervalSeconds(): number {
  const value = Number(config().get<number>(SETTING.refreshIntervalSeconds, DEFAULT_REFRESH_SECONDS));
  if (!Number.isFinite(value) || value < 0) {
    return DEFAULT_REFRESH_SECONDS;
  }
  return value === 0 ? 0 : Math.max(MIN_REFRESH_SECONDS, Math.round(value));
}

/**
 * The apiBaseUrl as the user set it, or undefined when left at its default. The
 * setting has "machine" scope, so a workspace's settings cannot redirect the token.
 */
export function explicitApiBaseUrl(): string | undefined {
  const inspected = config().inspect<string>(SETTING.apiBaseUrl);
  const value = config().get<string>(SETTING.apiBaseUrl);
  const explicit = inspected?.globalValue !== undefined || (value !== undefined && value !== inspected?.defaultValue);
  return explicit && typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function updateSetting(key: string, value: unknown): Thenable<void> {
  return config().update(key, value, vscode.ConfigurationTarget.Global);
}

export function affects(event: vscode.ConfigurationChangeEvent, key: string): boolean {
  return event.affectsConfiguration(`${SECTION}.${key}`);
}
