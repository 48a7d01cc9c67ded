/** Disposes each in order; one failing does not keep the others alive. */
export function disposeAll(disposables: readonly { dispose(): unknown }[]): void {
  for (const disposable of disposables) {
    try {
      disposable.dispose();
    } catch {
      // Shutting down: nothing useful to do with the failure.
    }
  }
}
