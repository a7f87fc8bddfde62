/**
 * The side panel under the articles: a stack of titled sections (coalitions, pending amendments,
 * incidents), each a heading and one multi-line Text per column. Texts are reused and only
 * re-rendered when their words change; sections that do not fit are cut with "+n more".
 */
import { Container, Text } from 'pixi.js';
import type { Rect } from './layout.js';
import { STYLES } from './palette.js';

/** A section of the panel: a heading and lines, flowed into `columns` columns. */
export interface Section {
  readonly heading: string;
  readonly lines: readonly string[];
  readonly columns?: number;
  /** Whether the lines are secondary (muted). */
  readonly muted?: boolean;
}

const LINE_H = 18;
const HEADING_H = 21;
const SECTION_GAP = 8;
const MAX_COLUMNS = 3;

interface Slot {
  readonly heading: Text;
  readonly columns: Text[];
}

/** The stacked sections in a rectangle. */
export class SidePanel {
  /** The panel's display objects. */
  readonly view = new Container();
  private readonly slots: Slot[] = [];
  private rect: Rect = { x: 0, y: 0, w: 0, h: 0 };
  private last: readonly Section[] = [];

  /** Lays the panel out in a rectangle (on resize). */
  place(rect: Rect): void {
    this.rect = rect;
    this.view.position.set(rect.x, rect.y);
    this.render(this.last);
  }

  /** Shows sections, top to bottom; the last ones are cut when the panel is full. */
  show(sections: readonly Section[]): void {
    this.last = sections;
    this.render(sections);
  }

  /** Removes the panel's display objects. */
  destroy(): void {
    this.view.destroy({ children: true });
    this.slots.length = 0;
  }

  private render(sections: readonly Section[]): void {
    let y = 0;
    sections.forEach((section, k) => {
      const slot = this.slot(k);
      const room = Math.floor((this.rect.h - y - HEADING_H) / LINE_H);
      // A section with no room for its heading (or for one line of it) is left out.
      const fits = room >= (section.lines.length > 0 ? 1 : 0) && y + HEADING_H <= this.rect.h;
      const columns = Math.max(1, Math.min(MAX_COLUMNS, section.columns ?? 1));
      const capacity = Math.max(0, room) * columns;
      let lines = section.lines;
      if (lines.length > capacity) lines = capacity > 0 ? [...lines.slice(0, capacity - 1), `+${lines.length - capacity + 1} more`] : [];
      if (!fits) lines = [];
      setText(slot.heading, fits ? section.heading : '');
      slot.heading.position.set(0, y);
      const perColumn = Math.max(1, Math.ceil(lines.length / columns));
      const colW = this.rect.w / columns;
      slot.columns.forEach((text, c) => {
        const part = c < columns ? lines.slice(c * perColumn, (c + 1) * perColumn) : [];
        setText(text, part.join('\n'));
        const style = section.muted ? STYLES.listMuted : STYLES.list;
        if (text.style !== style) text.style = style;
        text.position.set(c * colW, y + HEADING_H);
        text.visible = fits && part.length > 0;
      });
      slot.heading.visible = fits;
      if (fits) y += HEADING_H + (lines.length > 0 ? perColumn * LINE_H : 0) + SECTION_GAP;
    });
    for (let k = sections.length; k < this.slots.length; k++) {
      const slot = this.slots[k];
      if (!slot) continue;
      slot.heading.visible = false;
      for (const text of slot.columns) text.visible = false;
    }
  }

  private slot(k: number): Slot {
    let slot = this.slots[k];
    if (!slot) {
      slot = {
        heading: new Text({ text: '', style: STYLES.heading }),
        columns: Array.from({ length: MAX_COLUMNS }, () => new Text({ text: '', style: STYLES.list })),
      };
      this.slots[k] = slot;
      this.view.addChild(slot.heading, ...slot.columns);
    }
    return slot;
  }
}

/** Sets a Text's words only when they change (each change re-renders its texture). */
export function setText(text: Text, words: string): void {
  if (text.text !== words) text.text = words;
}
