/** Plain-text tables for the terminal: columns padded to their widest cell, numbers to the right. */

/**
 * The lines of a table: a header, then one line per row; columns flagged in `right` are right-aligned.
 *
 * @example
 * tableLines(['id', 'games'], [['realist', '30']], [false, true]);
 */
export function tableLines(header: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, k) => (right[k] ? c.padStart(widths[k]!) : c.padEnd(widths[k]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
