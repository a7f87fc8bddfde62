/** Numbers as the batch summary reads and writes them: swept values as numbers, figures to 6 decimals. */
import type { JsonValue } from '@geneva/engine';
import type { PointSummary } from './summary.js';

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

/**
 * Rounded to 9 decimals, as points.csv prints a point's mean: finer than any difference between two
 * means of outcomes given to 6 decimals (up to a thousand runs a point), coarser than the last-bit
 * noise of adding the same values in another order, so equal means compare equal.
 *
 * @example
 * round9(1.9000000000000004); // 1.9
 */
export function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/**
 * Every outcome of the points, read as one number a point: numeric ones by their mean, boolean ones
 * by their rate (NaN where a point has none: no finished run).
 *
 * @example
 * pointOutcomes(summary.points).get('inForce')!(summary.points[0]!); // 0.42
 */
export function pointOutcomes(points: readonly PointSummary[]): Map<string, (p: PointSummary) => number> {
  const readers = new Map<string, (p: PointSummary) => number>();
  const first = points.find((p) => p.runs > 0);
  if (first === undefined) return readers;
  for (const key of Object.keys(first.numeric)) readers.set(key, (p) => p.numeric[key]?.mean ?? Number.NaN);
  for (const key of Object.keys(first.rates)) readers.set(key, (p) => p.rates[key]?.rate ?? Number.NaN);
  return readers;
}
