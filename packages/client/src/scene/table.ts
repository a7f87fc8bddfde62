/**
 * The table, drawn with Pixi: every actor as a node, in a row per kind, sized by capability and
 * coloured by where it stands (signed, ratified, withdrawn); the draft text as one bar per article.
 * It renders the state it is given and decides nothing.
 */
import { Application, Container, Graphics, Text } from 'pixi.js';
import { ARTICLES, type GameState } from '@geneva/engine';

const KIND_ROWS = { state: 0, firm: 1, civil: 2 } as const;
const COLOURS = { idle: 0x8a94a6, signed: 0xf2b134, ratified: 0x2e9e5b, withdrawn: 0xc0392b } as const;

/** A Pixi scene of the table. */
export class TableScene {
  private readonly actors = new Container();
  private readonly text = new Container();

  constructor(private readonly app: Application) {
    app.stage.addChild(this.actors, this.text);
  }

  /** Redraws the table for a state. */
  draw(game: GameState): void {
    this.actors.removeChildren().forEach((c) => c.destroy());
    this.text.removeChildren().forEach((c) => c.destroy());
    const width = this.app.renderer.width;
    const rows = [0, 0, 0];
    const perRow = [0, 0, 0];
    for (const a of game.actors) perRow[KIND_ROWS[a.kind]]!++;
    const pub = game.world.public;
    for (const a of game.actors) {
      const row = KIND_ROWS[a.kind];
      const k = rows[row]!++;
      const x = ((k + 1) * width) / (perRow[row]! + 1);
      const y = 70 + row * 110;
      const colour = pub.withdrawn[a.index] ? COLOURS.withdrawn : pub.ratified[a.index] ? COLOURS.ratified : pub.signed[a.index] ? COLOURS.signed : COLOURS.idle;
      const node = new Graphics().circle(x, y, 10 + 22 * a.capability).fill(colour).stroke({ width: 2, color: 0x1d2433 });
      const label = new Text({ text: a.id, style: { fontSize: 13, fill: 0x1d2433 } });
      label.anchor.set(0.5, 0);
      label.position.set(x, y + 36);
      this.actors.addChild(node, label);
    }
    ARTICLES.forEach((article, k) => {
      const y = 400 + k * 26;
      const bar = new Graphics().rect(160, y, (width - 200) * (pub.text[k] ?? 0), 16).fill(0x3b6ea5);
      const frame = new Graphics().rect(160, y, width - 200, 16).stroke({ width: 1, color: 0x1d2433 });
      const label = new Text({ text: article, style: { fontSize: 13, fill: 0x1d2433 } });
      label.position.set(20, y);
      this.text.addChild(bar, frame, label);
    });
  }
}
