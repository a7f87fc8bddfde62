/**
 * The seeded generator. seedrandom's Alea, stepped over a plain state object that lives inside the
 * game state, so a saved game resumes with the very same draws and immer can draft it like any other
 * field. Seeding goes through seedrandom itself; the stepping below is Alea's and is checked against
 * seedrandom's output in the tests.
 */
import seedrandom from 'seedrandom';
/**
 * Seeds a generator from any string, exactly as `seedrandom.alea(seed)` does.
 *
 * @example
 * const rng = seedRng('42');
 * const u = nextFloat(rng); // in [0, 1)
 */
export function seedRng(seed) {
    const state = seedrandom.alea(seed, { state: true }).state();
    return { s0: state.s0, s1: state.s1, s2: state.s2, c: state.c };
}
/**
 * Draws a float in [0, 1) and advances the state in place.
 *
 * @example
 * const rng = seedRng('1'); nextFloat(rng) === seedrandom.alea('1')(); // true
 */
export function nextFloat(rng) {
    const t = 2091639 * rng.s0 + rng.c * 2.3283064365386963e-10;
    rng.s0 = rng.s1;
    rng.s1 = rng.s2;
    rng.c = t | 0;
    rng.s2 = t - rng.c;
    return rng.s2;
}
/** Draws an integer in [0, n). */
export function nextInt(rng, n) {
    return Math.floor(nextFloat(rng) * n);
}
/** True with probability p. */
export function chance(rng, p) {
    return nextFloat(rng) < p;
}
/**
 * A generator derived from a game seed and integer coordinates (a seat and a step, a batch run…)
 * without touching any other stream: hierarchical seeds, so adding a consumer never shifts the
 * draws of another. Cheap (no string hashing), for the per-decision path.
 *
 * @example
 * const botRng = deriveRng(state.seedHash, seatIndex, stepIndex);
 */
export function deriveRng(seedHash, a, b) {
    let h = mix32(seedHash ^ mix32(a + 0x9e3779b9) ^ mix32(b * 0x85ebca6b + 0x27d4eb2f));
    const next = () => {
        h = mix32(h + 0x6d2b79f5);
        return (h >>> 0) * 2.3283064365386963e-10;
    };
    const rng = { s0: next(), s1: next(), s2: next(), c: 1 };
    nextFloat(rng);
    return rng;
}
function mix32(x) {
    let z = x | 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
}
//# sourceMappingURL=alea.js.map