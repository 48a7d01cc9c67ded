/**
 * The check-in's command ids and context key: Skip and Finish have keys
 * (Alt+S, Alt+F) that work only while a check-in step is shown.
 */
export const CHECK_IN_COMMANDS = {
  checkIn: 'clickupGoals.checkIn',
  skip: 'clickupGoals.checkInSkip',
  finish: 'clickupGoals.checkInFinish',
} as const;

/** True while a check-in walks through its steps (package.json keybindings read it). */
export const CONTEXT_CHECKING_IN = 'clickupGoals.checkingIn';
