/** Plain-text formatting for the bench output (pure). */

export type Cell = string | number | undefined | null;
export type Align = 'left' | 'right';

/** Placeholder for a figure that could not be measured. */
export const NA = '-';

/**
 * An aligned plain-text table: a header row, a dashed rule, then the rows. Numbers are
 * right-aligned and text left-aligned unless `align` says otherwise; missing cells print as "-".
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[], align?: readonly Align[]): string {
  const width = Math.max(headers.length, ...rows.map((r) => r.length));
  const text = (cell: Cell) => (cell === undefined || cell === null || cell === '' ? NA : String(cell));
  const body = rows.map((row) => Array.from({length: width}, (_, i) => text(row[i])));
  const head = Array.from({length: width}, (_, i) => headers[i] ?? '');
  const alignOf = (i: number): Align => {
    if (align?.[i]) return align[i]!;
    if (i === 0) return 'left';
    // Right-align a column when every filled cell looks numeric (digits, units, ratios).
    const numeric = rows.every((row) => {
      const cell = row[i];
      return cell === undefined || cell === null || typeof cell === 'number' || /^[-+]?[\d.,]+\s*(%|s|ms|KB|MiB|x|×)?$|^-$/.test(String(cell));
    });
    return numeric ? 'right' : 'left';
  };
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (alignOf(i) === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .replace(/\s+$/, '');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Bytes as kilobytes (1 KB = 1024 bytes) with one decimal. */
export function kb(bytes: number | undefined): string {
  return bytes === undefined ? NA : (bytes / 1024).toFixed(1);
}

/** A number with fixed decimals, or "-" when missing. */
export function fixed(value: number | undefined, digits = 0): string {
  return value === undefined || !Number.isFinite(value) ? NA : value.toFixed(digits);
}

/** A section heading: a blank line, the title, and a rule of "=". */
export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`;
}
