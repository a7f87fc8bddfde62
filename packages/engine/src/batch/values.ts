/** Numbers as the batch summary reads and writes them: swept values as numbers, figures to 6 decimals. */
import type { JsonValue } from '../state/json.js';

/**
 * The number a swept value stands for: itself, 0 or 1 for a boolean, NaN for anything else (a
 * strategy name), which the summary's analyses leave out.
 *
 * @example
 * numberOf(true); // 1
 * numberOf('realist'); // NaN
 */
export function numberOf(value: JsonValue | undefined): number {
  return typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : Number.NaN;
}

/**
 * Rounded to 6 decimals, as outcomes are, so figures print cleanly.
 *
 * @example
 * round6(2 / 3); // 0.666667
 */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
