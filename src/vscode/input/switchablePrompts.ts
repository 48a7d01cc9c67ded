/**
 * The Prompts the commands hold: it forwards to the real window prompts, and
 * lets host tests put scripted ones in their place for a while (through the
 * extension's test API) without rebuilding the commands. The real ones are
 * made on first use: they live in the edit bundle, loaded only then.
 */
import type * as vscode from 'vscode';
import type { ConfirmOptions, InputOptions, PickOptions, PromptResult, Prompts } from './prompts';

export class SwitchablePrompts implements Prompts {
  private substitute: Prompts | undefined;
  private real: Prompts | undefined;

  constructor(private readonly makeReal: () => Prompts) {}

  /** Uses `prompts` until the returned Disposable is disposed. */
  use(prompts: Prompts): vscode.Disposable {
    this.substitute = prompts;
    return {
      dispose: () => {
        if (this.substitute === prompts) {
          this.substitute = undefined;
        }
      },
    };
  }

  private get current(): Prompts {
    return this.substitute ?? (this.real ??= this.makeReal());
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
