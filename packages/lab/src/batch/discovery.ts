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
import type { JsonValue } from '@geneva/engine';
import { numberOf, round6 } from './values.js';

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

/** A peel considered: one side of one parameter, the runs and hits it takes off, the bound it leaves. */
interface Candidate {
  readonly path: number;
  readonly side: 'low' | 'high';
  /** The lowest (low side) or highest (high side) value kept. */
  readonly keep: number;
  readonly mass: number;
  readonly hits: number;
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
  // Each parameter's values, and the points in the order of each: sorted once, then peeled by
  // marking points out, so a step costs a pass over the points, not a sort (designs may have
  // hundreds of thousands of points).
  const values = paths.map((path) => Float64Array.from(points, (p) => numberOf(p.parameters[path])));
  const orders = values.map((v) => points.map((_, k) => k).filter((k) => points[k]!.runs > 0).sort((a, b) => v[a]! - v[b]!));
  const alive = Uint8Array.from(points, (p) => (p.runs > 0 ? 1 : 0));
  const box = new Map<string, readonly [number, number]>();
  let inside = { mass: total, hits };
  const trajectory: BoxStep[] = [stepOf(box, inside, total, hits)];
  for (;;) {
    let best: { candidate: Candidate; density: number; mass: number } | null = null;
    for (let i = 0; i < paths.length; i++) {
      for (const side of ['low', 'high'] as const) {
        const candidate = peel(orders[i]!, values[i]!, alive, points, i, side, alpha * inside.mass);
        if (candidate === null) continue;
        const mass = inside.mass - candidate.mass;
        if (mass < minMass * total) continue;
        const density = (inside.hits - candidate.hits) / mass;
        if (best === null || density > best.density || (density === best.density && mass > best.mass)) best = { candidate, density, mass };
      }
    }
    if (best === null || best.density <= inside.hits / inside.mass) break;
    const { candidate } = best;
    const order = orders[candidate.path]!;
    const v = values[candidate.path]!;
    for (const k of order) if (candidate.side === 'low' ? v[k]! < candidate.keep : v[k]! > candidate.keep) alive[k] = 0;
    inside = { mass: inside.mass - candidate.mass, hits: inside.hits - candidate.hits };
    box.set(paths[candidate.path]!, extent(order, v, alive));
    trajectory.push(stepOf(box, inside, total, hits));
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
 * Peeling one side of one parameter: the points with the lowest (or highest) values still inside,
 * whole values at a time, until at least `atLeast` runs are off (one value at least, and never every
 * point), or null when the parameter has a single value left.
 */
function peel(order: readonly number[], v: Float64Array, alive: Uint8Array, points: readonly DiscoveryPoint[], path: number, side: 'low' | 'high', atLeast: number): Candidate | null {
  const n = order.length;
  const at = (j: number) => order[side === 'low' ? j : n - 1 - j]!;
  let j = 0;
  let mass = 0;
  let hits = 0;
  let removedAny = false;
  for (;;) {
    while (j < n && alive[at(j)] === 0) j++;
    if (j === n) return null;
    if (removedAny && mass >= atLeast) return { path, side, keep: v[at(j)]!, mass, hits };
    // Take off every live point at this value, unless none would be left.
    const level = v[at(j)]!;
    let next = j;
    let levelMass = 0;
    let levelHits = 0;
    for (; next < n && (alive[at(next)] === 0 || v[at(next)] === level); next++) {
      if (alive[at(next)] === 0) continue;
      levelMass += points[at(next)]!.runs;
      levelHits += points[at(next)]!.hits;
    }
    while (next < n && alive[at(next)] === 0) next++;
    if (next === n) return removedAny ? { path, side, keep: level, mass, hits } : null;
    [mass, hits, removedAny, j] = [mass + levelMass, hits + levelHits, true, next];
  }
}

/** The lowest and highest value of a parameter among the points inside. */
function extent(order: readonly number[], v: Float64Array, alive: Uint8Array): readonly [number, number] {
  let lo = 0;
  while (alive[order[lo]!] === 0) lo++;
  let hi = order.length - 1;
  while (alive[order[hi]!] === 0) hi--;
  return [v[order[lo]!]!, v[order[hi]!]!];
}

function stepOf(box: ReadonlyMap<string, readonly [number, number]>, inside: { readonly mass: number; readonly hits: number }, total: number, hits: number): BoxStep {
  const sorted = [...box].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { box: Object.fromEntries(sorted), mass: round6(inside.mass / total), density: round6(inside.mass === 0 ? 0 : inside.hits / inside.mass), coverage: round6(inside.hits / hits) };
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  let s = 0;
  for (const item of items) s += of(item);
  return s;
}
