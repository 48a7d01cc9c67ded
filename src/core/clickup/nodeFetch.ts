/**
 * The client's transport: node-fetch v2 (works on every VS Code's Node) behind the FetchLike
 * shape. Its own module: the extension gets it with the client from their bundle (clientEntry.ts,
 * loaded on the first request); tests and the bench pass it to ClickUpClient directly.
 */
import fetch from 'node-fetch';
import type { FetchLike } from './fetchTypes';

export const nodeFetch: FetchLike = (url, init) => fetch(url, init);
