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

/** Indices of every parameter, in the design's order. */
export interface Estimate {
  readonly s1: number[];
  readonly st: number[];
}

/** The runs of one outcome: values at point × replications + replication (NaN: no finished run). */
export interface Runs {
  readonly column: Float64Array;
  readonly replications: number;
}

/**
 * The indices over the given blocks (first point of each block of k + 2: A, AB_1 … AB_k, B, repeats
 * allowed) from the given replications (repeats allowed); null if the corrected variance is not
 * positive (the point means differ no more than noise makes them) or fewer than two blocks have runs.
 *
 * @example
 * estimate({ column, replications: 8 }, [0, 5, 10], 3, [0, 1, 2, 3, 4, 5, 6, 7]); // { s1: [0.79, 0.21, 0.0], st: [0.8, 0.2, 0.01] }
 */
export function estimate(runs: Runs, blocks: readonly number[], k: number, drawn: readonly number[]): Estimate | null {
  const rows = blocks.map((start) => blockOf(runs, start, k, drawn)).filter((b) => b !== null);
  if (rows.length < 2) return null;
  const ab = rows.flatMap((b) => [b.means[0]!, b.means[k + 1]!]);
  const mean = ab.reduce((s, x) => s + x, 0) / ab.length;
  const spread = ab.reduce((s, x) => s + (x - mean) ** 2, 0) / ab.length;
  // Means equal but for rounding (sums of the same runs in another order) do not vary.
  if (!(spread > 1e-12 * mean * mean)) return null;
  const variance = spread - varianceNoise(runs, rows, k, drawn);
  if (!(variance > 0)) return null;
  const first = new Array<number>(k).fill(0);
  const total = new Array<number>(k).fill(0);
  for (const { means, s1Noise, stNoise } of rows) {
    const [a, b] = [means[0]!, means[k + 1]!];
    for (let i = 0; i < k; i++) {
      const abi = means[i + 1]!;
      first[i]! += (b - mean) * (abi - a) - (s1Noise?.[i] ?? 0);
      total[i]! += (a - abi) ** 2 - (stNoise?.[i] ?? 0);
    }
  }
  return { s1: first.map((x) => x / rows.length / variance), st: total.map((x) => x / rows.length / (2 * variance)) };
}

interface Block {
  readonly start: number;
  /** Means of A, AB_1 … AB_k, B over the drawn replications. */
  readonly means: number[];
  /** Cov_r(y_B, y_ABi − y_A) / R for each i (null with one replication: no noise can be told apart). */
  readonly s1Noise: number[] | null;
  /** Var_r(y_A − y_ABi) / R for each i (null likewise). */
  readonly stNoise: number[] | null;
  /** (Var_r(y_A) + Var_r(y_B)) / 2R. */
  readonly abNoise: number;
}

/** One block's means and noise terms; null if a point has none of the drawn replications finished. */
function blockOf(runs: Runs, start: number, k: number, drawn: readonly number[]): Block | null {
  const means: number[] = [];
  for (let i = 0; i <= k + 1; i++) {
    const m = meanAt(runs, start + i, drawn);
    if (Number.isNaN(m)) return null;
    means.push(m);
  }
  const [n, a, b] = [drawn.length, start, start + k + 1];
  if (n < 2) return { start, means, s1Noise: null, stNoise: null, abNoise: 0 };
  const s1Noise: number[] = [];
  const stNoise: number[] = [];
  for (let i = 1; i <= k; i++) {
    s1Noise.push(covarianceAt(runs, drawn, b, -1, start + i, a) / n);
    stNoise.push(covarianceAt(runs, drawn, start + i, a, start + i, a) / n);
  }
  return { start, means, s1Noise, stNoise, abNoise: (covarianceAt(runs, drawn, a, -1, a, -1) + covarianceAt(runs, drawn, b, -1, b, -1)) / (2 * n) };
}

/** The mean of a point's drawn runs (NaN if none finished). */
function meanAt({ column, replications }: Runs, point: number, drawn: readonly number[]): number {
  let [sum, n] = [0, 0];
  for (const r of drawn) {
    const x = column[point * replications + r]!;
    if (!Number.isNaN(x)) [sum, n] = [sum + x, n + 1];
  }
  return n === 0 ? Number.NaN : sum / n;
}

/**
 * The sample covariance (n − 1) over the drawn replications of x_r = y(p, r) − y(q, r) and
 * z_r = y(u, r) − y(v, r) (q or v −1: nothing taken away), over the replications where all are
 * finished; 0 with fewer than two. Loops, not arrays: the bootstrap calls it millions of times.
 */
function covarianceAt({ column, replications: R }: Runs, drawn: readonly number[], p: number, q: number, u: number, v: number): number {
  let [n, mx, mz, c] = [0, 0, 0, 0];
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

/** The noise's expected share of the spread of the A and B means: its own variance less the part every point shares. */
function varianceNoise(runs: Runs, rows: readonly Block[], k: number, drawn: readonly number[]): number {
  if (drawn.length < 2) return 0;
  const own = rows.reduce((s, b) => s + b.abNoise, 0) / rows.length;
  // The mean over the A and B points of each drawn replication's runs: what every point shares.
  const shared = new Float64Array(drawn.length);
  drawn.forEach((r, at) => {
    let [sum, n] = [0, 0];
    for (const b of rows) {
      for (const point of [b.start, b.start + k + 1]) {
        const x = runs.column[point * runs.replications + r]!;
        if (!Number.isNaN(x)) [sum, n] = [sum + x, n + 1];
      }
    }
    shared[at] = n === 0 ? Number.NaN : sum / n;
  });
  const series: Runs = { column: shared, replications: 1 };
  return own - covarianceAt(series, drawn.map((_, at) => at), 0, -1, 0, -1) / drawn.length;
}
