/**
 * The outcome table: every scalar field of the outcome under its JSON name (so a reader can match
 * it to `--json` and to batch tables), in two columns. The id lists and the text are shown elsewhere.
 */
import type { Outcome } from '@geneva/engine';
import { INDENT, num, yesNo } from './format.js';

/** The width of one column of the table. */
const COLUMN = 44;

/**
 * The lines of the outcome table.
 *
 * @example
 * outcomeTable(outcomeOf(state)); // ['  adopted         yes   signatories  11', …]
 */
export function outcomeTable(outcome: Outcome): string[] {
  const cells = Object.entries(outcome).flatMap(([key, value]) => {
    if (typeof value === 'boolean') return [[key, yesNo(value)] as const];
    return typeof value === 'number' ? [[key, num(value)] as const] : [];
  });
  const width = Math.max(...cells.map(([key]) => key.length));
  const rows: string[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const [left, right] = [cells[k], cells[k + 1]].map((cell) => (cell === undefined ? '' : `${cell[0].padEnd(width)}  ${cell[1]}`));
    rows.push(`${INDENT}${(left ?? '').padEnd(COLUMN)}${right ?? ''}`.trimEnd());
  }
  return rows;
}
