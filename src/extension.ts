import type * as vscode from 'vscode';

/** Composition root: builds the services and wires them together. No logic lives here. */
export function activate(_context: vscode.ExtensionContext): void {
  // Wired up in src/vscode/* as the features land.
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
