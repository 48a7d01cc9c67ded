/**
 * What the goal page's webview may ask for, and the check every message passes
 * before anything runs: a plain object of the exact shape, for this panel's goal,
 * naming a key result the goal has (of a type the action fits), and links only to
 * https://app.clickup.com. Anything else is refused (undefined).
 */
import type { KeyResult } from '../domain/types';
import { isAllowedLink } from './markdown';

export type GoalAction = 'editGoal' | 'addKeyResult' | 'updateProgress' | 'openInClickUp';
export type KeyResultAction = 'updateProgress' | 'increment' | 'editKeyResult' | 'deleteKeyResult';

export type GoalPageIntent =
  | { readonly type: 'ready' }
  | { readonly type: 'goal'; readonly action: GoalAction; readonly goalId: string }
  | { readonly type: 'keyResult'; readonly action: KeyResultAction; readonly goalId: string; readonly keyResultId: string }
  | { readonly type: 'setDone'; readonly goalId: string; readonly keyResultId: string; readonly done: boolean }
  | { readonly type: 'openLink'; readonly href: string };

const GOAL_ACTIONS: readonly string[] = ['editGoal', 'addKeyResult', 'updateProgress', 'openInClickUp'];
const KEY_RESULT_ACTIONS: readonly string[] = ['updateProgress', 'increment', 'editKeyResult', 'deleteKeyResult'];

export interface IntentContext {
  readonly goalId: string;
  /** The goal's key results as the page shows them (undefined while loading). */
  readonly keyResults: readonly KeyResult[] | undefined;
}

function hasExactKeys(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function fits(action: KeyResultAction | 'setDone', kr: KeyResult): boolean {
  switch (action) {
    case 'increment':
      return kr.type === 'number';
    case 'setDone':
      return kr.type === 'boolean';
    case 'updateProgress':
      return kr.type !== 'automatic' && kr.type !== 'unknown';
    default:
      return true;
  }
}

/** The intent a message carries, or undefined when it is not one this page may send. */
export function parseIntent(message: unknown, context: IntentContext): GoalPageIntent | undefined {
  if (!isPlainObject(message) || typeof message.type !== 'string') {
    return undefined;
  }
  const keyResult = (id: unknown): KeyResult | undefined =>
    typeof id === 'string' ? context.keyResults?.find((kr) => kr.id === id) : undefined;
  switch (message.type) {
    case 'ready':
      return hasExactKeys(message, ['type']) ? { type: 'ready' } : undefined;
    case 'goal':
      if (!hasExactKeys(message, ['type', 'action', 'goalId']) || message.goalId !== context.goalId) return undefined;
      return typeof message.action === 'string' && GOAL_ACTIONS.includes(message.action)
        ? { type: 'goal', action: message.action as GoalAction, goalId: context.goalId }
        : undefined;
    case 'keyResult': {
      if (!hasExactKeys(message, ['type', 'action', 'goalId', 'keyResultId']) || message.goalId !== context.goalId) return undefined;
      const kr = keyResult(message.keyResultId);
      const action = message.action;
      if (kr === undefined || typeof action !== 'string' || !KEY_RESULT_ACTIONS.includes(action) || !fits(action as KeyResultAction, kr)) {
        return undefined;
      }
      return { type: 'keyResult', action: action as KeyResultAction, goalId: context.goalId, keyResultId: kr.id };
    }
    case 'setDone': {
      if (!hasExactKeys(message, ['type', 'goalId', 'keyResultId', 'done']) || message.goalId !== context.goalId) return undefined;
      const kr = keyResult(message.keyResultId);
      return kr !== undefined && typeof message.done === 'boolean' && fits('setDone', kr)
        ? { type: 'setDone', goalId: context.goalId, keyResultId: kr.id, done: message.done }
        : undefined;
    }
    case 'openLink':
      return hasExactKeys(message, ['type', 'href']) && typeof message.href === 'string' && message.href.length <= 2000 && isAllowedLink(message.href)
        ? { type: 'openLink', href: message.href }
        : undefined;
    default:
      return undefined;
  }
}
