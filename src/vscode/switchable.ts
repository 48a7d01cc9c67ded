/**
 * How host tests answer prompts, the one way: the window calls (WindowApis) and the
 * edit commands' prompts (Prompts) are each held as a Switchable, which forwards every
 * member to the real object unless something has been put in its place with use().
 * The commands keep the same object throughout, so nothing is rebuilt or patched.
 *
 *   const using = api.ui.use({ showInputBox: async () => emulator.token });
 *   ...
 *   using.dispose();
 */
import type * as vscode from 'vscode';

export type Switchable<T extends object> = T & {
  /** Answers with `replacement`'s members (the others stay real) until the result is disposed. */
  use(replacement: Partial<T>): vscode.Disposable;
};

export function switchable<T extends object>(real: T): Switchable<T> {
  let layers: readonly Partial<T>[] = [];
  const use = (replacement: Partial<T>): vscode.Disposable => {
    layers = [...layers, replacement];
    return {
      dispose: (): void => {
        layers = layers.filter((layer) => layer !== replacement);
      },
    };
  };
  return new Proxy(real, {
    get(target, key): unknown {
      if (key === 'use') {
        return use;
      }
      // The latest replacement that has the member answers; else the real object.
      const source: object = [...layers].reverse().find((layer) => key in layer) ?? target;
      const value: unknown = Reflect.get(source, key);
      if (typeof value !== 'function') {
        return value;
      }
      return (...args: unknown[]): unknown => {
        const result: unknown = Reflect.apply(value, source, args);
        return result;
      };
    },
  }) as Switchable<T>;
}
