/** "Show Completed Goals" / "Hide Completed Goals": the clickupGoals.showCompleted setting, as a toggle. */
import * as vscode from 'vscode';
import { SETTING, updateSetting } from '../config/settings';

export const SHOW_COMPLETED = 'clickupGoals.showCompletedGoals';
export const HIDE_COMPLETED = 'clickupGoals.hideCompletedGoals';

export function registerShowCompletedGoals(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_COMPLETED, () => updateSetting(SETTING.showCompleted, true)),
    vscode.commands.registerCommand(HIDE_COMPLETED, () => updateSetting(SETTING.showCompleted, false)),
  );
}
