/**
 * Which trust chords are worth drawing, for a table model's perspective: none in the public view
 * (trust is private), the seat's own trust in each other actor in its view, and in the omniscient
 * view the pairs whose mutual trust is furthest from neutral. Pure: no Pixi here, so it is tested in Node.
 */
import type { TableModel } from '../model/table-model.js';

/** A chord to draw: between two seats, with a signed strength in [-1, 1] (0 = neutral trust 0.5). */
export interface Chord {
  readonly a: number;
  readonly b: number;
  readonly strength: number;
  /** Whether the chord is one actor's view of another (drawn with an end dot) or mutual. */
  readonly directed: boolean;
}

/** Below this distance from neutral a chord says nothing worth the ink. */
const SEAT_MIN = 0.06;
const MUTUAL_MIN = 0.3;
/** The omniscient view's cap on chords. */
const MUTUAL_MAX = 30;

/** Picks the chords worth drawing for a model's perspective (see the module comment). */
export function meaningfulChords(model: TableModel): Chord[] {
  if (model.trust.length === 0) return [];
  if (model.perspective.kind === 'seat') {
    return model.trust
      .map((e) => ({ a: e.from, b: e.to, strength: 2 * (e.value - 0.5), directed: true }))
      .filter((c) => Math.abs(c.strength) >= SEAT_MIN);
  }
  const n = model.actors.length;
  const value = new Float64Array(n * n).fill(Number.NaN);
  for (const e of model.trust) if (e.from < n && e.to < n) value[e.from * n + e.to] = e.value;
  const chords: Chord[] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const ab = value[a * n + b] ?? Number.NaN;
      const ba = value[b * n + a] ?? Number.NaN;
      const known = [ab, ba].filter((v) => !Number.isNaN(v));
      if (known.length === 0) continue;
      const mean = known.reduce((s, v) => s + v, 0) / known.length;
      const strength = 2 * (mean - 0.5);
      if (Math.abs(strength) >= MUTUAL_MIN) chords.push({ a, b, strength, directed: false });
    }
  chords.sort((x, y) => Math.abs(y.strength) - Math.abs(x.strength));
  return chords.slice(0, MUTUAL_MAX);
}
