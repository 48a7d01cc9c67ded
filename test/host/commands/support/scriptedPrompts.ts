// A scripted user for the edit commands' Prompts: each question is answered by the next step of
// the script, and every question asked is recorded (title, step counter, prefilled value, items,
// what live validation said) so tests can check what the user saw. A question the script did not
// expect is answered with Escape and recorded, so a wrong script fails instead of hanging.
import * as assert from 'assert';
import type { Feedback } from '../../../../src/core/forms/feedback';
import type {
  ConfirmOptions,
  InputOptions,
  PickOptions,
  PromptFrame,
  PromptResult,
  Prompts,
} from '../../../../src/vscode/input/prompts';

export interface AskedItem {
  label: string;
  description?: string;
  picked?: boolean;
}

export interface Asked {
  kind: 'input' | 'pick' | 'pickMany' | 'confirm';
  frame: PromptFrame;
  prompt?: string;
  placeholder?: string;
  /** input: the prefilled value. */
  value?: string;
  items?: AskedItem[];
  /** pick: the label highlighted when it opened. */
  active?: string;
  /** confirm: the message and detail. */
  message?: string;
  detail?: string;
  /** input: what live validation said about the text the script typed. */
  feedback?: Feedback;
  /** The ids of the input's own actions (e.g. a check-in's Skip and Finish). */
  actions?: string[];
}

type Reply =
  | { kind: 'type'; text: string }
  | { kind: 'accept' }
  | { kind: 'choose'; label: string }
  | { kind: 'chooseMany'; labels: string[] }
  | { kind: 'back' }
  | { kind: 'escape' }
  | { kind: 'confirm'; yes: boolean }
  | { kind: 'action'; id: string };

/** Types text into an input box (replacing the prefilled value) and presses Enter. */
export const type = (text: string): Reply => ({ kind: 'type', text });
/** Presses Enter: keeps the prefilled value, or the highlighted/ticked items of a picker. */
export const accept = (): Reply => ({ kind: 'accept' });
/** Picks the item whose label is `label`. */
export const choose = (label: string): Reply => ({ kind: 'choose', label });
/** Ticks exactly these items of a multi-select. */
export const chooseMany = (...labels: string[]): Reply => ({ kind: 'chooseMany', labels });
export const back = (): Reply => ({ kind: 'back' });
/** Chooses one of the input's own actions (its title-bar button or key), e.g. a check-in's Skip. */
export const action = (id: string): Reply => ({ kind: 'action', id });
export const escape = (): Reply => ({ kind: 'escape' });
export const confirmYes = (): Reply => ({ kind: 'confirm', yes: true });
export const confirmNo = (): Reply => ({ kind: 'confirm', yes: false });

export class ScriptedPrompts implements Prompts {
  readonly asked: Asked[] = [];
  readonly errors: { message: string; actions: readonly string[] }[] = [];
  readonly infos: string[] = [];
  readonly unexpected: string[] = [];
  /** The action chosen on the next error notification (e.g. "Retry"); none by default. */
  errorChoice: string | undefined;
  private readonly replies: Reply[];

  constructor(replies: Reply[]) {
    this.replies = [...replies];
  }

  /** Fails unless every scripted reply was used and nothing unexpected was asked. */
  assertDone(): void {
    assert.deepStrictEqual(this.unexpected, [], 'questions the script did not expect');
    assert.deepStrictEqual(this.replies, [], 'scripted replies left unused');
  }

  input(options: InputOptions): Promise<PromptResult<string>> {
    const asked: Asked = { kind: 'input', frame: options.frame, prompt: options.prompt, placeholder: options.placeholder, value: options.value ?? '', actions: options.actions?.map((a) => a.id) };
    this.asked.push(asked);
    const reply = this.next(asked, ['type', 'accept', 'back', 'escape', 'action']);
    if (reply.kind === 'action') {
      return Promise.resolve(this.chosenAction(asked, reply.id));
    }
    if (reply.kind === 'type' || reply.kind === 'accept') {
      const text = reply.kind === 'type' ? reply.text : (options.value ?? '');
      asked.feedback = options.validate?.(text);
      if (asked.feedback?.severity === 'error') {
        // Enter does nothing while validation shows an error: the script is wrong (or the check is).
        this.unexpected.push(`Enter refused for "${text}": ${asked.feedback.message}`);
        return Promise.resolve({ kind: 'cancel' });
      }
      return Promise.resolve({ kind: 'value', value: text });
    }
    return Promise.resolve(this.navigation(reply));
  }

  pick<T>(options: PickOptions<T>): Promise<PromptResult<T>> {
    const active = options.active === undefined ? undefined : options.items.find((item) => options.active?.(item.value));
    const asked: Asked = { kind: 'pick', frame: options.frame, placeholder: options.placeholder, items: this.items(options), active: active?.label, actions: options.actions?.map((a) => a.id) };
    this.asked.push(asked);
    const reply = this.next(asked, ['choose', 'accept', 'back', 'escape', 'action']);
    if (reply.kind === 'action') {
      return Promise.resolve(this.chosenAction(asked, reply.id));
    }
    if (reply.kind === 'choose' || reply.kind === 'accept') {
      const item = reply.kind === 'choose' ? options.items.find((candidate) => candidate.label === reply.label) : (active ?? options.items[0]);
      if (item === undefined) {
        this.unexpected.push(`no item "${reply.kind === 'choose' ? reply.label : ''}" in ${asked.items?.map((i) => i.label).join(' | ')}`);
        return Promise.resolve({ kind: 'cancel' });
      }
      return Promise.resolve({ kind: 'value', value: item.value });
    }
    return Promise.resolve(this.navigation(reply));
  }

  pickMany<T>(options: PickOptions<T>): Promise<PromptResult<T[]>> {
    const asked: Asked = { kind: 'pickMany', frame: options.frame, placeholder: options.placeholder, items: this.items(options) };
    this.asked.push(asked);
    const reply = this.next(asked, ['chooseMany', 'accept', 'back', 'escape']);
    if (reply.kind === 'accept') {
      return Promise.resolve({ kind: 'value', value: options.items.filter((item) => item.picked === true).map((item) => item.value) });
    }
    if (reply.kind === 'chooseMany') {
      const missing = reply.labels.filter((label) => !options.items.some((item) => item.label === label));
      if (missing.length > 0) {
        this.unexpected.push(`no items ${missing.join(', ')}`);
        return Promise.resolve({ kind: 'cancel' });
      }
      return Promise.resolve({ kind: 'value', value: options.items.filter((item) => reply.labels.includes(item.label)).map((item) => item.value) });
    }
    return Promise.resolve(this.navigation(reply));
  }

  confirm(options: ConfirmOptions): Promise<boolean> {
    const asked: Asked = { kind: 'confirm', frame: undefined, message: options.message, detail: options.detail };
    this.asked.push(asked);
    const reply = this.next(asked, ['confirm', 'escape']);
    return Promise.resolve(reply.kind === 'confirm' && reply.yes);
  }

  showError(message: string, actions: readonly string[]): Promise<string | undefined> {
    this.errors.push({ message, actions });
    const choice = this.errorChoice;
    this.errorChoice = undefined;
    return Promise.resolve(choice);
  }

  showInfo(message: string): Promise<void> {
    this.infos.push(message);
    return Promise.resolve();
  }

  private items<T>(options: PickOptions<T>): AskedItem[] {
    return options.items.map((item) => ({ label: item.label, description: item.description, picked: item.picked }));
  }

  private next(asked: Asked, allowed: Reply['kind'][]): Reply {
    const reply = this.replies.shift();
    if (reply === undefined || !allowed.includes(reply.kind)) {
      this.unexpected.push(`${reply === undefined ? 'no reply left' : `"${reply.kind}" cannot answer`} a ${asked.kind} (${asked.prompt ?? asked.placeholder ?? asked.message ?? ''})`);
      if (reply !== undefined) {
        this.replies.unshift(reply);
      }
      return { kind: 'escape' };
    }
    return reply;
  }

  private chosenAction(asked: Asked, id: string): PromptResult<never> {
    if (!(asked.actions ?? []).includes(id)) {
      this.unexpected.push(`no action "${id}" on a ${asked.kind} (${asked.prompt ?? asked.placeholder ?? ''})`);
      return { kind: 'cancel' };
    }
    return { kind: 'action', id };
  }

  private navigation(reply: Reply): PromptResult<never> {
    return reply.kind === 'back' ? { kind: 'back' } : { kind: 'cancel' };
  }
}
