/**
 * The "Get started with ClickUp Goals" walkthrough: opened once after the first install
 * (unless the user turned off walkthroughs opening on install), and again on demand from
 * "Get Started" in the Goals view's "..." menu. Its steps are marked done by the workbench
 * from the completion events in package.json.
 */
import * as vscode from 'vscode';

export const GET_STARTED = 'clickupGoals.getStarted';
/** The walkthrough's id in package.json (contributes.walkthroughs). */
export const WALKTHROUGH = 'getStarted';
/** globalState key: set once the walkthrough was offered, so it never opens by itself again. */
export const WALKTHROUGH_OFFERED_KEY = 'clickupGoals.walkthroughOffered';

function openWalkthrough(extensionId: string): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionId}#${WALKTHROUGH}`, false);
}

/** The workbench's own switch for walkthroughs opening after an install. */
function opensOnInstall(): boolean {
  return vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true);
}

/**
 * Opens the walkthrough when this profile has never seen it; true when it opened. The
 * mark is set first, so a second window starting at the same time does not open it too.
 */
export async function offerWalkthroughOnce(state: vscode.Memento, extensionId: string): Promise<boolean> {
  if (state.get<boolean>(WALKTHROUGH_OFFERED_KEY) === true) {
    return false;
  }
  await state.update(WALKTHROUGH_OFFERED_KEY, true);
  if (!opensOnInstall()) {
    return false;
  }
  await openWalkthrough(extensionId);
  return true;
}

export function registerGetStarted(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(GET_STARTED, () => openWalkthrough(context.extension.id)));
}
