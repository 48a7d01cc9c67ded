/**
 * The real Prompts: InputBoxes and QuickPicks with a title, a step counter, a
 * Back button and live validation, after the quickinput-sample's
 * multiStepInput. Each input stays open until the next one is shown, so
 * moving between steps does not flicker.
 */
import * as vscode from 'vscode';
import type { Feedback } from '../../core/forms/feedback';
import { blocksAccept } from '../../core/forms/feedback';
import { withoutThemeIcons } from '../../core/domain/format';
import type { ConfirmOptions, InputOptions, PickItem, PickOptions, PromptAction, PromptFrame, PromptResult, Prompts } from './prompts';

type PickEntry<T> = vscode.QuickPickItem & { value: T };
/** What InputBox and QuickPick share that this file uses. */
type Framed = Pick<vscode.InputBox, 'title' | 'step' | 'totalSteps' | 'ignoreFocusOut' | 'buttons'>;
type Showable = Pick<vscode.InputBox, 'onDidTriggerButton' | 'onDidHide' | 'show' | 'dispose'>;
type ActionButton = vscode.QuickInputButton & { actionId: string };

export class WindowPrompts implements Prompts {
  private previous: Showable | undefined;
  /** Chooses an action of the input shown now; false when it has no such action. */
  private chooseAction: ((id: string) => boolean) | undefined;

  /** What a keybinding runs: chooses the action `id` of the input shown now, if it offers one. */
  triggerAction(id: string): boolean {
    return this.chooseAction?.(id) ?? false;
  }

  input(options: InputOptions): Promise<PromptResult<string>> {
    const box = vscode.window.createInputBox();
    this.frame(box, options.frame, options.actions);
    box.prompt = options.prompt;
    box.placeholder = options.placeholder;
    box.value = options.value ?? '';
    const check = (value: string): Feedback | undefined => {
      const feedback = options.validate?.(value);
      box.validationMessage = toValidationMessage(feedback);
      return feedback;
    };
    // A prefilled value is checked at once (it may be a kept answer); an empty box is not scolded yet.
    if (box.value !== '') {
      check(box.value);
    }
    return this.run(box, options.actions, (finish, listen) => {
      listen(box.onDidChangeValue((value) => check(value)));
      listen(
        box.onDidAccept(() => {
          if (!blocksAccept(check(box.value))) {
            finish({ kind: 'value', value: box.value });
          }
        }),
      );
    });
  }

  pick<T>(options: PickOptions<T>): Promise<PromptResult<T>> {
    const picker = this.picker(options);
    const active = options.active;
    if (active !== undefined) {
      picker.activeItems = picker.items.filter((item) => active(item.value));
    }
    return this.run(picker, options.actions, (finish, listen) => {
      listen(
        picker.onDidAccept(() => {
          const chosen = picker.selectedItems[0] ?? picker.activeItems[0];
          if (chosen !== undefined) {
            finish({ kind: 'value', value: chosen.value });
          }
        }),
      );
    });
  }

  pickMany<T>(options: PickOptions<T>): Promise<PromptResult<T[]>> {
    const picker = this.picker(options);
    picker.canSelectMany = true;
    picker.selectedItems = picker.items.filter((item) => item.picked === true);
    return this.run(picker, options.actions, (finish, listen) => {
      listen(picker.onDidAccept(() => finish({ kind: 'value', value: picker.selectedItems.map((item) => item.value) })));
    });
  }

  async confirm(options: ConfirmOptions): Promise<boolean> {
    const answer = await vscode.window.showWarningMessage(
      options.message,
      { modal: true, detail: options.detail },
      options.confirmLabel,
    );
    return answer === options.confirmLabel;
  }

  async showError(message: string, actions: readonly string[]): Promise<string | undefined> {
    return vscode.window.showErrorMessage(message, ...actions);
  }

  async showInfo(message: string): Promise<void> {
    await vscode.window.showInformationMessage(message);
  }

  private picker<T>(options: PickOptions<T>): vscode.QuickPick<PickEntry<T>> {
    const picker = vscode.window.createQuickPick<PickEntry<T>>();
    this.frame(picker, options.frame, options.actions);
    picker.placeholder = options.placeholder;
    picker.matchOnDescription = true;
    picker.matchOnDetail = true;
    picker.items = options.items.map((item) => toEntry(item));
    return picker;
  }

  private frame(input: Framed, frame: PromptFrame, actions: readonly PromptAction[] = []): void {
    input.ignoreFocusOut = true;
    const buttons: vscode.QuickInputButton[] = actions.map(
      (action): ActionButton => ({ iconPath: new vscode.ThemeIcon(action.icon), tooltip: action.tooltip, actionId: action.id }),
    );
    if (frame !== undefined) {
      input.title = frame.title;
      input.step = frame.step;
      input.totalSteps = frame.totalSteps;
      if (frame.canGoBack) {
        buttons.unshift(vscode.QuickInputButtons.Back);
      }
    }
    if (buttons.length > 0) {
      input.buttons = buttons;
    }
  }

  /** Shows the input and settles on the first of: a value, Back, an action, or hiding (Escape). */
  private run<T>(
    input: Showable,
    actions: readonly PromptAction[] | undefined,
    wire: (finish: (result: PromptResult<T>) => void, listen: (d: vscode.Disposable) => void) => void,
  ): Promise<PromptResult<T>> {
    return new Promise<PromptResult<T>>((resolve) => {
      const listeners: vscode.Disposable[] = [];
      let settled = false;
      const finish = (result: PromptResult<T>): void => {
        if (settled) {
          return;
        }
        settled = true;
        if (this.chooseAction === choose) {
          this.chooseAction = undefined;
        }
        for (const listener of listeners) {
          listener.dispose();
        }
        this.retire(input, result.kind === 'cancel');
        resolve(result);
      };
      const listen = (d: vscode.Disposable): void => {
        listeners.push(d);
      };
      const choose = (id: string): boolean => {
        if (!(actions ?? []).some((action) => action.id === id)) {
          return false;
        }
        finish({ kind: 'action', id });
        return true;
      };
      listen(
        input.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) {
            finish({ kind: 'back' });
          } else if ('actionId' in button && typeof button.actionId === 'string') {
            choose(button.actionId);
          }
        }),
      );
      listen(input.onDidHide(() => finish({ kind: 'cancel' })));
      wire(finish, listen);
      this.chooseAction = choose;
      this.previous?.dispose();
      this.previous = undefined;
      input.show();
    });
  }

  /** Keeps a finished input on screen until the next one replaces it (or the flow ends a moment later). */
  private retire(input: Showable, hidden: boolean): void {
    if (hidden) {
      input.dispose();
      return;
    }
    this.previous = input;
    setTimeout(() => {
      if (this.previous === input) {
        this.previous = undefined;
        input.dispose();
      }
    }, 0);
  }
}

function toEntry<T>(item: PickItem<T>): PickEntry<T> {
  return {
    // Labels carry API text (goal, key result and member names): no "$(icon)" from it.
    label: withoutThemeIcons(item.label),
    description: item.description === undefined ? undefined : withoutThemeIcons(item.description),
    detail: item.detail === undefined ? undefined : withoutThemeIcons(item.detail),
    iconPath: item.icon === undefined ? undefined : new vscode.ThemeIcon(item.icon),
    picked: item.picked,
    value: item.value,
  };
}

function toValidationMessage(feedback: Feedback | undefined): vscode.InputBoxValidationMessage | undefined {
  if (feedback === undefined) {
    return undefined;
  }
  const severity =
    feedback.severity === 'error' ? vscode.InputBoxValidationSeverity.Error : vscode.InputBoxValidationSeverity.Info;
  return { message: feedback.message, severity };
}
