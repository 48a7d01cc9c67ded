// Reads the manifest and its translation files from the repository root, and lists every
// string a user sees from the manifest, with where it sits (for the failure message).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../../..');

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function readJson(relativePath: string): Json {
  return JSON.parse(readFileSync(resolve(ROOT, relativePath), 'utf8')) as Json;
}

export function readStrings(relativePath: string): Record<string, string> {
  return readJson(relativePath) as Record<string, string>;
}

/** Property names whose values VS Code shows to a person (and translates from package.nls.json). */
const SHOWN = new Set([
  'displayName', 'description', 'markdownDescription', 'title', 'shortTitle', 'category', 'name',
  'contextualTitle', 'contents', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage',
  'markdownDeprecationMessage', 'altText', 'label',
]);

/** Where each string shown to a person sits: `contributes.commands[3].title` -> its value. */
export function shownManifestStrings(manifest: Json): Map<string, string> {
  const found = new Map<string, string>();
  const top = manifest as Record<string, Json>;
  for (const field of ['displayName', 'description']) {
    found.set(field, top[field] as string);
  }
  walk(top.contributes, 'contributes', found);
  return found;
}

function walk(node: Json, path: string, found: Map<string, string>): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${path}[${index}]`, found));
    return;
  }
  if (node === null || typeof node !== 'object') {
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}.${key}`;
    // Setting names and enum values are identifiers, not text: skip the keys of "properties".
    if (SHOWN.has(key) && typeof value === 'string') {
      found.set(here, value);
    } else if (SHOWN.has(key) && Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      value.forEach((item, index) => found.set(`${here}[${index}]`, item));
    } else {
      walk(value, here, found);
    }
  }
}

/** The placeholders of a message, sorted: "{0}", "{1}" for bundles, none for the manifest. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
}

/** Markdown command links in a message, "(command:clickupGoals.refresh)": a translation must keep them. */
export function commandLinks(message: string): string[] {
  return [...message.matchAll(/\(command:[^)]+\)/g)].map((match) => match[0]).sort();
}
