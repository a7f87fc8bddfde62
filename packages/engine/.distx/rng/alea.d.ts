/** The generator's whole state: four numbers, JSON-safe. */
export interface RngState {
    s0: number;
    s1: number;
    s2: number;
    c: number;
}
/**
 * Seeds a generator from any string, exactly as `seedrandom.alea(seed)` does.
 *
 * @example
 * const rng = seedRng('42');
 * const u = nextFloat(rng); // in [0, 1)
 */
export declare function seedRng(seed: string): RngState;
/**
 * Draws a float in [0, 1) and advances the state in place.
 *
 * @example
 * const rng = seedRng('1'); nextFloat(rng) === seedrandom.alea('1')(); // true
 */
export declare function nextFloat(rng: RngState): number;
/** Draws an integer in [0, n). */
export declare function nextInt(rng: RngState, n: number): number;
/** True with probability p. */
export declare function chance(rng: RngState, p: number): boolean;
/**
 * A generator derived from a game seed and integer coordinates (a seat and a step, a batch run…)
 * without touching any other stream: hierarchical seeds, so adding a consumer never shifts the
 * draws of another. Cheap (no string hashing), for the per-decision path.
 *
 * @example
 * const botRng = deriveRng(state.seedHash, seatIndex, stepIndex);
 */
export declare function deriveRng(seedHash: number, a: number, b: number): RngState;
