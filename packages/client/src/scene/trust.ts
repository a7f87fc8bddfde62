/**
 * Trust between actors, as chords across the table. Which chords are worth drawing depends on the
 * perspective: the public sees none; a seat sees its own trust in each other actor (a fan from its
 * seat); the omniscient view has every ordered pair (600 for 25 actors), so it draws only the
 * pairs whose mutual trust is far from neutral, strongest first, to avoid a hairball.
 */
import { Graphics } from 'pixi.js';
import type { TableModel } from '../model/table-model.js';
import { TRUST_COLOUR } from './palette.js';

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

/** The trust chords, redrawn only when the chosen chords (to 2 decimals) or the seats change. */
export class TrustLayer {
  /** The chords, under the seats. */
  readonly view = new Graphics();
  private drawnKey = '';

  /**
   * Draws the chords between the seats' centres. `centre` gives a seat's position, `middle` the
   * table's centre (chords bow toward it, so they do not graze the seats next to their ends).
   */
  show(chords: readonly Chord[], centre: (index: number) => { x: number; y: number } | undefined, middle: { x: number; y: number }, layoutVersion: number): void {
    const key = `${layoutVersion};${chords.map((c) => `${c.a}-${c.b}:${Math.round(c.strength * 50)}`).join(',')}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const g = this.view.clear();
    // Weakest first, so the strong chords are drawn on top.
    for (const c of [...chords].reverse()) {
      const p = centre(c.a);
      const q = centre(c.b);
      if (!p || !q) continue;
      const s = Math.abs(c.strength);
      const colour = c.strength >= 0 ? TRUST_COLOUR.high : TRUST_COLOUR.low;
      const cx = (p.x + q.x) / 2 + ((middle.x - (p.x + q.x) / 2) * 0.45);
      const cy = (p.y + q.y) / 2 + ((middle.y - (p.y + q.y) / 2) * 0.45);
      g.moveTo(p.x, p.y)
        .quadraticCurveTo(cx, cy, q.x, q.y)
        .stroke({ width: 1 + 4 * s, color: colour, alpha: 0.18 + 0.6 * s, cap: 'round' });
      if (c.directed) {
        // The seat's view of b: a dot just short of b's centre marks the direction.
        const t = 0.86;
        const ex = (1 - t) ** 2 * p.x + 2 * (1 - t) * t * cx + t * t * q.x;
        const ey = (1 - t) ** 2 * p.y + 2 * (1 - t) * t * cy + t * t * q.y;
        g.circle(ex, ey, 2 + 2.5 * s).fill({ color: colour, alpha: 0.35 + 0.6 * s });
      }
    }
  }

  /** Removes the chords' graphics. */
  destroy(): void {
    this.view.destroy();
  }
}
