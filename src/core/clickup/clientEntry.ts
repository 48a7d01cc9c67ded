/**
 * The entry of the client bundle (dist/client.js), loaded on the first request (OnDemandApi):
 * the ClickUp client with node-fetch as its transport.
 */
import { ClickUpClient, type ClickUpClientOptions } from './client';
import { nodeFetch } from './nodeFetch';

export function createClickUpClient(options: Omit<ClickUpClientOptions, 'fetch'>): ClickUpClient {
  return new ClickUpClient({ ...options, fetch: nodeFetch });
}
