/**
 * An outcome as one flat row for CSV and data frames: every field under its own name, id lists
 * joined with `;`, the final text as `text.<article>` and welfare as `welfareBy.<actor>`.
 */
import type { Outcome } from './outcome.js';

/** A cell of a flat row. */
export type Cell = string | number | boolean;

/**
 * Flattens an outcome into named cells, in the outcome's field order.
 *
 * @example
 * flattenOutcome(outcomeOf(final))['text.binding']; // 0.6
 */
export function flattenOutcome(outcome: Outcome): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(outcome) as [string, unknown][]) {
    if (Array.isArray(value)) row[key] = value.join(';');
    else if (typeof value === 'object' && value !== null) for (const [name, cell] of Object.entries(value as Record<string, number>)) row[`${key}.${name}`] = cell;
    else row[key] = value as Cell;
  }
  return row;
}
