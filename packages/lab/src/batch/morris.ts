/**
 * Morris screening (the elementary effects method, with Campolongo's μ*): which swept parameters
 * matter for which outcome, from a Morris design (sweep `method: morris`). Along each trajectory one
 * parameter moves at a time, so the change of an outcome's mean between two consecutive points,
 * divided by the parameter's step as a share of its swept range, is that parameter's elementary
 * effect there. Over the trajectories: μ* (the mean absolute effect) ranks importance, μ (the mean
 * signed effect) gives the direction, σ (their spread) flags interactions or non-linearity.
 * μ*'s interval resamples trajectories and replications, so it includes the seeds' variance.
 */
import { halfWidth, resamples } from './bootstrap.js';
import { pointMeans, type ReplicateStore } from './replicates.js';
import type { PointSummary } from './summary.js';
import type { Design } from './sweep.js';
import { numberOf, pointOutcomes, round6 } from './values.js';

/** The elementary effects of one parameter on one outcome, per swept range of the parameter. */
export interface ElementaryEffects {
  readonly parameter: string;
  readonly outcome: string;
  /** Mean absolute elementary effect: how much the parameter matters. */
  readonly muStar: number;
  /** Half-width of μ*'s 95% interval (bootstrap over trajectories and replications; 0 with one effect). */
  readonly muStarConf: number;
  /** Mean elementary effect: its direction (near 0 with a large μ*: effects of both signs). */
  readonly mu: number;
  /** Standard deviation of the effects (null with one effect): interactions or non-linearity. */
  readonly sigma: number | null;
  /** How many effects (one per trajectory, less those with a failed point). */
  readonly effects: number;
}

/** One step of a trajectory: from which point to which, the parameter moved and by what share of its range. */
interface Step {
  readonly trajectory: number;
  readonly from: number;
  readonly to: number;
  readonly parameter: number;
  readonly delta: number;
}

/**
 * The elementary effects of every numeric (or boolean) parameter on every outcome's mean (or rate),
 * each outcome's parameters by μ*, largest first; empty for a design that is not Morris's. μ*'s
 * interval resamples trajectories and replications (bootstrap.ts), so it includes the seeds' variance.
 *
 * @example
 * morrisIndices(design, summary.points, store); // [{ parameter: 'rules.entryIntoForce.ratifications', outcome: 'inForce', muStar: 0.61, muStarConf: 0.08, mu: -0.61, sigma: 0.12, effects: 10 }, …]
 */
export function morrisIndices(design: Design, points: readonly PointSummary[], store: ReplicateStore): ElementaryEffects[] {
  if (design.trajectories === undefined) return [];
  const steps = stepsOf(design);
  const outcomes = pointOutcomes(points);
  return [...outcomes].flatMap(([outcome, read]) => {
    const effects = effectsOf([steps], design.paths.length, points.map(read));
    const boot = bootstrap(outcome, store, steps, design);
    return design.paths
      .map((parameter, i) => ({ parameter, i, list: effects[i]!.filter((e) => !Number.isNaN(e)) }))
      .filter(({ list }) => list.length > 0)
      .map(({ parameter, i, list }) => indicesOf(parameter, outcome, list, halfWidth(boot.map((b) => b[i]!))))
      .sort((x, y) => y.muStar - x.muStar || (x.parameter < y.parameter ? -1 : 1));
  });
}

/** The steps of every trajectory that move a numeric parameter (a step that moves none is left out). */
function stepsOf(design: Design): Step[] {
  const k = design.paths.length;
  const ranges = design.paths.map((_, i) => rangeOf(design.points.map((p) => numberOf(p[i]))));
  const steps: Step[] = [];
  for (let t = 0; t < design.trajectories!; t++) {
    for (let j = 1; j <= k; j++) {
      const [from, to] = [t * (k + 1) + j - 1, t * (k + 1) + j];
      const [a, b] = [design.points[from], design.points[to]];
      if (a === undefined || b === undefined) continue;
      const moved = a.findIndex((value, i) => JSON.stringify(value) !== JSON.stringify(b[i]));
      const range = ranges[moved];
      if (moved < 0 || range === undefined || range === 0 || Number.isNaN(range)) continue;
      steps.push({ trajectory: t, from, to, parameter: moved, delta: (numberOf(b[moved]) - numberOf(a[moved])) / range });
    }
  }
  return steps;
}

/** Each parameter's effects over the given lists of steps (NaN where a point of the step has no mean). */
function effectsOf(chosen: readonly (readonly Step[])[], k: number, means: ArrayLike<number>): number[][] {
  const effects = Array.from({ length: k }, (): number[] => []);
  for (const list of chosen) for (const s of list) effects[s.parameter]!.push((means[s.to]! - means[s.from]!) / s.delta);
  return effects;
}

/** Each parameter's μ* in each resample of trajectories and replications. */
function bootstrap(outcome: string, store: ReplicateStore, steps: readonly Step[], design: Design): number[][] {
  const column = store.column(outcome, false);
  if (column === undefined) return [];
  const byTrajectory = groupBy(steps);
  return resamples(`morris/${outcome}`, design.trajectories!, store.replications).map(({ units, replications }) => {
    const chosen = units.map((t) => byTrajectory.get(t) ?? []);
    const effects = effectsOf(chosen, design.paths.length, pointMeans(column, store.replications, replications));
    return effects.map((list) => {
      const finite = list.filter((e) => !Number.isNaN(e));
      return finite.length === 0 ? Number.NaN : finite.reduce((s, x) => s + Math.abs(x), 0) / finite.length;
    });
  });
}

function groupBy(steps: readonly Step[]): Map<number, Step[]> {
  const groups = new Map<number, Step[]>();
  for (const s of steps) {
    const list = groups.get(s.trajectory);
    if (list === undefined) groups.set(s.trajectory, [s]);
    else list.push(s);
  }
  return groups;
}

function indicesOf(parameter: string, outcome: string, list: readonly number[], muStarConf: number): ElementaryEffects {
  const n = list.length;
  const mu = list.reduce((s, x) => s + x, 0) / n;
  const muStar = list.reduce((s, x) => s + Math.abs(x), 0) / n;
  const sigma = n < 2 ? null : round6(Math.sqrt(list.reduce((s, x) => s + (x - mu) ** 2, 0) / (n - 1)));
  return { parameter, outcome, muStar: round6(muStar), muStarConf: n < 2 ? 0 : round6(muStarConf), mu: round6(mu), sigma, effects: n };
}

function rangeOf(values: readonly number[]): number {
  let [lo, hi] = [Infinity, -Infinity];
  for (const x of values) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
  return values.some(Number.isNaN) ? Number.NaN : hi - lo;
}
