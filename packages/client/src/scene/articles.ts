/**
 * The draft convention: one bar per article, kept between calls. The fill is a unit rectangle
 * scaled to the position, so a position change tweens without rebuilding geometry. Ideal markers
 * (ticks) and stance counts are redrawn only when they change.
 *
 * What a row shows: the article's title; "▲n ▼m": how many actors' latest public amendment
 * pushed it up or down; the bar: the current position in [0, 1], with its value; ticks: the
 * ideal positions the perspective may see (dark: a state's ideal in the omniscient view; orange,
 * taller: the perspective's own seat's ideal).
 */
import { Container, Graphics, Text } from 'pixi.js';
import type { ArticleBar, TableModel } from '../model/table-model.js';
import { BAR_COLOUR, INK, STYLES } from './palette.js';
import type { Rect } from './layout.js';
import { lerp, TWEEN_MS, type Tweens } from './tween.js';

const HEAD_H = 24;
const BAR_H = 12;
const VALUE_W = 40;

class Row {
  readonly box = new Container();
  readonly title = new Text({ text: '', style: STYLES.body });
  readonly counts = new Text({ text: '', style: STYLES.muted });
  readonly value = new Text({ text: '', style: STYLES.muted });
  readonly track = new Graphics();
  readonly fill = new Graphics().rect(0, 0, 1, BAR_H).fill(BAR_COLOUR.fill);
  readonly ticks = new Graphics();
  shown = 0;
  from = 0;
  to = 0;
  barW = 1;
  ticksKey = '';

  constructor() {
    this.counts.anchor.set(1, 0);
    this.value.anchor.set(1, 0);
    this.box.addChild(this.track, this.fill, this.ticks, this.title, this.counts, this.value);
  }
}

/** The article bars in the right-hand column. */
export class ArticlePanel {
  /** The panel's display objects. */
  readonly view = new Container();
  private readonly heading = new Text({ text: 'Draft convention', style: STYLES.heading });
  private readonly legend = new Text({ text: '', style: STYLES.muted });
  private readonly legendMarks = new Graphics();
  private readonly rows: Row[] = [];
  private rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private legendKey = '';
  private count = 8;
  /** The heading's height: one line, or two when the key does not fit beside the title. */
  private headH = HEAD_H;

  constructor(private readonly tweens: Tweens) {
    this.legend.anchor.set(1, 0);
    this.view.addChild(this.heading, this.legend, this.legendMarks);
  }

  /** Lays the panel out in a rectangle (on resize). */
  place(rect: Rect): void {
    this.rect = rect;
    this.view.position.set(rect.x, rect.y);
    this.heading.position.set(0, 0);
    this.legend.position.set(rect.w, 2);
    this.legendKey = '';
    this.rows.forEach((row, k) => this.placeRow(row, k));
  }

  /** Shows the articles of a model (positions tweened when `animate`). */
  show(model: TableModel, animate: boolean): void {
    const articles = model.articles;
    if (articles.length !== this.count) {
      this.count = articles.length;
      this.rows.forEach((row, k) => this.placeRow(row, k));
    }
    while (this.rows.length > articles.length) this.rows.pop()?.box.destroy({ children: true });
    articles.forEach((article, k) => {
      let row = this.rows[k];
      if (!row) {
        row = new Row();
        this.rows[k] = row;
        this.view.addChild(row.box);
        this.placeRow(row, k);
      }
      this.showRow(row, article, model, animate);
    });
    this.showLegend(model);
  }

  /** Removes the panel's display objects. */
  destroy(): void {
    this.view.destroy({ children: true });
    this.rows.length = 0;
  }

  private placeRow(row: Row, k: number): void {
    const rowH = (this.rect.h - this.headH) / Math.max(1, this.count);
    row.box.position.set(0, this.headH + k * rowH);
    row.barW = Math.max(1, this.rect.w - VALUE_W - 6);
    row.title.position.set(0, 0);
    row.counts.position.set(this.rect.w, 0);
    row.value.position.set(this.rect.w, 16);
    row.track.clear().roundRect(0, 19, row.barW, BAR_H, 3).fill(BAR_COLOUR.track);
    // Quarter marks, so a projected bar can be read without numbers.
    for (const q of [0.25, 0.5, 0.75]) row.track.rect(q * row.barW - 0.5, 19, 1, BAR_H).fill({ color: 0xffffff, alpha: 0.8 });
    row.fill.position.set(0, 19);
    row.fill.scale.x = Math.max(0.001, row.shown * row.barW);
    row.ticksKey = '';
  }

  private showRow(row: Row, article: ArticleBar, model: TableModel, animate: boolean): void {
    if (row.title.text !== article.title) row.title.text = article.title;
    let up = 0;
    let down = 0;
    for (const s of article.stances) if (s.direction > 0) up++;
    else down++;
    const counts = up + down > 0 ? `▲${up}  ▼${down}` : '';
    if (row.counts.text !== counts) row.counts.text = counts;
    const value = article.position.toFixed(2);
    if (row.value.text !== value) row.value.text = value;

    const self = model.actors.find((a) => a.self)?.index ?? -1;
    const ticksKey = `${row.barW}|${article.ideals.map((i) => `${i.actor}:${i.value.toFixed(3)}`).join(',')}|${self}`;
    if (ticksKey !== row.ticksKey) {
      row.ticksKey = ticksKey;
      const g = row.ticks.clear();
      for (const ideal of article.ideals) {
        const x = ideal.value * row.barW;
        if (ideal.actor === self) continue;
        g.rect(x - 1, 16, 2, BAR_H + 6).fill({ color: BAR_COLOUR.ideal, alpha: 0.6 });
      }
      const own = article.ideals.find((i) => i.actor === self);
      if (own) {
        const x = own.value * row.barW;
        g.rect(x - 1.5, 14, 3, BAR_H + 10)
          .fill(BAR_COLOUR.self)
          .poly([x - 5, 19 + BAR_H + 9, x + 5, 19 + BAR_H + 9, x, 19 + BAR_H + 3])
          .fill(BAR_COLOUR.self)
          .stroke({ width: 1, color: INK });
      }
    }

    if (article.position === row.to) return;
    row.to = article.position;
    row.from = row.shown;
    this.tweens.start(row, animate ? TWEEN_MS : 0, (k) => {
      row.shown = lerp(row.from, row.to, k);
      row.fill.scale.x = Math.max(0.001, row.shown * row.barW);
    });
  }

  private showLegend(model: TableModel): void {
    const hasSelf = model.actors.some((a) => a.self) && model.articles.some((a) => a.ideals.length > 0);
    const hasOthers = model.perspective.kind === 'omniscient';
    const key = `${hasSelf}|${hasOthers}|${this.rect.w}`;
    if (key === this.legendKey) return;
    this.legendKey = key;
    // A small key in the heading line: what the ticks mean in this perspective.
    const parts = [hasSelf ? 'your ideal' : '', hasOthers ? "states' ideals" : ''].filter(Boolean);
    this.legend.text = parts.length > 0 ? `${parts.join('   ')}   ▲▼ stances` : '▲▼ public stances (latest amendments)';
    // In a narrow column the key goes under the title, and the rows make room for it.
    const beside = this.heading.width + 24 + this.legend.width <= this.rect.w;
    const top = beside ? 2 : HEAD_H - 2;
    this.legend.position.set(this.rect.w, top);
    const headH = beside ? HEAD_H : HEAD_H + 18;
    if (headH !== this.headH) {
      this.headH = headH;
      this.rows.forEach((row, k) => this.placeRow(row, k));
    }
    const g = this.legendMarks.clear();
    // Tick swatches in front of the words they explain.
    const words = this.legend.text;
    const measure = (s: string): number => (s.length / Math.max(1, words.length)) * this.legend.width;
    const left = this.rect.w - this.legend.width;
    if (hasSelf) g.rect(left - 9, top + 1, 3, 14).fill(BAR_COLOUR.self);
    if (hasOthers) {
      const at = left + measure(hasSelf ? 'your ideal   ' : '') - 8;
      g.rect(at, top + 1, 2, 14).fill({ color: BAR_COLOUR.ideal, alpha: 0.6 });
    }
  }
}
