/**
 * What is wrong with a swept range, field by field: the fields its distribution needs, those it does
 * not use, and bounds that leave no value (min above max, a mode outside them, sd ≤ 0, a log-uniform
 * range reaching 0, a truncation with no probability, an integer range with no whole number).
 */
import { distributionOf, truncatedMass, type RangeFields } from './distributions.js';

/** A problem of one field of a range, as a sentence fragment for `path: reason`. */
export interface RangeProblem {
  readonly field: string;
  readonly message: string;
}

/** The fields each distribution takes; `min` and `max` are optional for a normal only. */
const FIELDS: Record<NonNullable<RangeFields['distribution']>, { readonly required: readonly string[]; readonly optional: readonly string[] }> = {
  uniform: { required: ['min', 'max'], optional: [] },
  'log-uniform': { required: ['min', 'max'], optional: [] },
  triangular: { required: ['min', 'mode', 'max'], optional: [] },
  normal: { required: ['mean', 'sd'], optional: ['min', 'max'] },
};

/**
 * The problems of a range (none when it is sound).
 *
 * @example
 * rangeProblems({ distribution: 'normal', mean: 1, sd: 0, integer: false }); // [{ field: 'sd', message: 'must be above 0' }]
 */
export function rangeProblems(range: RangeFields & { readonly integer: boolean }): RangeProblem[] {
  const kind = range.distribution ?? 'uniform';
  const { required, optional } = FIELDS[kind];
  const given = range as unknown as Readonly<Record<string, number | undefined>>;
  const missing = required.filter((field) => given[field] === undefined).map((field) => ({ field, message: `required by a ${kind} range` }));
  const unused = ['min', 'max', 'mean', 'sd', 'mode']
    .filter((field) => given[field] !== undefined && !required.includes(field) && !optional.includes(field))
    .map((field) => ({ field, message: `not used by a ${kind} range` }));
  if (missing.length > 0 || unused.length > 0) return [...missing, ...unused];
  return boundProblems(range);
}

/** Bounds that leave no value to draw, once every needed field is there. */
function boundProblems(range: RangeFields & { readonly integer: boolean }): RangeProblem[] {
  const d = distributionOf(range);
  const strict = d.kind !== 'uniform';
  if (strict ? d.min >= d.max : d.min > d.max) return [{ field: 'max', message: strict ? 'must exceed min' : 'min must not exceed max' }];
  if (d.kind === 'triangular' && !(d.min <= d.mode && d.mode <= d.max)) return [{ field: 'mode', message: `must lie within [min, max] = [${d.min}, ${d.max}]` }];
  if (d.kind === 'log-uniform' && d.min <= 0) return [{ field: 'min', message: 'must be above 0 (a log-uniform range is uniform in the logarithm)' }];
  if (d.kind === 'normal' && !(d.sd > 0)) return [{ field: 'sd', message: 'must be above 0' }];
  if (d.kind === 'normal' && !(truncatedMass(d) > 1e-12)) return [{ field: 'min', message: `the truncation ${interval(d.min, d.max)} lies too far in a tail of the normal (mean ${d.mean}, sd ${d.sd}) to hold any of its probability` }];
  if (range.integer && Number.isFinite(d.min) && Number.isFinite(d.max) && Math.ceil(d.min) > Math.floor(d.max)) return [{ field: 'max', message: 'no whole number between min and max' }];
  return [];
}

/** [min, max] in words, with ∞ for an open side. */
function interval(min: number, max: number): string {
  return `${Number.isFinite(min) ? `[${min}` : '(−∞'}, ${Number.isFinite(max) ? `${max}]` : '∞)'}`;
}
