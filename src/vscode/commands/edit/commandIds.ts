/** The ids of the create/edit/delete/progress commands, as package.json declares them. */
export const EDIT_COMMANDS = {
  createGoal: 'clickupGoals.createGoal',
  editGoal: 'clickupGoals.editGoal',
  deleteGoal: 'clickupGoals.deleteGoal',
  addKeyResult: 'clickupGoals.addKeyResult',
  editKeyResult: 'clickupGoals.editKeyResult',
  deleteKeyResult: 'clickupGoals.deleteKeyResult',
  updateProgress: 'clickupGoals.updateProgress',
  /** Tree only: the "+1" inline action of number key results. */
  incrementProgress: 'clickupGoals.incrementProgress',
} as const;
