// The bench's output: one row per figure, ours beside the naive strategy's, printed as a
// plain-text table for the terminal and as Markdown for test/bench/RESULTS.md.

export interface BenchRow {
  /** The scenario the row belongs to, e.g. "1. Open Workspace". */
  section: string;
  metric: string;
  ours: string;
  naive: string;
  /** How many times better ours is (naive / ours), or a dash when it does not apply. */
  ratio: string;
  /** How the figure was obtained: measured, computed from a request count, scaled... */
  note: string;
}

const headers = ['Metric', 'Ours', 'Naive', 'Naive / ours', 'How measured'];

function cells(row: BenchRow): string[] {
  return [row.metric, row.ours, row.naive, row.ratio, row.note];
}

/** Rows grouped under their section titles, columns padded to line up. */
export function formatTextTable(rows: readonly BenchRow[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => cells(row)[column].length)));
  const line = (values: string[]): string => values.map((value, column) => value.padEnd(widths[column])).join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-+-');
  const out = [line(headers), rule];
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      out.push(`[${section}]`);
    }
    out.push(line(cells(row)));
  }
  return out.join('\n');
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|');
}

/** One Markdown table per section, each under a level-3 heading. */
export function formatMarkdownTables(rows: readonly BenchRow[]): string {
  const sections = [...new Set(rows.map((row) => row.section))];
  return sections
    .map((section) => {
      const body = rows
        .filter((row) => row.section === section)
        .map((row) => `| ${cells(row).map(escapeCell).join(' | ')} |`);
      return [`### ${section}`, '', `| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...body].join('\n');
    })
    .join('\n\n');
}
