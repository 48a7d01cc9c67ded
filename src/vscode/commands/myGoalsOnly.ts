/** "Show My Goals Only" / "Show All Goals": a filter on goals the signed-in user owns. */
import * as vscode from 'vscode';
import type { AuthSession } from '../auth/authSession';
import type { ErrorReporter } from '../log/showError';
import type { ViewOptions } from '../tree/viewOptions';

export const SHOW_MY_GOALS_ONLY = 'clickupGoals.showMyGoalsOnly';
export const SHOW_ALL_GOALS = 'clickupGoals.showAllGoals';

export function registerMyGoalsOnly(
  context: vscode.ExtensionContext,
  deps: { auth: AuthSession; options: ViewOptions; errors: ErrorReporter },
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_MY_GOALS_ONLY, async () => {
      const user = await deps.auth.currentUser();
      if (user === undefined) {
        void deps.errors.show(vscode.l10n.t('Could not find out who you are in ClickUp, so the filter is off.'));
        return;
      }
      deps.options.setOwner(user.id);
      await deps.options.setMineOnly(true);
    }),
    vscode.commands.registerCommand(SHOW_ALL_GOALS, () => deps.options.setMineOnly(false)),
  );
}
