/**
 * The entry of the client bundle (dist/client.js), loaded on the first request (OnDemandApi):
 * the ClickUp client with node-fetch as its transport.
 */
import * as l10n from '@vscode/l10n';
import { ClickUpClient, type ClickUpClientOptions } from './client';
import { nodeFetch } from './nodeFetch';

export function createClickUpClient(options: Omit<ClickUpClientOptions, 'fetch'>): ClickUpClient {
  return new ClickUpClient({ ...options, fetch: nodeFetch });
}

/**
 * This bundle carries its own copy of @vscode/l10n (the client's error messages): the extension
 * gives it the display language's strings (vscode.l10n.bundle; none for English) when it loads it.
 */
export function translateWith(contents: Record<string, string> | undefined): void {
  l10n.config({ contents: contents ?? {} });
}
