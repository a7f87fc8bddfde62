/**
 * The Sobol low-discrepancy sequence (unscrambled, Gray-code order) in up to 40 dimensions, as
 * `scipy.stats.qmc.Sobol(d, scramble=False)` draws it and SALib's `saltelli.sample` uses it: Saltelli's
 * design needs 2k dimensions for k parameters, so k ≤ {@link SOBOL_MAX_PARAMETERS}. Pure: no state
 * outside the returned generator, the same points every time.
 */

/**
 * Joe & Kuo's direction numbers (file `new-joe-kuo-6.21201`, the first 40 dimensions, as scipy ships
 * them): each dimension's primitive polynomial as bits (leading and constant terms included, so its
 * degree is the bit length − 1) and its initial direction integers m_1 … m_s. Dimension 1 is the
 * van der Corput sequence. Source: S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better
 * two-dimensional projections", SIAM J. Sci. Comput. 30 (2008) 2635–2654.
 */
const DIRECTIONS: readonly (readonly [number, readonly number[]])[] = [
  [1, [1]],
  [3, [1]],
  [7, [1, 3]],
  [11, [1, 3, 1]],
  [13, [1, 1, 1]],
  [19, [1, 1, 3, 3]],
  [25, [1, 3, 5, 13]],
  [37, [1, 1, 5, 5, 17]],
  [41, [1, 1, 5, 5, 5]],
  [47, [1, 1, 7, 11, 19]],
  [55, [1, 1, 5, 1, 1]],
  [59, [1, 1, 1, 3, 11]],
  [61, [1, 3, 5, 5, 31]],
  [67, [1, 3, 3, 9, 7, 49]],
  [91, [1, 1, 1, 15, 21, 21]],
  [97, [1, 3, 1, 13, 27, 49]],
  [103, [1, 1, 1, 15, 7, 5]],
  [109, [1, 3, 1, 15, 13, 25]],
  [115, [1, 1, 5, 5, 19, 61]],
  [131, [1, 3, 7, 11, 23, 15, 103]],
  [137, [1, 3, 7, 13, 13, 15, 69]],
  [143, [1, 1, 3, 13, 7, 35, 63]],
  [145, [1, 3, 5, 9, 1, 25, 53]],
  [157, [1, 3, 1, 13, 9, 35, 107]],
  [167, [1, 3, 1, 5, 27, 61, 31]],
  [171, [1, 1, 5, 11, 19, 41, 61]],
  [185, [1, 3, 5, 3, 3, 13, 69]],
  [191, [1, 1, 7, 13, 1, 19, 1]],
  [193, [1, 3, 7, 5, 13, 19, 59]],
  [203, [1, 1, 3, 9, 25, 29, 41]],
  [211, [1, 3, 5, 13, 23, 1, 55]],
  [213, [1, 3, 7, 3, 13, 59, 17]],
  [229, [1, 3, 1, 3, 5, 53, 69]],
  [239, [1, 1, 5, 5, 23, 33, 13]],
  [241, [1, 1, 7, 7, 1, 61, 123]],
  [247, [1, 1, 7, 9, 13, 61, 49]],
  [253, [1, 3, 3, 5, 3, 55, 33]],
  [285, [1, 3, 1, 15, 31, 13, 49, 245]],
  [299, [1, 3, 5, 15, 31, 59, 63, 97]],
  [301, [1, 3, 1, 11, 11, 11, 77, 249]],
];

/** Bits of each coordinate: points are multiples of 2^−32. */
const BITS = 32;

/** The most parameters a Sobol design can take: its sequence has 2 × this many dimensions. */
export const SOBOL_MAX_PARAMETERS = DIRECTIONS.length / 2;

/**
 * The direction integers V_1 … V_32 of one dimension (Bratley & Fox's recurrence on Joe & Kuo's
 * initial numbers): m_i = 2^s m_{i−s} ⊕ m_{i−s} ⊕ Σ_{k<s} 2^k a_k m_{i−k}, V_i = m_i · 2^(32−i).
 */
function directionIntegers(dimension: number): Uint32Array {
  const v = new Uint32Array(BITS);
  const [poly, initial] = DIRECTIONS[dimension]!;
  if (dimension === 0) {
    for (let i = 0; i < BITS; i++) v[i] = 2 ** (BITS - 1 - i);
    return v;
  }
  const s = Math.floor(Math.log2(poly));
  const m: number[] = [...initial];
  for (let i = s; i < BITS; i++) {
    let next = m[i - s]! ^ (m[i - s]! << s);
    for (let k = 1; k < s; k++) if ((poly >> (s - k)) & 1) next ^= m[i - k]! << k;
    m.push(next);
  }
  // m_i < 2^i, so m_i · 2^(32−i) fits in 32 bits; multiplication keeps it unsigned.
  for (let i = 0; i < BITS; i++) v[i] = m[i]! * 2 ** (BITS - 1 - i);
  return v;
}

/**
 * The first `n` points of the `dimensions`-dimensional Sobol sequence, the all-zero first point
 * included (callers skip it where it matters), each coordinate in [0, 1).
 *
 * @example
 * sobolSequence(4, 2); // [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75]]
 */
export function sobolSequence(n: number, dimensions: number): number[][] {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > DIRECTIONS.length) {
    throw new RangeError(`a Sobol sequence here has 1 to ${DIRECTIONS.length} dimensions, not ${dimensions}`);
  }
  const v = Array.from({ length: dimensions }, (_, d) => directionIntegers(d));
  const x = new Uint32Array(dimensions);
  const points: number[][] = [];
  for (let i = 0; i < n; i++) {
    points.push(Array.from(x, (xi) => xi / 2 ** BITS));
    // Gray-code order: the next point flips the direction of the lowest zero bit of i.
    const c = Math.log2(~i & (i + 1));
    for (let d = 0; d < dimensions; d++) x[d] = x[d]! ^ v[d]![c]!;
  }
  return points;
}
