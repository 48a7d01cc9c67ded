/**
 * The prompts of the real window, made on first use: they live in the edit bundle
 * (dist/edit.js), so activation does not load them. extension.ts wraps this in a
 * Switchable, the one way host tests answer prompts.
 */
import type { ConfirmOptions, InputOptions, PickOptions, PromptResult, Prompts } from './prompts';
import type { WindowPrompts } from './windowPrompts';

export class OnDemandPrompts implements Prompts {
  private real: WindowPrompts | undefined;

  constructor(private readonly makeReal: () => WindowPrompts) {}

  private get current(): WindowPrompts {
    return (this.real ??= this.makeReal());
  }

  /** What a keybinding runs: chooses the action `id` of the input shown now; false when none is shown. */
  triggerAction(id: string): boolean {
    // Nothing has been asked yet when the real prompts were never made.
    return this.real?.triggerAction(id) ?? false;
  }

  input(options: InputOptions): Promise<PromptResult<string>> {
    return this.current.input(options);
  }

  pick<T>(options: PickOptions<T>): Promise<PromptResult<T>> {
    return this.current.pick(options);
  }

  pickMany<T>(options: PickOptions<T>): Promise<PromptResult<T[]>> {
    return this.current.pickMany(options);
  }

  confirm(options: ConfirmOptions): Promise<boolean> {
    return this.current.confirm(options);
  }

  showError(message: string, actions: readonly string[]): Promise<string | undefined> {
    return this.current.showError(message, actions);
  }

  showInfo(message: string): Promise<void> {
    return this.current.showInfo(message);
  }
}
