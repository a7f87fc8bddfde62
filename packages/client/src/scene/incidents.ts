/**
 * Incidents on the table. Those of the current year (the model's `year`) are prominent: a burst
 * when one first appears, a yellow star behind the target's seat, a dashed arrow from the state
 * the victim blamed ("blamed", with its answer "denied"/"admitted"), a solid dark arrow from the
 * true attacker when the perspective knows it, and a purple tag "body n%" by the state the
 * attribution body named. Older incidents are summarised as counts in the side panel.
 */
import { Container, Graphics, Text } from 'pixi.js';
import type { IncidentMark, TableModel } from '../model/table-model.js';
import { INCIDENT_COLOUR, INK, PAPER, STYLES, textStyle } from './palette.js';
import { setText, type Section } from './panel.js';
import { shortName } from './short-name.js';
import type { Tweens } from './tween.js';

const BODY_STYLE = textStyle(13, INCIDENT_COLOUR.body, 'bold');
BODY_STYLE.stroke = { color: PAPER, width: 4, join: 'round' };
const BURST_MS = 900;

type Point = { readonly x: number; readonly y: number; readonly r: number };

/** The incidents' drawings on the ring: stars under the seats, arrows and tags above. */
export class IncidentLayer {
  /** Stars behind the targets' seats (under the nodes). */
  readonly under = new Graphics();
  /** Arrows, tags and bursts (above the nodes). */
  readonly over = new Container();
  private readonly arrows = new Graphics();
  private readonly texts: Text[] = [];
  private readonly bursts = new Graphics();
  private drawnKey = '';
  private seen = new Set<number>();
  private burstAt: Point[] = [];
  private burstClock = 0;

  constructor(private readonly tweens: Tweens) {
    this.over.addChild(this.arrows, this.bursts);
  }

  /**
   * Draws the current year's incidents. `seat` gives a seat's target centre and radius, `middle`
   * the table's centre; `animate` allows the burst of incidents not seen in the previous model.
   */
  show(model: TableModel, seat: (index: number) => Point | undefined, middle: { x: number; y: number }, layoutVersion: number, animate: boolean): void {
    const current = model.incidents.filter((i) => i.year === model.year);
    const key = `${layoutVersion};${current.map((i) => `${i.id}:${i.accused}:${i.answer}:${i.bodyNamed}:${i.attacker}`).join(',')}`;
    const fresh = current.filter((i) => !this.seen.has(i.id));
    this.seen = new Set(model.incidents.map((i) => i.id));
    if (animate && fresh.length > 0) this.burst(fresh.map((i) => seat(i.target)).filter((p): p is Point => p !== undefined));
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.draw(current, seat, middle);
  }

  /** Removes everything the layer made. */
  destroy(): void {
    this.tweens.stopLoop(this);
    this.under.destroy();
    this.over.destroy({ children: true });
    this.texts.length = 0;
  }

  private draw(current: readonly IncidentMark[], seat: (index: number) => Point | undefined, middle: { x: number; y: number }): void {
    const under = this.under.clear();
    const g = this.arrows.clear();
    let used = 0;
    const boxes: { x: number; y: number; w: number; h: number }[] = [];
    // A tag at the first of a few spots along its curve where it overlaps no other tag.
    const tag = (words: string, spots: readonly { x: number; y: number }[], style: Text['style']): void => {
      let text = this.texts[used];
      if (!text) {
        text = new Text({ text: '', style });
        text.anchor.set(0.5);
        this.texts.push(text);
        this.over.addChild(text);
      }
      used++;
      if (text.style !== style) text.style = style;
      setText(text, words);
      const w = text.width;
      const h = text.height;
      const fits = (p: { x: number; y: number }): boolean =>
        !boxes.some((b) => Math.abs(b.x - p.x) * 2 < b.w + w && Math.abs(b.y - p.y) * 2 < b.h + h);
      const spot = spots.find(fits) ?? spots[0] ?? { x: 0, y: 0 };
      boxes.push({ x: spot.x, y: spot.y, w, h });
      text.position.set(spot.x, spot.y);
      text.visible = true;
    };
    const along = (curve: (t: number) => { x: number; y: number }): { x: number; y: number }[] => [0.5, 0.38, 0.62, 0.28, 0.72, 0.2].map(curve);
    const bodyTags = new Map<number, number>();
    for (const incident of current) {
      const target = seat(incident.target);
      if (!target) continue;
      star(under, target.x, target.y, target.r + 16, target.r + 7);
      const answer = incident.answer === 'deny' ? ' · denied' : incident.answer === 'admit' ? ' · admitted' : '';
      const accused = seat(incident.accused);
      const attacker = seat(incident.attacker);
      if (attacker && incident.attacker === incident.accused) {
        // Blamed and guilty: one solid arrow (the attacker's), and a tag that says both.
        const curve = arrow(g, attacker, target, middle, 0.35, false, INCIDENT_COLOUR.attacker, 3);
        tag(`blamed = attacker${answer}`, along(curve), STYLES.attacker);
      } else {
        if (accused) {
          const curve = arrow(g, accused, target, middle, 0.35, true, INCIDENT_COLOUR.blame, 3);
          tag(`blamed${answer}`, along(curve), STYLES.arrow);
        }
        if (attacker) {
          const curve = arrow(g, attacker, target, middle, 0.5, false, INCIDENT_COLOUR.attacker, 2.5);
          tag('attacker', along(curve), STYLES.attacker);
        }
      }
      const named = seat(incident.bodyNamed);
      if (named) {
        // Stack the body's tags by the named seat, inward, one line per incident.
        const k = bodyTags.get(incident.bodyNamed) ?? 0;
        bodyTags.set(incident.bodyNamed, k + 1);
        const dx = middle.x - named.x;
        const dy = middle.y - named.y;
        const d = Math.hypot(dx, dy) || 1;
        const off = named.r + 30;
        const x = named.x + (dx / d) * off;
        const y = named.y + (dy / d) * off + k * 16;
        tag(`body ${Math.round(incident.bodyConfidence * 100)}%`, [{ x, y }, { x, y: y + 16 }, { x, y: y - 16 }], BODY_STYLE);
      }
    }
    for (let k = used; k < this.texts.length; k++) {
      const text = this.texts[k];
      if (text) text.visible = false;
    }
  }

  private burst(points: readonly Point[]): void {
    if (points.length === 0) return;
    this.burstAt = [...points];
    this.burstClock = 0;
    this.tweens.loop(this, (ms) => {
      this.burstClock += ms;
      const t = Math.min(1, this.burstClock / BURST_MS);
      const g = this.bursts.clear();
      if (t >= 1) {
        this.tweens.stopLoop(this);
        return;
      }
      // An expanding, fading ring: the moment of the hit (a few circles a frame, briefly).
      for (const p of this.burstAt)
        g.circle(p.x, p.y, p.r + 6 + 40 * t).stroke({ width: 5 * (1 - t) + 1, color: INCIDENT_COLOUR.blame, alpha: 1 - t });
    });
  }
}

/** A starburst polygon (the target was hit this year). */
function star(g: Graphics, x: number, y: number, outer: number, inner: number): void {
  const points: number[] = [];
  const n = 10;
  for (let k = 0; k < n * 2; k++) {
    const a = (k * Math.PI) / n - Math.PI / 2;
    const r = k % 2 === 0 ? outer : inner;
    points.push(x + r * Math.cos(a), y + r * Math.sin(a));
  }
  g.poly(points).fill(INCIDENT_COLOUR.burst).stroke({ width: 1.5, color: INK, alpha: 0.7 });
}

/**
 * An arrow from seat p to seat q bowing toward the table's centre, stopping at q's rim, with a
 * head; dashed or solid. Returns the curve (for placing its label).
 */
function arrow(
  g: Graphics,
  p: Point,
  q: Point,
  middle: { x: number; y: number },
  bow: number,
  dashed: boolean,
  colour: number,
  width: number,
): (t: number) => { x: number; y: number } {
  const mx = (p.x + q.x) / 2;
  const my = (p.y + q.y) / 2;
  const cx = mx + (middle.x - mx) * bow;
  const cy = my + (middle.y - my) * bow;
  const at = (t: number): { x: number; y: number } => ({
    x: (1 - t) ** 2 * p.x + 2 * (1 - t) * t * cx + t * t * q.x,
    y: (1 - t) ** 2 * p.y + 2 * (1 - t) * t * cy + t * t * q.y,
  });
  const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  // Start and end at the seats' rims, leaving room for the head.
  const t0 = Math.min(0.4, (p.r + 4) / length);
  const t1 = Math.max(0.6, 1 - (q.r + 14) / length);
  const steps = 24;
  let prev = at(t0);
  for (let k = 1; k <= steps; k++) {
    const next = at(t0 + ((t1 - t0) * k) / steps);
    if (!dashed || k % 2 === 1) g.moveTo(prev.x, prev.y).lineTo(next.x, next.y);
    prev = next;
  }
  g.stroke({ width, color: colour, cap: 'round' });
  const tip = at(1 - (q.r + 4) / length);
  const back = at(t1);
  const dx = tip.x - back.x;
  const dy = tip.y - back.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  if (!dashed) g.poly([tip.x, tip.y, back.x - uy * 6, back.y + ux * 6, back.x + uy * 6, back.y - ux * 6]).fill(colour);
  else g.poly([tip.x, tip.y, back.x - uy * 5, back.y + ux * 5, back.x + uy * 5, back.y - ux * 5]).fill(colour);
  return at;
}

/** The side panel's incident section: this year's incidents in words, and older ones as counts. */
export function incidentSections(model: TableModel): Section[] {
  if (model.incidents.length === 0) return [];
  const id = (i: number): string => shortName(model.actors[i]?.name ?? '?');
  const current = model.incidents.filter((i) => i.year === model.year);
  const older = model.incidents.filter((i) => i.year < model.year);
  const when = model.year > 0 ? `year ${model.year}` : 'during the negotiation';
  const lines = current.map((i) => {
    const parts = [`✸ ${id(i.target)} hit${i.source === 'mass-event' ? ' (mass event)' : i.source === 'election-attack' ? ' (election)' : ''}`];
    if (i.accused >= 0) parts.push(`blamed ${id(i.accused)}${i.answer === 'deny' ? ', denied' : i.answer === 'admit' ? ', admitted' : ''}`);
    if (i.bodyNamed >= 0) parts.push(`body: ${id(i.bodyNamed)} ${Math.round(i.bodyConfidence * 100)}%`);
    if (i.attacker >= 0) parts.push(`attacker ${id(i.attacker)}`);
    return parts.join(' · ');
  });
  if (older.length > 0) {
    // Older years fade into counts.
    const blamed = older.filter((i) => i.accused >= 0).length;
    const admitted = older.filter((i) => i.answer === 'admit').length;
    const named = older.filter((i) => i.bodyNamed >= 0).length;
    lines.push(`earlier: ${older.length} · ${blamed} blamed · ${admitted} admitted · ${named} named by the body`);
  }
  const heading = current.length > 0 ? `Incidents · ${when} (${current.length})` : `Incidents · none ${model.year > 0 ? 'this year' : 'yet'}`;
  const sections: Section[] = [{ heading, lines }];
  return sections;
}
