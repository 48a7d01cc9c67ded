/**
 * What the extension sends the goal page's webview: the view model with the
 * page's words (localised by the VS Code layer), or word that the goal is gone.
 * Shared by the host and the webview script (types only).
 */
import type { GoalPageModel } from './viewModel';

export const PAGE_LABEL_KEYS = [
  'folder',
  'owners',
  'noOwners',
  'start',
  'due',
  'progress',
  'expectedToday',
  'description',
  'keyResults',
  'loadingKeyResults',
  'noKeyResults',
  'latestNote',
  'noNotes',
  'progressOverTime',
  'expectedLine',
  'today',
  'updateProgress',
  'increment',
  'editGoal',
  'addKeyResult',
  'editKeyResult',
  'deleteKeyResult',
  'openInClickUp',
  'markDone',
  'goalActions',
] as const;

export type PageLabelKey = (typeof PAGE_LABEL_KEYS)[number];
export type PageLabels = Readonly<Record<PageLabelKey, string>>;

export type HostMessage =
  | { readonly type: 'show'; readonly model: GoalPageModel; readonly labels: PageLabels; readonly chartNote: string; readonly chartSummary: string }
  | { readonly type: 'gone'; readonly title: string; readonly text: string };

/** What the webview keeps across reloads (vscode.setState): only the goal id. */
export interface GoalPageState {
  readonly goalId: string;
}

export function isGoalPageState(value: unknown): value is GoalPageState {
  const goalId = (value as Partial<GoalPageState> | null | undefined)?.goalId;
  return typeof goalId === 'string' && goalId.length > 0 && goalId.length <= 100;
}
