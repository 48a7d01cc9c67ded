// The one line the activation probe prints in the extension host and the bench driver reads back.

export interface ActivationFigures {
  /** True when an activation event had already activated the extension (activateMs is then ~0). */
  activeBefore?: boolean;
  /** extension.activate(): loading dist/extension.js and running activate(). */
  activateMs?: number;
  /** Bytes of the extension's own bundles (dist/) loaded once activate() had finished. */
  loadedBytes?: number;
  /** Which of them (file names in dist/). */
  loadedFiles?: string[];
  /** Time since the extension host process started, when activation had finished. */
  hostUptimeMs?: number;
  error?: string;
}

const marker = '@@BENCH-ACTIVATION ';

export function formatActivationMarker(figures: ActivationFigures): string {
  return marker + JSON.stringify(figures);
}

export function parseActivationMarker(line: string): ActivationFigures | undefined {
  const at = line.indexOf(marker);
  if (at < 0) return undefined;
  try {
    return JSON.parse(line.slice(at + marker.length)) as ActivationFigures;
  } catch {
    return undefined;
  }
}
