/**
 * The Goals tree's nodes. Each has a `kind`, a stable `id` (`folder:<id>`,
 * `goal:<id>`, `kr:<id>`) so selection and reveal survive a refresh, and its
 * `parent` so getParent is one line. Nodes hold ids only; the data is read from
 * the store when an item is drawn.
 */

export interface FolderNode {
  readonly kind: 'folder';
  readonly id: string;
  readonly folderId: string;
  readonly parent: undefined;
}

export interface GoalNode {
  readonly kind: 'goal';
  readonly id: string;
  readonly goalId: string;
  parent: FolderNode | undefined;
}

export interface KeyResultNode {
  readonly kind: 'keyResult';
  readonly id: string;
  readonly keyResultId: string;
  readonly goalId: string;
  readonly parent: GoalNode;
}

/** A line under a goal whose key results could not be loaded. */
export interface NoticeNode {
  readonly kind: 'notice';
  readonly id: string;
  readonly message: string;
  readonly parent: GoalNode;
}

/** The last line of a long list of goals: the ones not shown yet, shown a page at a time on click. */
export interface MoreNode {
  readonly kind: 'more';
  readonly id: string;
  /** The folder id, or '' for the goals in no folder. */
  readonly parentKey: string;
  /** Goals of the list not shown yet. */
  readonly hidden: number;
  readonly parent: FolderNode | undefined;
}

export type GoalTreeNode = FolderNode | GoalNode | KeyResultNode | NoticeNode | MoreNode;

export const folderNodeId = (folderId: string): string => `folder:${folderId}`;
export const goalNodeId = (goalId: string): string => `goal:${goalId}`;
export const keyResultNodeId = (keyResultId: string): string => `kr:${keyResultId}`;
export const moreNodeId = (parentKey: string): string => `more:${parentKey}`;

/**
 * contextValue capability tokens, matched in package.json menus with
 * `viewItem =~ /;editable;/` and the like. Each value starts with the kind and
 * ends with ";" so every token can be matched as `;token;`.
 *
 * folder:     `folder;`
 * goal:       `goal;editable;deletable;canAddKeyResult;openable;` + `pinnable;` or `pinned;`
 * key result: `keyResult;editable;deletable;updatable;type-<type>;` + `toggleable;` for boolean ones
 */
export function folderContextValue(): string {
  return 'folder;';
}

export function goalContextValue(pinned: boolean): string {
  return `goal;editable;deletable;canAddKeyResult;openable;${pinned ? 'pinned;' : 'pinnable;'}`;
}

export function keyResultContextValue(type: string): string {
  const toggle = type === 'boolean' ? 'toggleable;' : '';
  return `keyResult;editable;deletable;updatable;type-${type};${toggle}`;
}
