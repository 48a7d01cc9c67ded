/**
 * The display language, for the parts that do not call vscode.l10n.t themselves: the pure
 * core words its text with @vscode/l10n (pointed here at this extension's bundle) and
 * formats numbers and dates for the locale it is given.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

/** "en", "de", "pt-br": the language VS Code shows its UI in. */
export function displayLocale(): string {
  return vscode.env.language;
}

/** Gives the core's l10n.t the strings VS Code loaded for the display language (none for English). */
export function translateCoreText(): void {
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
}

/**
 * A bundle loaded on demand that holds core code carries its own copy of @vscode/l10n: this loader
 * points that copy at the display language's strings the first time the bundle is used.
 */
export function withCoreText<T extends { translateWith(contents: Record<string, string> | undefined): void }>(load: () => T): () => T {
  let told = false;
  return () => {
    const bundle = load();
    if (!told) {
      bundle.translateWith(vscode.l10n.bundle);
      told = true;
    }
    return bundle;
  };
}
