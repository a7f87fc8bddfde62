/**
 * The seats: one node per actor, kept between calls and keyed by actor index. A node's disc is
 * drawn white once and tinted to its standing colour, so colour transitions cost no geometry;
 * shapes are redrawn only when a flag that changes them does (standing, coalition, self, …).
 *
 * What a node shows:
 * - disc size: capability (area); disc colour + glyph: standing (hollow outside, "/" signed,
 *   ✓ ratified, ✕ withdrawn);
 * - halo: coalition (single blue ring: friends of the convention; double purple ring: sovereignty);
 * - black outer ring and inverted label: the perspective's own seat;
 * - blue diamond (upper right): Tech Accord firm; person badge (lower right): human team;
 * - dark dot (upper left): the seat must still decide in this step.
 */
import { Container, Graphics, Text } from 'pixi.js';
import type { ActorNode, Standing } from '../model/table-model.js';
import { COALITION_COLOUR, INK, STANDING_COLOUR, STYLES } from './palette.js';
import type { TableLayout } from './layout.js';
import { shortName } from './short-name.js';
import { lerp, lerpColour, TWEEN_MS, type Tweens } from './tween.js';

/** The tech-accord diamond's fill (Okabe–Ito sky blue). */
const ACCORD = 0x56b4e9;

interface Shown {
  x: number;
  y: number;
  r: number;
  colour: number;
}

/** One actor's display objects and what they currently show. */
class Seat {
  readonly node = new Container();
  readonly halo = new Graphics();
  readonly body = new Graphics();
  readonly glyph = new Graphics();
  readonly marks = new Graphics();
  readonly labelBox = new Container();
  readonly labelPill = new Graphics();
  readonly label: Text;
  readonly dot = new Graphics();
  /** What is on screen now (mid-tween values included). */
  readonly shown: Shown = { x: 0, y: 0, r: 0, colour: STANDING_COLOUR.outside };
  from: Shown = { ...this.shown };
  to: Shown = { ...this.shown };
  placed = false;
  /** The flags the geometry was last drawn for: redraw only when they change. */
  shapeKey = '';
  selfLabel = false;

  constructor(words: string) {
    this.body.circle(0, 0, 1).fill(0xffffff); // redrawn at the right radius by drawShape
    this.node.addChild(this.halo, this.body, this.glyph, this.marks);
    this.label = new Text({ text: words, style: STYLES.label });
    this.labelBox.addChild(this.labelPill, this.label);
    this.dot.circle(0, 0, 4.5).fill(INK).stroke({ width: 1.5, color: 0xffffff });
  }

  destroy(): void {
    this.node.destroy({ children: true });
    this.labelBox.destroy({ children: true });
    this.dot.destroy();
  }
}

/** The actor nodes, their labels, the group labels and the awaiting dots. */
export class ActorLayer {
  /** Discs, halos and badges (below the labels, above the chords). */
  readonly nodes = new Container();
  /** Actor labels and group labels. */
  readonly labels = new Container();
  /** Awaiting dots, pulsed together by one alpha. */
  readonly pulses = new Container();
  private readonly seats: Seat[] = [];
  private readonly groupTexts = new Map<string, Text>();

  constructor(private readonly tweens: Tweens) {}

  /** Makes one node per actor (reusing existing ones by index) and sets their labels. */
  sync(actors: readonly ActorNode[]): void {
    // A seat of a larger table (a new game of a smaller scenario) may still be moving: its tween
    // must go with it, or the next frame would place a destroyed node.
    for (const seat of this.seats.splice(actors.length)) {
      this.tweens.stop(seat);
      seat.destroy();
    }
    actors.forEach((a, i) => {
      let seat = this.seats[i];
      if (!seat) {
        seat = new Seat(shortName(a.name));
        this.seats[i] = seat;
        this.nodes.addChild(seat.node);
        this.labels.addChild(seat.labelBox);
        this.pulses.addChild(seat.dot);
      }
      // The room reads names, never ids.
      const words = shortName(a.name);
      if (seat.label.text !== words) seat.label.text = words;
      if (seat.selfLabel !== a.self) {
        seat.selfLabel = a.self;
        seat.label.style = a.self ? STYLES.labelSelf : STYLES.label;
        seat.labelPill.clear();
        if (a.self) seat.labelPill.roundRect(-5, -2, seat.label.width + 10, seat.label.height + 4, 6).fill(INK);
      }
    });
  }

  /** The measured width of an actor's label (for the layout's collision pass). */
  labelWidth(index: number): number {
    const seat = this.seats[index];
    return seat ? seat.label.width + (seat.selfLabel ? 10 : 0) : 40;
  }

  /** Where a seat is going: its target centre and radius (overlays are drawn there). */
  at(index: number): { x: number; y: number; r: number } | undefined {
    return this.seats[index]?.to;
  }

  /** Moves the seats to a layout (tweened, or at once when `animate` is false). */
  place(layout: TableLayout, animate: boolean): void {
    this.seats.forEach((seat, i) => {
      const p = layout.seats[i];
      if (!p) return;
      seat.to = { ...seat.to, x: p.x, y: p.y, r: p.r };
      seat.label.anchor.set(p.anchorX, p.anchorY);
      // The pill sits behind the text whatever its anchor.
      seat.labelPill.position.set(-p.anchorX * seat.label.width, -p.anchorY * seat.label.height);
      seat.labelBox.position.set(p.labelX, p.labelY);
      if (!seat.placed) {
        // A new seat appears where it belongs, at once.
        seat.placed = true;
        Object.assign(seat.shown, seat.to);
      }
      this.retarget(seat, animate);
    });
    this.placeGroups(layout);
  }

  /** Shows the actors' standing, coalition and flags (colours tweened). */
  show(actors: readonly ActorNode[], animate: boolean): void {
    actors.forEach((a, i) => {
      const seat = this.seats[i];
      if (!seat) return;
      const colour = STANDING_COLOUR[a.standing];
      seat.to = { ...seat.to, colour };
      const key = `${seat.to.r}|${a.standing}|${a.coalition ?? '-'}|${a.self}|${a.techAccord}|${a.human}`;
      if (key !== seat.shapeKey) {
        seat.shapeKey = key;
        drawShape(seat, a, seat.to.r);
      }
      seat.dot.visible = a.awaiting;
      this.retarget(seat, animate);
    });
  }

  /** Removes everything this layer made. */
  destroy(): void {
    this.tweens.stopLoop(this);
    for (const seat of this.seats) seat.destroy();
    this.seats.length = 0;
    for (const text of this.groupTexts.values()) text.destroy();
    this.groupTexts.clear();
    this.nodes.destroy({ children: true });
    this.labels.destroy({ children: true });
    this.pulses.destroy({ children: true });
  }

  private retarget(seat: Seat, animate: boolean): void {
    const { shown, to } = seat;
    if (shown.x === to.x && shown.y === to.y && shown.r === to.r && shown.colour === to.colour) {
      apply(seat);
      return;
    }
    seat.from = { ...shown };
    this.tweens.start(seat, animate ? TWEEN_MS : 0, (k) => {
      shown.x = lerp(seat.from.x, to.x, k);
      shown.y = lerp(seat.from.y, to.y, k);
      shown.r = lerp(seat.from.r, to.r, k);
      shown.colour = lerpColour(seat.from.colour, to.colour, k);
      apply(seat);
    });
  }

  private placeGroups(layout: TableLayout): void {
    const keep = new Set<string>();
    for (const group of layout.groups) {
      keep.add(group.key);
      let text = this.groupTexts.get(group.key);
      if (!text) {
        text = new Text({ text: group.label, style: STYLES.group });
        text.anchor.set(0.5);
        this.groupTexts.set(group.key, text);
        this.labels.addChild(text);
      }
      text.position.set(group.x, group.y);
    }
    for (const [key, text] of this.groupTexts)
      if (!keep.has(key)) {
        text.destroy();
        this.groupTexts.delete(key);
      }
  }


}

/** Puts a seat's displayed values on its display objects (no geometry rebuilt). */
function apply(seat: Seat): void {
  const { x, y, r, colour } = seat.shown;
  seat.node.position.set(x, y);
  // Geometry is drawn at the target radius; a radius tween scales it meanwhile.
  seat.node.scale.set(seat.to.r > 0 ? r / seat.to.r : 1);
  seat.body.tint = colour;
  const d = seat.to.r * 0.72 + 3;
  seat.dot.position.set(x - d, y - d);
}

/** Draws a seat's shapes at radius r for its flags. */
function drawShape(seat: Seat, a: ActorNode, r: number): void {
  seat.body.clear().circle(0, 0, r).fill(0xffffff);

  const g = seat.glyph.clear();
  g.circle(0, 0, r).stroke({ width: 1.5, color: INK, alpha: 0.85 });
  drawGlyph(g, a.standing, r);

  const h = seat.halo.clear();
  if (a.coalition === 'friends') h.circle(0, 0, r + 4.5).stroke({ width: 3.5, color: COALITION_COLOUR.friends });
  else if (a.coalition === 'sovereignty')
    h.circle(0, 0, r + 3.5)
      .stroke({ width: 2, color: COALITION_COLOUR.sovereignty })
      .circle(0, 0, r + 7.5)
      .stroke({ width: 2, color: COALITION_COLOUR.sovereignty });

  const m = seat.marks.clear();
  if (a.self) m.circle(0, 0, r + 11).stroke({ width: 3, color: INK });
  const d = r * 0.72 + 3;
  if (a.techAccord)
    m.poly([d, -d - 6, d + 6, -d, d, -d + 6, d - 6, -d])
      .fill(ACCORD)
      .stroke({ width: 1.5, color: INK });
  if (a.human) {
    // A person: head and shoulders on a white badge.
    m.circle(d, d, 7.5).fill(0xffffff).stroke({ width: 1.5, color: INK });
    m.circle(d, d - 2.5, 2.5).fill(INK);
    m.moveTo(d - 4.5, d + 5).arc(d, d + 5, 4.5, Math.PI, 0).closePath().fill(INK);
  }
}

/** Draws a small seat icon for a standing (the legend's swatches). */
export function drawSeatIcon(g: Graphics, x: number, y: number, r: number, standing: Standing): void {
  g.circle(x, y, r).fill(STANDING_COLOUR[standing]).circle(x, y, r).stroke({ width: 1.5, color: INK, alpha: 0.85 });
  drawGlyph(g, standing, r, x, y);
}

/** The standing's second cue, in white on the disc. */
function drawGlyph(g: Graphics, standing: Standing, r: number, x = 0, y = 0): void {
  const w = Math.max(2, r * 0.16);
  const s = r * 0.45;
  switch (standing) {
    case 'outside':
      // Hollow: nothing committed yet.
      g.circle(x, y, r * 0.5).fill(0xffffff);
      break;
    case 'signed':
      g.moveTo(x - s, y + s).lineTo(x + s, y - s).stroke({ width: w, color: 0xffffff, cap: 'round' });
      break;
    case 'ratified':
      g.moveTo(x - s, y)
        .lineTo(x - s * 0.25, y + s * 0.7)
        .lineTo(x + s, y - s * 0.65)
        .stroke({ width: w, color: 0xffffff, cap: 'round', join: 'round' });
      break;
    case 'withdrawn':
      g.moveTo(x - s, y - s).lineTo(x + s, y + s).moveTo(x + s, y - s).lineTo(x - s, y + s).stroke({ width: w, color: 0xffffff, cap: 'round' });
      break;
  }
}
