/**
 * Thin wrappers around the window calls that ask the user something or show a
 * message. Commands take them from here, so host tests can answer one call
 * (`ui.use(...)`, see switchable.ts) instead of driving real input boxes.
 */
import * as vscode from 'vscode';
import { disposeAll } from './disposeAll';

export interface ButtonPickItem<T> extends vscode.QuickPickItem {
  value: T;
}

export interface ButtonPickResult<T> {
  value: T;
  /** The id of the item button pressed, or undefined when the item was accepted. */
  button?: string;
}

export interface ItemButton {
  id: string;
  icon: string;
  tooltip: string;
}

export interface WindowApis {
  showInputBox(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  /** A QuickPick whose items carry buttons; settles on accept, on a button, or undefined on Escape. */
  pickWithButtons<T>(
    items: readonly ButtonPickItem<T>[],
    buttons: readonly ItemButton[],
    options: { title: string; placeholder: string },
  ): Promise<ButtonPickResult<T> | undefined>;
  showErrorMessage(message: string, ...actions: string[]): Thenable<string | undefined>;
  showWarningMessage(message: string, ...actions: string[]): Thenable<string | undefined>;
  showInformationMessage(message: string, ...actions: string[]): Thenable<string | undefined>;
  openExternal(uri: vscode.Uri): Thenable<boolean>;
}

function pickWithButtons<T>(
  items: readonly ButtonPickItem<T>[],
  buttons: readonly ItemButton[],
  options: { title: string; placeholder: string },
): Promise<ButtonPickResult<T> | undefined> {
  type Entry = ButtonPickItem<T> & { buttons: (vscode.QuickInputButton & { id: string })[] };
  const picker = vscode.window.createQuickPick<Entry>();
  picker.title = options.title;
  picker.placeholder = options.placeholder;
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.items = items.map((item) => ({
    ...item,
    buttons: buttons.map((button) => ({ id: button.id, iconPath: new vscode.ThemeIcon(button.icon), tooltip: button.tooltip })),
  }));
  return new Promise((resolve) => {
    let result: ButtonPickResult<T> | undefined;
    const finish = (value: ButtonPickResult<T> | undefined): void => {
      result = value;
      picker.hide();
    };
    const listeners = [
      picker.onDidAccept(() => {
        const chosen = picker.selectedItems[0] ?? picker.activeItems[0];
        if (chosen !== undefined) {
          finish({ value: chosen.value });
        }
      }),
      picker.onDidTriggerItemButton((event) => {
        const button = event.button as vscode.QuickInputButton & { id?: string };
        finish({ value: event.item.value, button: button.id });
      }),
      picker.onDidHide(() => {
        disposeAll(listeners);
        picker.dispose();
        resolve(result);
      }),
    ];
    picker.show();
  });
}

export function createWindowApis(): WindowApis {
  return {
    showInputBox: (options) => vscode.window.showInputBox(options),
    showQuickPick: (items, options) => vscode.window.showQuickPick(items, options),
    pickWithButtons,
    showErrorMessage: (message, ...actions) => vscode.window.showErrorMessage(message, ...actions),
    showWarningMessage: (message, ...actions) => vscode.window.showWarningMessage(message, ...actions),
    showInformationMessage: (message, ...actions) => vscode.window.showInformationMessage(message, ...actions),
    openExternal: (uri) => vscode.env.openExternal(uri),
  };
}
