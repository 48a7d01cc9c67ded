/**
 * A goal description (Markdown from ClickUp, untrusted) as plain data the goal
 * page draws with text nodes only: paragraphs, headings, lists, quotes and code
 * blocks, with bold, italic, inline code and links inside. Nothing here is HTML:
 * raw HTML stays the characters it is, images show as their alt text, and a link
 * is kept only when it points at https://app.clickup.com (any other link shows
 * as its text followed by its address, never as something to click).
 */
import { plainText } from '../domain/format';

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string }
  | { readonly kind: 'em'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

export type Block =
  | { readonly kind: 'paragraph'; readonly inlines: readonly Inline[] }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly inlines: readonly Inline[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'quote'; readonly inlines: readonly Inline[] }
  | { readonly kind: 'code'; readonly text: string };

export interface MarkdownLimits {
  readonly maxChars: number;
  readonly maxBlocks: number;
}

const DEFAULT_LIMITS: MarkdownLimits = { maxChars: 20_000, maxBlocks: 200 };

/** Only ClickUp's own web app may be linked from the page. */
export function isAllowedLink(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.hostname === 'app.clickup.com' && url.username === '' && url.password === '' && url.port === '';
  } catch {
    return false;
  }
}

/** One line of text without control or bidi-override characters (whitespace collapsed). */
function clean(text: string): string {
  return plainText(text);
}

const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)\3|`([^`]+)`|!\[([^\]]*)\]\(([^)\s]*)[^)]*\)|\[([^\]]+)\]\(([^)\s]*)[^)]*\)/g;

export function parseInlines(source: string): Inline[] {
  const text = clean(source);
  const out: Inline[] = [];
  const pushText = (value: string): void => {
    if (value === '') return;
    const last = out[out.length - 1];
    if (last?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', text: last.text + value };
    } else {
      out.push({ kind: 'text', text: value });
    }
  };
  let index = 0;
  for (const match of text.matchAll(INLINE)) {
    pushText(text.slice(index, match.index));
    index = match.index + match[0].length;
    if (match[2] !== undefined) {
      out.push({ kind: 'strong', text: match[2] });
    } else if (match[4] !== undefined) {
      out.push({ kind: 'em', text: match[4] });
    } else if (match[5] !== undefined) {
      out.push({ kind: 'code', text: match[5] });
    } else if (match[6] !== undefined) {
      // An image: never loaded; its alt text (or nothing) stands for it.
      pushText(match[6]);
    } else if (match[8] !== undefined && match[9] !== undefined) {
      if (isAllowedLink(match[9])) {
        out.push({ kind: 'link', text: match[8], href: match[9] });
      } else {
        pushText(match[8] === match[9] ? match[8] : `${match[8]} (${match[9]})`);
      }
    }
  }
  pushText(text.slice(index));
  return out;
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;
const FENCE = /^\s*(```|~~~)/;

/** Splits a description into blocks; long input is cut (the page is a glance, not a document viewer). */
export function parseMarkdown(source: string, limits: MarkdownLimits = DEFAULT_LIMITS): Block[] {
  const lines = String(source ?? '')
    .slice(0, limits.maxChars)
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  let quote: string[] = [];
  let code: string[] | undefined;

  const flush = (): void => {
    if (paragraph.length > 0) {
      blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
      paragraph = [];
    }
    if (list !== undefined) {
      blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInlines) });
      list = undefined;
    }
    if (quote.length > 0) {
      blocks.push({ kind: 'quote', inlines: parseInlines(quote.join(' ')) });
      quote = [];
    }
  };

  for (const line of lines) {
    if (code !== undefined) {
      if (FENCE.test(line)) {
        blocks.push({ kind: 'code', text: code.join('\n') });
        code = undefined;
      } else {
        code.push(codeLine(line));
      }
      continue;
    }
    if (FENCE.test(line)) {
      flush();
      code = [];
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const quoted = QUOTE.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: Math.min(3, heading[1].length) as 1 | 2 | 3, inlines: parseInlines(heading[2]) });
    } else if (bullet || numbered) {
      const ordered = bullet === null;
      if (list === undefined || list.ordered !== ordered) {
        flush();
        list = { ordered, items: [] };
      }
      list.items.push((bullet ?? numbered)?.[1] ?? '');
    } else if (quoted) {
      if (quote.length === 0) flush();
      quote.push(quoted[1]);
    } else if (list !== undefined && /^\s+/.test(line)) {
      // A continuation line of the last item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list !== undefined || quote.length > 0) flush();
      paragraph.push(line);
    }
    if (blocks.length >= limits.maxBlocks) {
      return blocks.slice(0, limits.maxBlocks);
    }
  }
  if (code !== undefined) {
    blocks.push({ kind: 'code', text: code.join('\n') });
  }
  flush();
  return blocks.slice(0, limits.maxBlocks);
}

/** A code line keeps its spaces but loses control and bidi-override characters. */
function codeLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}
