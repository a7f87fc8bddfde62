/**
 * The legend: what a seat's colour and glyph mean (a block in the upper-left corner of the ring
 * area, where short state ids leave room), and the marks, chords and incident keys as a strip
 * along the bottom of the ring area (the trust and incident keys shown only when the table draws
 * them). Built once; a layout change only moves it, a model change only toggles visibility.
 */
import { Container, Graphics, Text } from 'pixi.js';
import type { Standing } from '../model/table-model.js';
import { drawSeatIcon } from './actors.js';
import type { TableLayout } from './layout.js';
import { COALITION_COLOUR, INCIDENT_COLOUR, INK, STYLES, TRUST_COLOUR } from './palette.js';

const ROW = 19;
const ITEM_GAP = 16;

type Swatch = (g: Graphics, x: number, y: number) => void;

/** A swatch followed by its words, on one line. */
function item(swatch: Swatch, words: string): Container {
  const box = new Container();
  const g = new Graphics();
  swatch(g, 9, 0);
  const text = new Text({ text: words, style: STYLES.muted });
  text.anchor.set(0, 0.5);
  text.position.set(22, 0);
  box.addChild(g, text);
  return box;
}

/** The legend's parts. */
export class Legend {
  /** The legend's display objects. */
  readonly view = new Container();
  private readonly seats = new Container();
  private readonly strip = new Container();
  private readonly marks: Container[];
  private readonly trust: Container[];
  private readonly incidents: Container[];
  private readonly heads: { marks: Text; overlays: Text };
  private stripX = 0;
  private stripY = 0;

  constructor() {
    const heading = new Text({ text: 'Seats · size = capability', style: STYLES.heading });
    this.seats.addChild(heading);
    const standings: Standing[] = ['outside', 'signed', 'ratified', 'withdrawn'];
    standings.forEach((s, k) => {
      const row = item((g, x, y) => drawSeatIcon(g, x, y, 7, s), s);
      row.position.set(0, 22 + k * ROW + ROW / 2 - 2);
      this.seats.addChild(row);
    });
    this.marks = [
      item((g, x, y) => void g.circle(x, y, 6).stroke({ width: 3, color: COALITION_COLOUR.friends }), 'friends'),
      item(
        (g, x, y) =>
          void g
            .circle(x, y, 4)
            .stroke({ width: 1.5, color: COALITION_COLOUR.sovereignty })
            .circle(x, y, 7.5)
            .stroke({ width: 1.5, color: COALITION_COLOUR.sovereignty }),
        'sovereignty',
      ),
      item((g, x, y) => void g.poly([x, y - 6, x + 6, y, x, y + 6, x - 6, y]).fill(0x56b4e9).stroke({ width: 1.5, color: INK }), 'Tech Accord'),
      item((g, x, y) => void g.circle(x, y, 4.5).fill(INK).stroke({ width: 1.5, color: 0xffffff }), 'still deciding'),
      item((g, x, y) => void g.circle(x, y, 8).stroke({ width: 3, color: INK }), 'your seat'),
      item(
        (g, x, y) =>
          void g
            .circle(x, y, 7.5)
            .fill(0xffffff)
            .stroke({ width: 1.5, color: INK })
            .circle(x, y - 2.5, 2.5)
            .fill(INK)
            .moveTo(x - 4.5, y + 5)
            .arc(x, y + 5, 4.5, Math.PI, 0)
            .closePath()
            .fill(INK),
        'human team',
      ),
    ];
    this.trust = [
      item((g, x, y) => void g.moveTo(x - 8, y).lineTo(x + 8, y).stroke({ width: 4, color: TRUST_COLOUR.high, alpha: 0.8 }), 'trust'),
      item((g, x, y) => void g.moveTo(x - 8, y).lineTo(x + 8, y).stroke({ width: 4, color: TRUST_COLOUR.low, alpha: 0.8 }), 'distrust'),
    ];
    this.incidents = [
      item((g, x, y) => void g.circle(x, y, 7).fill(INCIDENT_COLOUR.burst).stroke({ width: 1.5, color: INK, alpha: 0.7 }), 'hit this year'),
      item((g, x, y) => void g.moveTo(x - 9, y).lineTo(x - 3, y).moveTo(x + 1, y).lineTo(x + 7, y).stroke({ width: 3, color: INCIDENT_COLOUR.blame }), 'blamed'),
      item((g, x, y) => void g.moveTo(x - 9, y).lineTo(x + 7, y).stroke({ width: 2.5, color: INCIDENT_COLOUR.attacker }), 'true attacker'),
      item((g, x, y) => void g.roundRect(x - 9, y - 6, 18, 12, 3).fill(INCIDENT_COLOUR.body), "body's finding"),
    ];
    this.heads = { marks: new Text({ text: 'Marks', style: STYLES.heading }), overlays: new Text({ text: 'Lines', style: STYLES.heading }) };
    this.heads.marks.anchor.set(0, 0.5);
    this.heads.overlays.anchor.set(0, 0.5);
    this.strip.addChild(this.heads.marks, this.heads.overlays, ...this.marks, ...this.trust, ...this.incidents);
    this.view.addChild(this.seats, this.strip);
    // The legend never changes between layouts: each part is rendered once into a texture, so a
    // frame draws two quads instead of dozens of shapes and texts (software WebGL pays per shape).
    this.seats.cacheAsTexture(true);
    this.strip.cacheAsTexture(true);
  }

  /** Puts the legend in the layout's places. */
  place(layout: TableLayout): void {
    this.seats.position.set(layout.legendTop.x, layout.legendTop.y);
    this.seats.updateCacheTexture();
    this.stripX = layout.legendBottom.x;
    this.stripY = layout.legendBottom.y;
    this.flow();
  }

  /** Shows the trust and incident keys only when the table draws chords or incidents. */
  show(hasChords: boolean, hasIncidents: boolean): void {
    if (this.trust[0]?.visible === hasChords && this.incidents[0]?.visible === hasIncidents) return;
    for (const part of this.trust) part.visible = hasChords;
    for (const part of this.incidents) part.visible = hasIncidents;
    this.flow();
  }

  /** Removes the legend's display objects. */
  destroy(): void {
    this.view.destroy({ children: true });
  }

  private flow(): void {
    const rowY = [this.stripY + ROW / 2, this.stripY + ROW + ROW / 2 + 1];
    const line = (head: Text, items: readonly Container[], y: number): void => {
      head.position.set(this.stripX, y);
      let x = this.stripX + 58;
      for (const part of items) {
        if (!part.visible) continue;
        part.position.set(x, y);
        x += part.width + ITEM_GAP;
      }
    };
    line(this.heads.marks, this.marks, rowY[0] ?? 0);
    const overlays = [...this.trust, ...this.incidents];
    this.heads.overlays.visible = overlays.some((p) => p.visible);
    line(this.heads.overlays, overlays, rowY[1] ?? 0);
    this.strip.updateCacheTexture();
  }
}
