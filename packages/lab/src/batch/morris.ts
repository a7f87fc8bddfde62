/**
 * Morris screening (the elementary effects method, with Campolongo's μ*): which swept parameters
 * matter for which outcome, from a Morris design (sweep `method: morris`). Along each trajectory one
 * parameter moves at a time, so the change of an outcome's mean between two consecutive points,
 * divided by the parameter's step as a share of its swept range, is that parameter's elementary
 * effect there. Over the trajectories: μ* (the mean absolute effect) ranks importance, μ (the mean
 * signed effect) gives the direction, σ (their spread) flags interactions or non-linearity.
 */
import type { PointSummary } from './summary.js';
import type { Design } from './sweep.js';
import { numberOf, pointOutcomes, round6 } from './values.js';

/** The elementary effects of one parameter on one outcome, per swept range of the parameter. */
export interface ElementaryEffects {
  readonly parameter: string;
  readonly outcome: string;
  /** Mean absolute elementary effect: how much the parameter matters. */
  readonly muStar: number;
  /** Mean elementary effect: its direction (near 0 with a large μ*: effects of both signs). */
  readonly mu: number;
  /** Standard deviation of the effects (null with one effect): interactions or non-linearity. */
  readonly sigma: number | null;
  /** How many effects (one per trajectory, less those with a failed point). */
  readonly effects: number;
}

/**
 * The elementary effects of every numeric (or boolean) parameter on every outcome's mean (or rate),
 * each outcome's parameters by μ*, largest first; empty for a design that is not Morris's.
 *
 * @example
 * morrisIndices(design, summary.points); // [{ parameter: 'rules.entryIntoForce.ratifications', outcome: 'inForce', muStar: 0.61, mu: -0.61, sigma: 0.12, effects: 10 }, …]
 */
export function morrisIndices(design: Design, points: readonly PointSummary[]): ElementaryEffects[] {
  if (design.trajectories === undefined) return [];
  const k = design.paths.length;
  const ranges = design.paths.map((_, i) => rangeOf(design.points.map((p) => numberOf(p[i]))));
  const outcomes = pointOutcomes(points);
  const effects = new Map<string, number[]>();
  for (let t = 0; t < design.trajectories; t++) {
    for (let j = 1; j <= k; j++) {
      const [a, b] = [points[t * (k + 1) + j - 1], points[t * (k + 1) + j]];
      if (a === undefined || b === undefined || a.runs === 0 || b.runs === 0) continue;
      const moved = design.paths.findIndex((path) => JSON.stringify(a.parameters[path]) !== JSON.stringify(b.parameters[path]));
      const range = ranges[moved];
      if (moved < 0 || range === undefined || range === 0 || Number.isNaN(range)) continue;
      const path = design.paths[moved]!;
      const delta = (numberOf(b.parameters[path]) - numberOf(a.parameters[path])) / range;
      for (const [outcome, read] of outcomes) {
        const change = read(b) - read(a);
        if (Number.isNaN(change)) continue;
        const key = `${path}\u0000${outcome}`;
        const list = effects.get(key) ?? [];
        list.push(change / delta);
        effects.set(key, list);
      }
    }
  }
  return [...outcomes.keys()].flatMap((outcome) =>
    design.paths
      .map((parameter) => ({ parameter, list: effects.get(`${parameter}\u0000${outcome}`) }))
      .filter((e): e is { parameter: string; list: number[] } => e.list !== undefined)
      .map(({ parameter, list }) => indicesOf(parameter, outcome, list))
      .sort((x, y) => y.muStar - x.muStar || (x.parameter < y.parameter ? -1 : 1)),
  );
}

function indicesOf(parameter: string, outcome: string, list: readonly number[]): ElementaryEffects {
  const n = list.length;
  const mu = list.reduce((s, x) => s + x, 0) / n;
  const muStar = list.reduce((s, x) => s + Math.abs(x), 0) / n;
  const sigma = n < 2 ? null : round6(Math.sqrt(list.reduce((s, x) => s + (x - mu) ** 2, 0) / (n - 1)));
  return { parameter, outcome, muStar: round6(muStar), mu: round6(mu), sigma, effects: n };
}

function rangeOf(values: readonly number[]): number {
  let [lo, hi] = [Infinity, -Infinity];
  for (const x of values) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
  return values.some(Number.isNaN) ? Number.NaN : hi - lo;
}
