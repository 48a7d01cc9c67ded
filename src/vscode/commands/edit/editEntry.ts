/**
 * The entry of the edit bundle (dist/edit.js), loaded on the first use of an edit command or a
 * key-result checkbox, so activation does not pay for the forms, prompts and validation. What
 * it exports is all the activation bundle may call (see registerEditCommands.ts and
 * ../reports/registerReportCommands.ts, ../goalCommands.ts, ../../goalPage/onDemandGoalPages.ts):
 * the edit commands, check-in, reports, Open Goal and the goal pages, Go to Goal, Open in
 * ClickUp and Pin Goal.
 */
import { AddKeyResultCommand } from './addKeyResult';
import { EDIT_COMMANDS } from './commandIds';
import { CreateGoalCommand } from './createGoal';
import { deleteGoal } from './deleteGoal';
import { deleteKeyResult } from './deleteKeyResult';
import type { EditCommandDeps } from './editDeps';
import { EditGoalCommand } from './editGoal';
import { EditKeyResultCommand } from './editKeyResult';
import { incrementProgress } from './incrementProgress';
import { setKeyResultDone } from './toggleKeyResult';
import { UpdateProgressCommand } from './updateProgress';
import { WindowPrompts } from '../../input/windowPrompts';
import { translateCoreText } from '../../displayLanguage';

import type { GoalCommandDeps, GoalCommandHandlers } from '../goalCommands';
import { GOAL_COMMANDS } from '../goalCommands';
import { goToGoal } from '../goToGoal';
import { openGoal } from '../openGoal';
import { openInClickUp } from '../openInClickUp';
import { pinGoal } from '../pinGoal';

export { createCheckInAndReportHandlers } from '../reports/reportHandlers';
export { resumePendingWrites } from '../../pending/resumeRun';
export { createGoalPages } from '../../goalPage/createGoalPages';

// This bundle carries its own copy of @vscode/l10n (the core's forms, check-in and report words):
// point it at the display language's strings too, or they would stay English.
translateCoreText();

export type EditHandler = (arg?: unknown) => Promise<void>;

export interface EditCommands {
  /** One handler per id of EDIT_COMMANDS. */
  readonly handlers: Readonly<Record<string, EditHandler>>;
  /** The checkbox of a true/false key result was ticked (done) or unticked. */
  setKeyResultDone(keyResultId: string, done: boolean): Promise<void>;
}

/** Open Goal, Open in ClickUp, Pin Goal to Status Bar and Go to Goal (registered by goalCommands.ts). */
export function createGoalCommandHandlers(deps: GoalCommandDeps): GoalCommandHandlers {
  return {
    [GOAL_COMMANDS.openGoal]: (node, options) => openGoal(deps, node, options),
    [GOAL_COMMANDS.openInClickUp]: (node) => openInClickUp(deps, node),
    [GOAL_COMMANDS.pinGoal]: (node) => pinGoal(deps, node),
    [GOAL_COMMANDS.goToGoal]: () => goToGoal(deps),
  };
}

/** The prompts of the real window (input boxes, pickers, messages) the commands ask with. */
export function createWindowPrompts(): WindowPrompts {
  return new WindowPrompts();
}

export function createEditCommands(deps: EditCommandDeps): EditCommands {
  const createGoal = new CreateGoalCommand(deps);
  const editGoal = new EditGoalCommand(deps);
  const addKeyResult = new AddKeyResultCommand(deps);
  const editKeyResult = new EditKeyResultCommand(deps);
  const updateProgress = new UpdateProgressCommand(deps);
  return {
    handlers: {
      [EDIT_COMMANDS.createGoal]: () => createGoal.run(),
      [EDIT_COMMANDS.editGoal]: (arg) => editGoal.run(arg),
      [EDIT_COMMANDS.deleteGoal]: (arg) => deleteGoal(deps, arg),
      [EDIT_COMMANDS.addKeyResult]: (arg) => addKeyResult.run(arg),
      [EDIT_COMMANDS.editKeyResult]: (arg) => editKeyResult.run(arg),
      [EDIT_COMMANDS.deleteKeyResult]: (arg) => deleteKeyResult(deps, arg),
      [EDIT_COMMANDS.updateProgress]: (arg) => updateProgress.run(arg),
      [EDIT_COMMANDS.incrementProgress]: (arg) => incrementProgress(deps, arg),
    },
    setKeyResultDone: (keyResultId, done) => setKeyResultDone(deps, keyResultId, done),
  };
}
