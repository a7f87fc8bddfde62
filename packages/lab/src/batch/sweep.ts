/**
 * Sweep files: which scenario parameters a batch varies (by path), over which ranges (uniform or
 * following a distribution, see distributions.ts) or values, sampled how (a full grid, random points,
 * a Latin hypercube, Morris trajectories or Saltelli's design on a Sobol sequence for Sobol indices),
 * with how many replications per design point, and PRIM's settings. Parsing reports
 * `file:line:col: path: reason` like scenario files; the design is a pure function of the sweep and
 * the design seed.
 */
import { z } from 'zod';
import { withParameters, nextFloat, seedRng, type ScenarioProblem, type Scenario, type RngState, type JsonValue } from '@geneva/engine';
import { issueProblems, readYaml, nextInt } from '@geneva/engine/tooling';
import { DISTRIBUTIONS, distributionOf, quantile, type Distribution } from './distributions.js';
import { rangeProblems } from './range-problems.js';
import { SOBOL_MAX_PARAMETERS, sobolSequence } from './sobol-sequence.js';

const json: z.ZodType<JsonValue> = z.lazy(() => z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(json), z.record(z.string(), json)]));

/** A JSON Schema condition: a range with this distribution requires these fields (and one without it, `otherwise`). */
function requires(distribution: string, fields: readonly string[], otherwise?: readonly string[]): Record<string, unknown> {
  return { if: { properties: { distribution: { const: distribution } }, required: ['distribution'] }, then: { required: fields }, ...(otherwise === undefined ? {} : { else: { required: otherwise } }) };
}

const range = z
  .strictObject({
    distribution: z
      .enum(DISTRIBUTIONS)
      // Optional rather than defaulted, so that a sweep written before distributions keeps its hash.
      .optional()
      .describe('default uniform: uniform on [min, max]; normal (mean, sd, optionally truncated to min and/or max); triangular (min, mode, max); log-uniform (min > 0, max)'),
    min: z.number().optional().describe('the lowest value (a normal: its truncation below, optional)'),
    max: z.number().optional().describe('the highest value (a normal: its truncation above, optional)'),
    mean: z.number().optional().describe('normal: the mean'),
    sd: z.number().optional().describe('normal: the standard deviation (> 0)'),
    mode: z.number().optional().describe('triangular: the most likely value, within [min, max]'),
    integer: z.boolean().default(false).describe('whole numbers only'),
    levels: z.number().int().min(2).max(1000).optional().describe('grid and morris: values at evenly spaced quantiles from the lowest to the highest (default 3 for grid, 4 for morris)'),
    // A parameter with `values` is a list, never a range: its problems are the list's (see optionIssues).
    values: z.never().optional(),
  })
  .superRefine((r, ctx) => {
    for (const problem of rangeProblems(r)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  })
  // For editors: the fields each distribution requires (range-problems.ts checks them when parsing).
  .meta({ allOf: [requires('normal', ['mean', 'sd'], ['min', 'max']), requires('triangular', ['mode'])] });

const values = z.strictObject({ values: z.array(json).min(1).describe('the values to take') });

const discoveryOptions = z.strictObject({
  alpha: z.number().gt(0).max(0.5).optional().describe('the share of the box\'s runs peeled off at each step, in (0, 0.5] (default 0.05)'),
  minMass: z.number().gt(0).lt(1).optional().describe('the smallest share of all runs a box may hold, in (0, 1) (default 0.05)'),
  minCoverage: z.number().gt(0).max(1).optional().describe('the share of the runs with the outcome that the box picked keeps at least, in (0, 1] (default 0.5)'),
});

/**
 * The schema of a sweep file (zod): what {@link parseSweep} validates.
 *
 * @example
 * sweepSchema.safeParse({ method: 'grid', parameters: { 'rules.bodyAccuracy': { values: [0.6, 0.9] } } }).success; // true
 */
export const sweepSchema = z
  .strictObject({
    method: z
      .enum(['grid', 'random', 'lhs', 'morris', 'sobol'])
      .describe('grid: every combination; random: independent points from each range\'s distribution; lhs: a Latin hypercube; morris: one-at-a-time trajectories for Morris screening; sobol: Saltelli\'s design for Sobol indices'),
    points: z.number().int().min(1).max(1_000_000).optional().describe('design points (random and lhs; a grid has the product of its levels)'),
    trajectories: z.number().int().min(1).max(100_000).optional().describe('morris: trajectories, each of (parameters + 1) points'),
    samples: z.number().int().min(2).max(100_000).optional().describe('sobol: base samples, each of (parameters + 2) points, or 2 × parameters + 2 with secondOrder'),
    secondOrder: z.boolean().optional().describe('sobol: also second-order indices (pairs of parameters), at 2 × parameters + 2 points a base sample'),
    replications: z.number().int().min(1).max(1_000_000).default(1).describe('runs per design point, with the same seeds at every point'),
    parameters: z.record(z.string(), z.union([range, values])).refine((p) => Object.keys(p).length > 0, { message: 'name at least one parameter' }),
    outcomes: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe('derived outcomes: name → expression over the columns of runs.csv, e.g. highHarm: civilianHarm > 5 (docs/batches.md, "Series and derived outcomes")'),
    seed: z
      .union([z.string().min(1), z.number().int().safe()])
      .optional()
      .describe('the design seed: the same points whatever the run seeds (--seed); default: drawn from --seed. --design-seed overrides it'),
    discovery: discoveryOptions.optional().describe('scenario discovery (PRIM): how it peels and which box it picks'),
  })
  .superRefine((s, ctx) => {
    if (s.method === 'grid' && s.points !== undefined) ctx.addIssue({ code: 'custom', path: ['points'], message: 'not used by grid (the product of the levels gives the points)' });
    if (s.method === 'morris' && s.points !== undefined) ctx.addIssue({ code: 'custom', path: ['points'], message: 'not used by morris (trajectories × (parameters + 1) gives the points)' });
    if ((s.method === 'random' || s.method === 'lhs') && s.points === undefined) ctx.addIssue({ code: 'custom', path: ['points'], message: `required by ${s.method}` });
    if (s.method === 'morris' && s.trajectories === undefined) ctx.addIssue({ code: 'custom', path: ['trajectories'], message: 'required by morris' });
    if (s.method !== 'morris' && s.trajectories !== undefined) ctx.addIssue({ code: 'custom', path: ['trajectories'], message: `not used by ${s.method} (only by morris)` });
    if (s.method === 'sobol' && s.points !== undefined) ctx.addIssue({ code: 'custom', path: ['points'], message: 'not used by sobol (samples × (parameters + 2) gives the points)' });
    if (s.method === 'sobol' && s.samples === undefined) ctx.addIssue({ code: 'custom', path: ['samples'], message: 'required by sobol' });
    if (s.method !== 'sobol' && s.samples !== undefined) ctx.addIssue({ code: 'custom', path: ['samples'], message: `not used by ${s.method} (only by sobol)` });
    if (s.method !== 'sobol' && s.secondOrder !== undefined) ctx.addIssue({ code: 'custom', path: ['secondOrder'], message: `not used by ${s.method} (only by sobol)` });
    const swept = Object.keys(s.parameters).length;
    if (s.method === 'sobol' && swept > SOBOL_MAX_PARAMETERS) ctx.addIssue({ code: 'custom', path: ['parameters'], message: `sobol takes at most ${SOBOL_MAX_PARAMETERS} parameters (its Sobol sequence has ${2 * SOBOL_MAX_PARAMETERS} dimensions), not ${swept}` });
    if (s.method !== 'grid' && s.method !== 'morris') return;
    for (const [path, spec] of Object.entries(s.parameters))
      if (!isList(spec) && spec.distribution === 'normal' && (spec.min === undefined || spec.max === undefined))
        ctx.addIssue({ code: 'custom', path: ['parameters', path, spec.min === undefined ? 'min' : 'max'], message: `required by ${s.method} for a normal range (its levels run from the lowest value to the highest)` });
  });

/** A parsed sweep. */
export type Sweep = z.infer<typeof sweepSchema>;
/** One parameter's range or values. */
export type SweepParameter = Sweep['parameters'][string];

/** A batch design: the swept paths and, for each design point, their values in that order. */
export interface Design {
  readonly paths: readonly string[];
  readonly points: readonly (readonly JsonValue[])[];
  readonly replications: number;
  /**
   * Morris designs: the number of trajectories. The points then come in trajectories of
   * `paths.length + 1` points, each point one parameter away from the one before it.
   */
  readonly trajectories?: number;
  /**
   * Sobol designs (Saltelli's): the number of base samples. The points then come in blocks of
   * `paths.length + 2`: A, then A with parameter i taken from B for each i, then B; with
   * `secondOrder`, of `2 × paths.length + 2`: A, the AB_i, then B with parameter i from A for each i, then B.
   */
  readonly samples?: number;
  /** Sobol designs with the BA_i points that second-order indices need (SALib's calc_second_order). */
  readonly secondOrder?: boolean;
}

/** The result of {@link parseSweep}. */
export type SweepResult = { readonly ok: true; readonly sweep: Sweep } | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * Parses and validates a sweep file (YAML or JSON). Never throws for bad input.
 *
 * @example
 * const result = parseSweep('method: lhs\npoints: 20\nparameters:\n  actors.usa.domesticHurdle: { min: 1, max: 4 }\n', 'sweep.yaml');
 */
export function parseSweep(text: string, file: string): SweepResult {
  const read = readYaml(text, file);
  if (!read.ok) return read;
  const parsed = sweepSchema.safeParse(read.data);
  if (parsed.success) return { ok: true, sweep: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap((issue) => optionIssues(issue, read.data)).flatMap((issue) => issueProblems(issue, read.data, file, read.where, 'sweep')) };
}

/**
 * A parameter that is neither a range nor a list of values fails both: its problems are those of the
 * one it was meant to be (a list when it has `values`, else a range), not zod's "Invalid input".
 */
function optionIssues(issue: z.core.$ZodIssue, data: unknown): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length !== 2 || issue.path[0] !== 'parameters') return [issue];
  const meant = hasValues(data, issue.path) ? issue.errors[1]! : issue.errors[0]!;
  return meant.length === 0 ? [issue] : meant.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

function hasValues(data: unknown, path: readonly PropertyKey[]): boolean {
  const node = path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);
  return node !== null && typeof node === 'object' && 'values' in node;
}

/**
 * The design of a sweep: its points, sampled with a stream derived from the design seed (see {@link designSeedOf}).
 *
 * @example
 * const design = designOf(sweep, '42');
 * design.points.length * design.replications; // the batch's runs
 */
export function designOf(sweep: Sweep, seed: string): Design {
  const paths = Object.keys(sweep.parameters);
  const specs = paths.map((p) => sweep.parameters[p]!);
  const rng = seedRng(`${seed}/sweep`);
  if (sweep.method === 'morris') return { paths, points: morrisTrajectories(specs, sweep.trajectories!, rng), replications: sweep.replications, trajectories: sweep.trajectories! };
  if (sweep.method === 'sobol') {
    const second = sweep.secondOrder === true;
    return { paths, points: saltelliPoints(specs, sweep.samples!, second), replications: sweep.replications, samples: sweep.samples!, ...(second ? { secondOrder: true } : {}) };
  }
  const points =
    sweep.method === 'grid' ? grid(specs.map(levelsOf)) : sweep.method === 'random' ? randomPoints(specs, sweep.points!, rng) : latinHypercube(specs, sweep.points!, rng);
  return { paths, points, replications: sweep.replications };
}

/**
 * The seed a sweep's design is drawn with: `--design-seed` if given, else the sweep file's `seed:`,
 * else the batch seed (as before design seeds existed, so older batches draw the same points).
 *
 * @example
 * designSeedOf(sweep, '1', '7'); // '7': the same points whatever --seed
 */
export function designSeedOf(sweep: Sweep, batchSeed: string, override?: string): string {
  return override ?? (sweep.seed === undefined ? batchSeed : String(sweep.seed));
}

/**
 * The design of a batch without a sweep: one point, no parameters.
 *
 * @example
 * singlePointDesign(1000); // { paths: [], points: [[]], replications: 1000 }
 */
export function singlePointDesign(replications: number): Design {
  return { paths: [], points: [[]], replications };
}

/**
 * Checks every design point against the scenario before any run: the first path that cannot take
 * its value (no such parameter, wrong type, out of range, or what `check` finds in the point's
 * scenario), with the point, or null.
 *
 * @example
 * const problem = designProblem(scenario, design); // 'actors.usa.domesticHurdle: expected number (point 3)'
 */
export function designProblem(
  scenario: Scenario,
  design: Design,
  check: (scenario: Scenario) => { path: string; reason: string } | null = () => null,
): { path: string; reason: string; point: number } | null {
  for (const [point, values] of design.points.entries()) {
    if (values.length !== design.paths.length) return { path: '', reason: 'malformed design', point };
    const result = withParameters(scenario, pointValues(design, point));
    if (!result.ok) return { path: result.path, reason: result.reason, point };
    const problem = check(result.scenario);
    if (problem !== null) return { ...problem, point };
  }
  return null;
}

/**
 * The parameter values of a design point, by path.
 *
 * @example
 * pointValues(design, 0); // { 'actors.usa.domesticHurdle': 2.5 }
 */
export function pointValues(design: Design, point: number): Record<string, JsonValue> {
  const values = design.points[point] ?? [];
  return Object.fromEntries(design.paths.map((path, k) => [path, values[k]!]));
}

function levelsOf(spec: SweepParameter, defaultLevels = 3): JsonValue[] {
  if (isList(spec)) return spec.values;
  const n = spec.levels ?? defaultLevels;
  const d = distributionOf(spec);
  if (d.kind !== 'uniform') return [...new Set(Array.from({ length: n }, (_, k) => valueAt(spec, k / (n - 1))))];
  const [lo, hi] = boundsOf(spec);
  const levels = Array.from({ length: n }, (_, k) => lo + ((hi - lo) * k) / (n - 1));
  return [...new Set(levels.map((x) => (spec.integer ? Math.round(x) : round9(x))))];
}

/** A swept range (not a list of values). */
type RangeSpec = Extract<SweepParameter, { integer: boolean }>;

/** Whether a parameter is a list of values (not a range). */
function isList(spec: SweepParameter): spec is Exclude<SweepParameter, RangeSpec> {
  return spec.values !== undefined;
}

/** The range a parameter's values come from: whole numbers within [min, max] when `integer` (±∞ for an untruncated side of a normal). */
function boundsOf(spec: RangeSpec): [number, number] {
  const { min, max } = distributionOf(spec);
  return spec.integer ? [Math.ceil(min), Math.floor(max)] : [min, max];
}

/**
 * The extreme values each parameter can take (a range's bounds, every listed value), one parameter
 * at a time: checking them finds a range that runs past what the scenario allows whatever the seed.
 *
 * @example
 * extremes(sweep); // [['actors.usa.domesticHurdle', 0.5], ['actors.usa.domesticHurdle', 4], …]
 */
export function extremes(sweep: Sweep): [string, JsonValue][] {
  return Object.entries(sweep.parameters).flatMap(([path, spec]): [string, JsonValue][] =>
    isList(spec) ? spec.values.map((v): [string, JsonValue] => [path, v]) : boundsOf(spec).filter(Number.isFinite).map((v): [string, JsonValue] => [path, v]),
  );
}

function grid(levels: readonly JsonValue[][]): JsonValue[][] {
  return levels.reduce<JsonValue[][]>((points, options) => points.flatMap((p) => options.map((o) => [...p, o])), [[]]);
}

function randomPoints(specs: readonly SweepParameter[], n: number, rng: RngState): JsonValue[][] {
  return Array.from({ length: n }, () => specs.map((spec) => valueAt(spec, nextFloat(rng))));
}

/**
 * A Latin hypercube: each parameter's range cut into n equal strata, each stratum used by exactly
 * one point, strata matched across parameters by independent random permutations.
 */
function latinHypercube(specs: readonly SweepParameter[], n: number, rng: RngState): JsonValue[][] {
  const columns = specs.map((spec) => shuffled(n, rng).map((stratum) => valueAt(spec, (stratum + nextFloat(rng)) / n)));
  return Array.from({ length: n }, (_, i) => columns.map((column) => column[i]!));
}

/**
 * The value of a parameter at quantile u in [0, 1) (u = 1, for the highest grid or Morris level,
 * gives the highest value): the inverse of its distribution function, so every method samples it as
 * its distribution says.
 */
function valueAt(spec: SweepParameter, u: number): JsonValue {
  if (isList(spec)) return spec.values[Math.min(spec.values.length - 1, Math.floor(u * spec.values.length))]!;
  const [lo, hi] = boundsOf(spec);
  const d = distributionOf(spec);
  if (d.kind === 'uniform') {
    if (spec.integer) return Math.min(hi, lo + Math.floor(u * (hi - lo + 1)));
    return round9(lo + u * (hi - lo));
  }
  return spec.integer ? wholeWithin(quantile(d, u), lo, hi) : round9(clamped(quantile(d, u), d));
}

/** x rounded to the nearest whole number within [lo, hi]. */
function wholeWithin(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(x)));
}

/** x within the distribution's bounds (its quantile may step a rounding error past them). */
function clamped(x: number, d: Distribution): number {
  return Math.min(d.max, Math.max(d.min, x));
}

/**
 * Morris's one-at-a-time design: each trajectory starts at a random level of every parameter and then
 * moves the parameters one by one, in a random order, by half their levels (Δ = p / (2(p − 1)) of
 * the range for p levels, up or down as the grid allows, at random where both fit): k + 1 points for
 * k parameters, each one step from the one before.
 */
function morrisTrajectories(specs: readonly SweepParameter[], trajectories: number, rng: RngState): JsonValue[][] {
  const levels = specs.map((spec) => levelsOf(spec, 4));
  const points: JsonValue[][] = [];
  for (let t = 0; t < trajectories; t++) {
    const at = levels.map((l) => nextInt(rng, l.length));
    points.push(at.map((k, i) => levels[i]![k]!));
    for (const i of shuffled(specs.length, rng)) {
      const count = levels[i]!.length;
      const step = Math.max(1, Math.floor(count / 2));
      const up = at[i]! + step <= count - 1;
      const down = at[i]! - step >= 0;
      // A parameter with a single value cannot move: its step repeats the point (and has no effect to measure).
      if (up || down) at[i] = at[i]! + (up && (!down || nextFloat(rng) < 0.5) ? step : -step);
      points.push(at.map((k, j) => levels[j]![k]!));
    }
  }
  return points;
}

/**
 * Saltelli's design for first-order and total Sobol indices, as SALib's `saltelli.sample` without
 * second order: the unscrambled Sobol sequence in 2k dimensions (sobol-sequence.ts), its first k
 * coordinates the sample matrix A and the last k B, and for each base sample j the block A_j, A_j
 * with parameter 1 from B_j, …, A_j with parameter k from B_j, B_j: n × (k + 2) points. The
 * sequence's first point (all zeros) is skipped, as SALib does: there A = B (every parameter at its
 * minimum) and the block tells nothing. The design does not depend on the seed (nor does SALib's).
 * With `second`, each block also has B_j with parameter i from A_j for each i, before B_j (SALib's
 * calc_second_order): n × (2k + 2) points.
 */
function saltelliPoints(specs: readonly SweepParameter[], n: number, second: boolean): JsonValue[][] {
  const k = specs.length;
  const unit = sobolSequence(n + 1, 2 * k).slice(1);
  const points: JsonValue[][] = [];
  for (const u of unit) {
    const a = specs.map((spec, i) => valueAt(spec, u[i]!));
    const b = specs.map((spec, i) => valueAt(spec, u[k + i]!));
    const ab = specs.map((_, i) => a.map((v, m) => (m === i ? b[i]! : v)));
    const ba = second ? specs.map((_, i) => b.map((v, m) => (m === i ? a[i]! : v))) : [];
    points.push(a, ...ab, ...ba, b);
  }
  return points;
}

/** 0 … n−1 in a random order (Fisher–Yates on the batch's sampling stream). */
function shuffled(n: number, rng: RngState): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = nextInt(rng, i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Rounded to 9 decimals, so the values print cleanly in CSV and YAML. */
function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
