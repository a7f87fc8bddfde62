/**
 * Trust between actors, drawn as chords across the table (which chords: chords.ts).
 */
import { Graphics } from 'pixi.js';
import type { Chord } from './chords.js';
import { TRUST_COLOUR } from './palette.js';

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
