/**
 * Scenario discovery: under which swept conditions does a yes/no outcome (entry into force,
 * adoption) happen? PRIM, the patient rule induction method of Friedman and Fisher (1999) as EMA
 * Workbench uses it for scenario discovery: start from the box of every swept value, and peel off,
 * one side of one parameter at a time, the slice whose removal leaves the highest rate of the outcome
 * inside, a small share of the runs at a time, until the box holds too few runs. Each box on the way
 * is a trade-off between density (the outcome's rate inside) and coverage (the share of all the
 * runs with the outcome that it holds).
 *
 * Every run of a design point has the point's parameters, so the peeling works on points weighted
 * by their runs: the boxes are those per-run PRIM would find, in memory of the points, not the runs.
 * Numeric and boolean parameters are peeled; others (strings, lists) are left out of the box.
 */
import type { JsonValue } from '../state/json.js';

/** A design point as PRIM sees it: its swept values, its runs, and how many had the outcome. */
export interface DiscoveryPoint {
  readonly parameters: Readonly<Record<string, JsonValue>>;
  readonly runs: number;
  readonly hits: number;
}

/** The bounds of a box: for each peeled parameter, the lowest and highest value kept. */
export type Box = Readonly<Record<string, readonly [number, number]>>;

/** One box of the peeling trajectory. */
export interface BoxStep {
  /** The parameters whose range this box narrows, with the range kept (the others are unrestricted). */
  readonly box: Box;
  /** Share of all runs inside the box. */
  readonly mass: number;
  /** The outcome's rate among the runs inside. */
  readonly density: number;
  /** Share of all runs with the outcome that are inside. */
  readonly coverage: number;
}

/** Scenario discovery for one outcome. */
export interface Discovery {
  readonly outcome: string;
  /** The outcome's rate over every run (the density of the whole space). */
  readonly baseRate: number;
  /** The peeling trajectory, from the whole space to the last box. */
  readonly trajectory: readonly BoxStep[];
  /** The box to read first: the densest one that still holds half the runs with the outcome. */
  readonly chosen: number;
}

/** How PRIM peels. */
export interface PeelingOptions {
  /** Share of the box's runs peeled off at each step (at least one distinct value): 0.05. */
  readonly alpha?: number;
  /** The smallest share of all runs a box may hold: 0.05. */
  readonly minMass?: number;
  /** Coverage the chosen box keeps at least: 0.5. */
  readonly minCoverage?: number;
}

interface Candidate {
  readonly inside: readonly number[];
  readonly path: string;
  readonly bounds: readonly [number, number];
  readonly density: number;
  readonly mass: number;
}

/**
 * PRIM's peeling trajectory for one outcome over the design points (null when there is nothing to
 * discover: no numeric parameter that varies, no run, or an outcome that always or never happens).
 *
 * @example
 * const found = discover('inForce', points);
 * found?.trajectory[found.chosen]; // { box: { 'rules.entryIntoForce.ratifications': [3, 5] }, mass: 0.3, density: 0.9, coverage: 0.55 }
 */
export function discover(outcome: string, points: readonly DiscoveryPoint[], options: PeelingOptions = {}): Discovery | null {
  const { alpha = 0.05, minMass = 0.05, minCoverage = 0.5 } = options;
  const paths = peelablePaths(points);
  const total = sum(points, (p) => p.runs);
  const hits = sum(points, (p) => p.hits);
  if (paths.length === 0 || total === 0 || hits === 0 || hits === total) return null;
  const value = (k: number, path: string) => numberOf(points[k]!.parameters[path]);
  let inside = points.map((_, k) => k).filter((k) => points[k]!.runs > 0);
  const box = new Map<string, readonly [number, number]>();
  const trajectory: BoxStep[] = [step(box, inside, points, total, hits)];
  let density = hits / total;
  for (;;) {
    const mass = sum(inside, (k) => points[k]!.runs);
    let best: Candidate | null = null;
    for (const path of paths) {
      for (const side of ['low', 'high'] as const) {
        const candidate = peel(inside, path, side, alpha * mass, points, value);
        if (candidate === null || candidate.mass < minMass * total) continue;
        if (best === null || candidate.density > best.density || (candidate.density === best.density && candidate.mass > best.mass)) best = candidate;
      }
    }
    if (best === null || best.density <= density) break;
    density = best.density;
    inside = [...best.inside];
    box.set(best.path, best.bounds);
    trajectory.push(step(box, inside, points, total, hits));
  }
  const chosen = trajectory.reduce((pick, s, k) => (s.coverage >= minCoverage && s.density >= trajectory[pick]!.density ? k : pick), 0);
  return { outcome, baseRate: round6(hits / total), trajectory, chosen };
}

/** The parameters PRIM can peel: numeric or boolean at every point, with at least two values. */
function peelablePaths(points: readonly DiscoveryPoint[]): string[] {
  const first = points[0];
  if (first === undefined) return [];
  return Object.keys(first.parameters).filter((path) => {
    const values = points.map((p) => numberOf(p.parameters[path]));
    return !values.some(Number.isNaN) && new Set(values).size >= 2;
  });
}

/**
 * The box left after peeling one side of one parameter: the points with the lowest (or highest)
 * values, whole values at a time, until at least `atLeast` runs are off (one value at least, and
 * never every point).
 */
function peel(inside: readonly number[], path: string, side: 'low' | 'high', atLeast: number, points: readonly DiscoveryPoint[], value: (k: number, path: string) => number): Candidate | null {
  const order = [...inside].sort((a, b) => (side === 'low' ? value(a, path) - value(b, path) : value(b, path) - value(a, path)));
  let removed = 0;
  let cut = 0;
  while (cut < order.length && (cut === 0 || removed < atLeast)) {
    const level = value(order[cut]!, path);
    let next = cut;
    let runs = 0;
    while (next < order.length && value(order[next]!, path) === level) runs += points[order[next++]!]!.runs;
    if (next === order.length) break;
    removed += runs;
    cut = next;
  }
  if (cut === 0) return null;
  const remaining = order.slice(cut);
  const values = remaining.map((k) => value(k, path));
  const mass = sum(remaining, (k) => points[k]!.runs);
  return { inside: remaining, path, bounds: [Math.min(...values), Math.max(...values)], density: sum(remaining, (k) => points[k]!.hits) / mass, mass };
}

function step(box: ReadonlyMap<string, readonly [number, number]>, inside: readonly number[], points: readonly DiscoveryPoint[], total: number, hits: number): BoxStep {
  const mass = sum(inside, (k) => points[k]!.runs);
  const inHits = sum(inside, (k) => points[k]!.hits);
  const sorted = [...box].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { box: Object.fromEntries(sorted), mass: round6(mass / total), density: round6(mass === 0 ? 0 : inHits / mass), coverage: round6(inHits / hits) };
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  let s = 0;
  for (const item of items) s += of(item);
  return s;
}

function numberOf(value: JsonValue | undefined): number {
  return typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : Number.NaN;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
