// The one machine-readable line a suite reports its counts with, and the closing line CI reads.
// The extension host prints the marker through its console; the drivers pick it out of the relay.

export interface SuiteCounts {
  passed: number;
  failed: number;
  pending: number;
}

const marker = '@@RESULT ';

/** Printed by the host tests' entry when mocha starts: the driver hides the workbench's chatter before it. */
export const startMarker = '@@START';

export function formatResultMarker(counts: SuiteCounts): string {
  return marker + JSON.stringify(counts);
}

/** The counts in a marker line, or undefined when the line is not one. */
export function parseResultMarker(line: string): SuiteCounts | undefined {
  const at = line.indexOf(marker);
  if (at < 0) return undefined;
  try {
    const value = JSON.parse(line.slice(at + marker.length)) as Partial<SuiteCounts>;
    if (typeof value.passed !== 'number' || typeof value.failed !== 'number') return undefined;
    return { passed: value.passed, failed: value.failed, pending: value.pending ?? 0 };
  } catch {
    return undefined;
  }
}

/** The closing line every suite prints last: `N passed, N failed`. */
export function formatTotalLine(counts: Pick<SuiteCounts, 'passed' | 'failed'>): string {
  return `${counts.passed} passed, ${counts.failed} failed`;
}
