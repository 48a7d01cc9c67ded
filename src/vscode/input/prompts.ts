/**
 * The thin seam between the commands and VS Code's input UI. Commands ask
 * through this interface only, so host tests can script the answers
 * (test/host/commands) while the real one (windowPrompts.ts) shows QuickPicks
 * and InputBoxes. Plain data in and out: no vscode types cross it.
 */
import type { Feedback } from '../../core/forms/feedback';

/**
 * What the user did with one input: gave a value, pressed Back, pressed Escape,
 * or chose one of the input's own actions (see PromptAction).
 */
export type PromptResult<T> =
  | { kind: 'value'; value: T }
  | { kind: 'back' }
  | { kind: 'cancel' }
  | { kind: 'action'; id: string };

/**
 * A way out of an input besides a value, Back and Escape, such as "Skip" in a
 * check-in: a title-bar button, and a key when a keybinding runs
 * WindowPrompts.triggerAction(id) while the input is shown.
 */
export interface PromptAction {
  id: string;
  /** A codicon id such as "debug-step-over". */
  icon: string;
  /** The button's tooltip, with its key: "Skip (Alt+S)". */
  tooltip: string;
}

/**
 * The title bar: a step of a multi-step flow has a counter and, after the first
 * step, a Back button; a menu has a title only; a standalone picker passes nothing.
 */
export type PromptFrame = { title: string; step?: number; totalSteps?: number; canGoBack: boolean } | undefined;

export interface InputOptions {
  frame: PromptFrame;
  /** Shown under the box, e.g. the allowed range. */
  prompt?: string;
  placeholder?: string;
  /** Prefilled value (the current value, or the answer kept from a failed attempt). */
  value?: string;
  /** Live validation; an error keeps Enter from accepting. */
  validate?: (value: string) => Feedback | undefined;
  actions?: readonly PromptAction[];
}

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  /** A codicon id such as "calendar". */
  icon?: string;
  value: T;
  /** For pickMany: selected when the picker opens. */
  picked?: boolean;
}

export interface PickOptions<T> {
  frame: PromptFrame;
  placeholder?: string;
  items: readonly PickItem<T>[];
  /** For pick: the item highlighted when the picker opens (e.g. the previous answer). */
  active?: (value: T) => boolean;
  actions?: readonly PromptAction[];
}

export interface ConfirmOptions {
  message: string;
  detail?: string;
  /** The label of the button that goes ahead, e.g. "Delete". */
  confirmLabel: string;
}

export interface Prompts {
  input(options: InputOptions): Promise<PromptResult<string>>;
  pick<T>(options: PickOptions<T>): Promise<PromptResult<T>>;
  pickMany<T>(options: PickOptions<T>): Promise<PromptResult<T[]>>;
  /** A modal warning; true only when the user chose the confirm button. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** A non-modal error notification; resolves with the action chosen, if any. */
  showError(message: string, actions: readonly string[]): Promise<string | undefined>;
  showInfo(message: string): Promise<void>;
}
