/**
 * Private types: each run draws every state's true type around the values its scenario publishes,
 * and the table starts from those published values as its common estimate.
 *
 * The draw uses its own stream, derived from the game's seed and the state's id (never the game's
 * chance stream `state.rng`): a scenario without uncertainty draws nothing and plays bit for bit as
 * before, and adding a spread to one state or one field moves no other draw.
 *
 * Expected values are preserved exactly: truth = value + s·z, with z a standard normal clamped
 * symmetrically to ±{@link Z_CLAMP} (so E[z] = 0) and the spread s narrowed near the field's
 * bounds to at most (distance to the nearer bound) / Z_CLAMP, so that the truth never needs to
 * be clipped. A field at a bound therefore has no uncertainty: a variable confined to [0, 1] whose
 * mean is exactly 0 is 0 (docs/model.md, "Private types and what the table learns").
 */
import { ARTICLES } from '../scenario/articles.js';
import type { StateSpec } from '../scenario/schema.js';
import type { Spreads } from '../scenario/uncertainty.js';
import { deriveRng, nextFloat, type RngState } from '../rng/alea.js';
import { hash32 } from '../rng/hash.js';
import { numbers } from './arrays.js';
import type { TypeEstimate } from './types.js';

/** Where the standard normal of a draw is clamped (symmetrically, so its mean stays 0). */
export const Z_CLAMP = 2.5;
/** The upper bound of the domestic hurdle (logit units), as in the scenario schema. */
export const HURDLE_MAX = 10;
/** The salience multiplier is drawn in [0, 2] around 1: no weight turns negative. */
const SALIENCE_ROOM = 1;

/** The fields of a state's type that may be private. */
export interface StateType {
  readonly ideal: number[];
  /** Normalised weights (summing to 1). */
  readonly salience: number[];
  readonly reservation: number;
  readonly domesticHurdle: number;
  readonly contentControl: number;
  readonly contentTolerance: number;
}

/**
 * The spread actually used for a value in [lo, hi]: the scenario's, narrowed near the bounds so
 * that value ± Z_CLAMP·spread stays inside. It is also the estimate's starting spread.
 */
export function effectiveSpread(value: number, spread: number, lo: number, hi: number): number {
  const room = Math.min(value - lo, hi - value) / Z_CLAMP;
  return spread < room ? spread : room > 0 ? room : 0;
}

/**
 * The stream of state `id`'s type draw in the game seeded `seed`.
 *
 * @example
 * const rng = typeRng(hash32('42/types'), 'usa');
 */
export function typeRng(typesHash: number, id: string): RngState {
  return typeRngOf(typesHash, hash32(id));
}

/** {@link typeRng} with the id already hashed (`hash32(id)`). */
export function typeRngOf(typesHash: number, idHash: number): RngState {
  return deriveRng(typesHash, idHash, 0);
}

/** The seed hash all type draws of a game derive from. */
export function typesHashOf(seed: string): number {
  return hash32(`${seed}/types`);
}

/**
 * A state's true type: the scenario's values, with noise drawn from `rng` when given (null: the
 * scenario's values as they are). Always draws the same count of normals, in a fixed order (ideal
 * by article, salience by article, reservation, hurdle, content control, tolerance), so a spread
 * set to zero on one field leaves the others' draws as they were.
 */
export function stateType(spec: StateSpec, spreads: Spreads, rng: RngState | null): StateType {
  const z = rng === null ? null : normals(rng, 2 * ARTICLES.length + 4);
  const noise = (k: number) => (z === null ? 0 : z[k]!);
  const n = ARTICLES.length;
  const raw = numbers(n, (k) => {
    const w = spec.salience[ARTICLES[k]!] ?? 0;
    return w * (1 + effectiveSpread(1, spreads.salience, 1 - SALIENCE_ROOM, 1 + SALIENCE_ROOM) * noise(n + k));
  });
  let total = 0;
  for (let k = 0; k < n; k++) total += raw[k]!;
  // Every positive weight drawn to zero (each at the clamp of a spread of 0.4 or more): keep the scenario's.
  if (total <= 0) return stateType(spec, spreads, null);
  return {
    ideal: numbers(n, (k) => perturb(spec.ideal[ARTICLES[k]!], spreads.ideal, noise(k), 0, 1)),
    salience: numbers(n, (k) => raw[k]! / total),
    reservation: perturb(spec.reservation, spreads.reservation, noise(2 * n), 0, 1),
    domesticHurdle: perturb(spec.domesticHurdle, spreads.domesticHurdle, noise(2 * n + 1), 0, HURDLE_MAX),
    contentControl: perturb(spec.contentControl, spreads.contentControl, noise(2 * n + 2), 0, 1),
    contentTolerance: perturb(spec.contentTolerance, spreads.contentTolerance, noise(2 * n + 3), 0, 1),
  };
}

/**
 * The table's starting estimate of a state's type: the scenario's values as means, with the
 * effective spreads (narrowed near the bounds, as the draw narrows them).
 */
export function publicEstimate(spec: StateSpec, spreads: Spreads): TypeEstimate {
  const mean = stateType(spec, spreads, null);
  const salienceSpread = effectiveSpread(1, spreads.salience, 1 - SALIENCE_ROOM, 1 + SALIENCE_ROOM);
  return {
    ideal: mean.ideal,
    idealSpread: numbers(ARTICLES.length, (k) => effectiveSpread(mean.ideal[k]!, spreads.ideal, 0, 1)),
    salience: mean.salience,
    // To first order, the spread of a normalised weight is the weight times the relative spread.
    salienceSpread: numbers(ARTICLES.length, (k) => mean.salience[k]! * salienceSpread),
    reservation: mean.reservation,
    reservationSpread: effectiveSpread(mean.reservation, spreads.reservation, 0, 1),
    domesticHurdle: mean.domesticHurdle,
    hurdleSpread: effectiveSpread(mean.domesticHurdle, spreads.domesticHurdle, 0, HURDLE_MAX),
    contentControl: mean.contentControl,
    contentControlSpread: effectiveSpread(mean.contentControl, spreads.contentControl, 0, 1),
    contentTolerance: mean.contentTolerance,
    contentToleranceSpread: effectiveSpread(mean.contentTolerance, spreads.contentTolerance, 0, 1),
  };
}

/** `value + s·z` with the narrowed spread s: stays in [lo, hi], and has mean `value`. */
function perturb(value: number, spread: number, z: number, lo: number, hi: number): number {
  if (z === 0 || spread === 0) return value;
  return value + effectiveSpread(value, spread, lo, hi) * z;
}

/** `count` standard normals clamped to ±Z_CLAMP (Box–Muller, both outputs used). */
function normals(rng: RngState, count: number): number[] {
  const out = numbers(0, () => 0);
  while (out.length < count) {
    // 1 − u lies in (0, 1]: the logarithm stays finite.
    const r = Math.sqrt(-2 * Math.log(1 - nextFloat(rng)));
    const theta = 2 * Math.PI * nextFloat(rng);
    out.push(clampZ(r * Math.cos(theta)), clampZ(r * Math.sin(theta)));
  }
  return out;
}

function clampZ(z: number): number {
  return z < -Z_CLAMP ? -Z_CLAMP : z > Z_CLAMP ? Z_CLAMP : z;
}
