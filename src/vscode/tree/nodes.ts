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

export type GoalTreeNode = FolderNode | GoalNode | KeyResultNode | NoticeNode;

export const folderNodeId = (folderId: string): string => `folder:${folderId}`;
export const goalNodeId = (goalId: string): string => `goal:${goalId}`;
export const keyResultNodeId = (keyResultId: string): string => `kr:${keyResultId}`;

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
