/** Small numeric helpers shared by the rules. */

/** Clamps to [0, 1]. */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** The logistic function. */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Mean of a Beta(α, β) belief. */
export function betaMean(alpha: number, beta: number): number {
  return alpha / (alpha + beta);
}
