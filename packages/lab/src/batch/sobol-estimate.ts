/**
 * Saltelli's estimators of first-order and total Sobol indices computed from every run (not only the
 * point means), corrected for the noise the means still carry, so that they estimate the indices of
 * the mean outcome E[y | x] rather than of one set of seeds. With R replications a point mean
 * carries noise of variance σ²(x)/R, which inflates the variance V and the squared differences of
 * Jansen's ST. Replication r plays the same seed at every point, so the runs pair up by replication
 * and each noise term has an unbiased estimate from those pairs:
 * - ST_i's numerator E[(f_A − f_ABi)²] less Var_r(y_A − y_ABi) / R;
 * - S1_i's numerator E[(f_B − m)(f_ABi − f_A)] less Cov_r(y_B, y_ABi − y_A) / R;
 * - V less (mean over points of Var_r(y) − Var_r(mean over points of y)) / R: the noise's variance
 *   across points, its part shared by every point (a common seed) taken out, since shared noise
 *   moves every mean alike.
 * With one replication nothing can be corrected and the estimators are SALib's.
 */
import { drawnMean } from './replicates.js';

/** Indices of every parameter, in the design's order. */
export interface Estimate {
  readonly s1: number[];
  readonly st: number[];
  /** Second-order indices S2[i][j] for i < j (designs with BA blocks only; otherwise empty). */
  readonly s2: number[][];
}

/** The runs of one outcome: values at point × replications + replication (NaN: no finished run). */
export interface Runs {
  readonly column: Float64Array;
  readonly replications: number;
}

/**
 * Where the points of a base sample's block are: A first, AB_i at 1 + i, with second order BA_i at
 * 1 + k + i, and B last (SALib's order).
 */
export interface Layout {
  readonly k: number;
  readonly secondOrder: boolean;
}

/**
 * The points of a block in a layout.
 *
 * @example
 * blockSize({ k: 3, secondOrder: true }); // 8
 */
export function blockSize({ k, secondOrder }: Layout): number {
  return secondOrder ? 2 * k + 2 : k + 2;
}

/**
 * The indices over the given blocks (first point of each block, repeats allowed) from the given
 * replications (repeats allowed); null if the corrected variance is not positive (the point means
 * differ no more than noise makes them) or fewer than two blocks have runs.
 *
 * @example
 * estimate({ column, replications: 8 }, [0, 5, 10], { k: 3, secondOrder: false }, [0, 1, 2, 3, 4, 5, 6, 7]); // { s1: [0.79, 0.21, 0.0], st: [0.8, 0.2, 0.01], s2: [] }
 */
export function estimate(runs: Runs, blocks: readonly number[], layout: Layout, drawn: readonly number[]): Estimate | null {
  const rows = blocks.map((start) => blockOf(runs, start, layout, drawn)).filter((b) => b !== null);
  if (rows.length < 2) return null;
  const last = blockSize(layout) - 1;
  const ab = rows.flatMap((b) => [b.means[0]!, b.means[last]!]);
  const mean = ab.reduce((s, x) => s + x, 0) / ab.length;
  const spread = ab.reduce((s, x) => s + (x - mean) ** 2, 0) / ab.length;
  // Means equal but for rounding (sums of the same runs in another order) do not vary.
  if (!(spread > 1e-12 * mean * mean)) return null;
  const variance = spread - varianceNoise(runs, rows, last, drawn);
  if (!(variance > 0)) return null;
  const { k } = layout;
  const first = new Array<number>(k).fill(0);
  const total = new Array<number>(k).fill(0);
  for (const { means, s1Noise, stNoise } of rows) {
    const [a, b] = [means[0]!, means[last]!];
    for (let i = 0; i < k; i++) {
      const abi = means[i + 1]!;
      first[i]! += (b - mean) * (abi - a) - (s1Noise?.[i] ?? 0);
      total[i]! += (a - abi) ** 2 - (stNoise?.[i] ?? 0);
    }
  }
  const s1 = first.map((x) => x / rows.length / variance);
  const st = total.map((x) => x / rows.length / (2 * variance));
  return { s1, st, s2: layout.secondOrder ? secondOrder(runs, rows, layout, drawn, mean, variance, s1) : [] };
}

/**
 * Saltelli's (2002) second-order estimator as SALib's: V_ij = E[f_BAi · f_ABj − f_A · f_B] / V and
 * S2_ij = V_ij − S1_i − S1_j, on centred means (the products' expectation does not change, their
 * variance drops), less the noise of each product: Cov_r(y_BAi, y_ABj) − Cov_r(y_A, y_B), over R.
 */
function secondOrder(runs: Runs, rows: readonly Block[], { k }: Layout, drawn: readonly number[], mean: number, variance: number, s1: readonly number[]): number[][] {
  const n = drawn.length;
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => {
      if (j <= i) return Number.NaN;
      let sum = 0;
      for (const { start, means } of rows) {
        const last = 2 * k + 1;
        sum += (means[1 + k + i]! - mean) * (means[1 + j]! - mean) - (means[0]! - mean) * (means[last]! - mean);
        if (n >= 2) sum -= (covarianceAt(runs, drawn, start + 1 + k + i, -1, start + 1 + j, -1) - covarianceAt(runs, drawn, start, -1, start + last, -1)) / n;
      }
      return sum / rows.length / variance - s1[i]! - s1[j]!;
    }),
  );
}

interface Block {
  readonly start: number;
  /** Means of the block's points over the drawn replications, in the layout's order. */
  readonly means: number[];
  /** Cov_r(y_B, y_ABi − y_A) / R for each i (null with one replication: no noise can be told apart). */
  readonly s1Noise: number[] | null;
  /** Var_r(y_A − y_ABi) / R for each i (null likewise). */
  readonly stNoise: number[] | null;
  /** (Var_r(y_A) + Var_r(y_B)) / 2R. */
  readonly abNoise: number;
}

/** One block's means and noise terms; null if a point has none of the drawn replications finished. */
function blockOf(runs: Runs, start: number, layout: Layout, drawn: readonly number[]): Block | null {
  const means: number[] = [];
  const last = blockSize(layout) - 1;
  for (let i = 0; i <= last; i++) {
    const m = drawnMean(runs.column, runs.replications, start + i, drawn);
    if (Number.isNaN(m)) return null;
    means.push(m);
  }
  const [n, a, b] = [drawn.length, start, start + last];
  if (n < 2) return { start, means, s1Noise: null, stNoise: null, abNoise: 0 };
  const s1Noise: number[] = [];
  const stNoise: number[] = [];
  for (let i = 1; i <= layout.k; i++) {
    s1Noise.push(covarianceAt(runs, drawn, b, -1, start + i, a) / n);
    stNoise.push(covarianceAt(runs, drawn, start + i, a, start + i, a) / n);
  }
  return { start, means, s1Noise, stNoise, abNoise: (covarianceAt(runs, drawn, a, -1, a, -1) + covarianceAt(runs, drawn, b, -1, b, -1)) / (2 * n) };
}

/** The noise's expected share of the spread of the A and B means: its own variance less the part every point shares. */
function varianceNoise(runs: Runs, rows: readonly Block[], last: number, drawn: readonly number[]): number {
  if (drawn.length < 2) return 0;
  const own = rows.reduce((s, b) => s + b.abNoise, 0) / rows.length;
  // The mean over the A and B points of each drawn replication's runs: what every point shares.
  const shared = new Float64Array(drawn.length);
  drawn.forEach((r, at) => {
    let sum = 0;
    let n = 0;
    for (const b of rows) {
      const [a, z] = [runs.column[b.start * runs.replications + r]!, runs.column[(b.start + last) * runs.replications + r]!];
      if (!Number.isNaN(a)) {
        sum += a;
        n++;
      }
      if (!Number.isNaN(z)) {
        sum += z;
        n++;
      }
    }
    shared[at] = n === 0 ? Number.NaN : sum / n;
  });
  const series: Runs = { column: shared, replications: 1 };
  return own - covarianceAt(series, drawn.map((_, at) => at), 0, -1, 0, -1) / drawn.length;
}


/**
 * The sample covariance (n − 1) over the drawn replications of x_r = y(p, r) − y(q, r) and
 * z_r = y(u, r) − y(v, r) (q or v −1: nothing taken away), over the replications where all are
 * finished; 0 with fewer than two. Loops, not arrays: the bootstrap calls it millions of times.
 */
function covarianceAt({ column, replications: R }: Runs, drawn: readonly number[], p: number, q: number, u: number, v: number): number {
  let n = 0;
  let mx = 0;
  let mz = 0;
  let c = 0;
  for (const r of drawn) {
    const x = column[p * R + r]! - (q < 0 ? 0 : column[q * R + r]!);
    const z = column[u * R + r]! - (v < 0 ? 0 : column[v * R + r]!);
    if (Number.isNaN(x) || Number.isNaN(z)) continue;
    // Welford's co-moment: one pass, stable.
    n++;
    const dx = x - mx;
    mx += dx / n;
    mz += (z - mz) / n;
    c += dx * (z - mz);
  }
  return n < 2 ? 0 : c / (n - 1);
}
