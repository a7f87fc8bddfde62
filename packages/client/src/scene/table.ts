/**
 * The table scene: draws a {@link TableModel} with Pixi and decides nothing. Display objects live
 * as long as the scene (a node per actor keyed by index, a bar per article, reused texts), and
 * each `show` only retargets them; positions, sizes, colours and bar values tween over ~300 ms on
 * the app's ticker, which the scene leaves as soon as nothing moves. Geometry is rebuilt only for
 * what changed (a key per layer), so a bot playing at full pace costs little per frame.
 *
 * The parts, one file each: `layout.ts` (geometry), `actors.ts` (seats), `trust.ts` (chords),
 * `incidents.ts` (this year's incidents), `articles.ts` (the draft), `panel.ts` + `pending.ts`
 * (coalitions, standings, pending amendments), `header.ts`, `legend.ts`, `palette.ts`, `tween.ts`.
 */
import { Container, Graphics, type Application } from 'pixi.js';
import type { TableModel } from '../model/table-model.js';
import { ActorLayer } from './actors.js';
import { ArticlePanel } from './articles.js';
import { Header } from './header.js';
import { IncidentLayer, incidentSections } from './incidents.js';
import { layoutKey, layoutTable, type TableLayout } from './layout.js';
import { Legend } from './legend.js';
import { tableFit } from './fit.js';
import { RULE, STYLES } from './palette.js';
import { SidePanel, type Section } from './panel.js';
import { coalitionSection, pendingSection, standingSection } from './pending.js';
import { meaningfulChords } from './chords.js';
import { TrustLayer } from './trust.js';
import { lerp, TWEEN_MS, Tweens } from './tween.js';

/** Chords are dimmed while this year's incidents are drawn, so the arrows stand out. */
const CHORD_ALPHA_WITH_INCIDENTS = 0.4;

/** A Pixi scene of the negotiating table. */
export class TableScene {
  private readonly root = new Container();
  private readonly tableTop = new Graphics();
  private readonly overlays = new Container();
  private readonly tweens: Tweens;
  private readonly actors: ActorLayer;
  private readonly trust = new TrustLayer();
  private readonly incidents: IncidentLayer;
  private readonly articles: ArticlePanel;
  private readonly panel = new SidePanel();
  private readonly header: Header;
  private readonly legend = new Legend();
  private layout: TableLayout | null = null;
  private layoutFor = '';
  private layoutVersion = 0;
  private model: TableModel | null = null;
  private panelKey = '';

  /** Builds the scene on an initialised app (it re-lays itself out when the renderer resizes). */
  constructor(private readonly app: Application) {
    this.tweens = new Tweens(app.ticker);
    this.actors = new ActorLayer(this.tweens);
    this.incidents = new IncidentLayer(this.tweens);
    this.articles = new ArticlePanel(this.tweens);
    this.header = new Header(this.tweens);
    this.overlays.addChild(this.trust.view, this.incidents.under);
    // Back to front: table top, legend, chords and stars, seats, awaiting dots, labels, arrows.
    this.root.addChild(
      this.tableTop,
      this.legend.view,
      this.overlays,
      this.actors.nodes,
      this.actors.pulses,
      this.actors.labels,
      this.incidents.over,
      this.articles.view,
      this.panel.view,
      this.header.view,
    );
    app.stage.addChild(this.root);
    app.renderer.on('resize', this.onResize);
  }

  /** Shows a table model: call it whenever the model changes (step, perspective, scrubbing). */
  show(model: TableModel): void {
    // The first model appears at once; later ones transition.
    const animate = this.model !== null;
    this.model = model;
    this.actors.sync(model.actors);
    const key = layoutKey(model.actors);
    if (!this.layout || key !== this.layoutFor) this.relayout(key, animate);
    const layout = this.layout;
    if (!layout) return;
    this.actors.show(model.actors, animate);

    const seat = (i: number): { x: number; y: number; r: number } | undefined => layout.seats[i];
    const middle = { x: layout.ring.cx, y: layout.ring.cy };
    const chords = meaningfulChords(model);
    this.trust.show(chords, seat, middle, this.layoutVersion);
    this.incidents.show(model, seat, middle, this.layoutVersion, animate);
    const hasIncidents = model.incidents.some((i) => i.year === model.year);
    this.trust.view.alpha = hasIncidents ? CHORD_ALPHA_WITH_INCIDENTS : 1;

    this.articles.show(model, animate);
    this.header.show(model, animate);
    this.legend.show(chords.length > 0, hasIncidents);
    this.showPanel(model);
    this.requestRender();
  }

  private renderQueued = false;
  /** One render at the next frame when nothing moves (while tweens run, the ticker renders). */
  private requestRender(): void {
    if (this.tweens.active || this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      if (!this.tweens.active) this.app.render();
    });
  }

  /** Removes the scene from the stage, leaves the ticker and the renderer, frees everything. */
  destroy(): void {
    this.app.renderer.off('resize', this.onResize);
    this.tweens.destroy();
    this.actors.destroy();
    this.trust.destroy();
    this.incidents.destroy();
    this.articles.destroy();
    this.panel.destroy();
    this.header.destroy();
    this.legend.destroy();
    this.root.destroy({ children: true });
    this.model = null;
    this.layout = null;
  }

  /**
   * Fits the table to a box of CSS pixels (the projector's screen): the canvas takes the box and
   * the scene a scale at which its type grows with the screen (scene/fit.ts).
   */
  fit(width: number, height: number): void {
    const fit = tableFit(width, height);
    const resolution = this.app.renderer.resolution || 1;
    // Height counts too: the lines above the table can grow while the width stays.
    const same = this.root.scale.x === fit.scale && this.app.renderer.width / resolution === Math.round(width) && this.app.renderer.height / resolution === Math.round(height);
    if (same) return;
    this.root.scale.set(fit.scale);
    // Resizing the renderer lays the scene out again (onResize) at its new size in its own units.
    this.app.renderer.resize(Math.round(width), Math.round(height));
  }

  /**
   * The size in CSS pixels at which the seats' names are drawn now (the label type × the scene's
   * scale × the stretch of the canvas by CSS), on the canvas as `data-label-px` for tests.
   */
  labelPixels(): number {
    const cssWidth = this.app.canvas.getBoundingClientRect().width;
    const canvasWidth = this.app.renderer.width / (this.app.renderer.resolution || 1);
    const stretch = cssWidth > 0 && canvasWidth > 0 ? cssWidth / canvasWidth : 1;
    return Number(STYLES.label.fontSize) * this.root.scale.x * stretch;
  }

  private readonly onResize = (): void => {
    this.app.canvas.dataset['labelPx'] = this.labelPixels().toFixed(1);
    if (!this.model) return;
    this.relayout(this.layoutFor, false);
    // Layers keyed on the layout version redraw for the new geometry.
    const model = this.model;
    this.model = null;
    this.show(model);
  };

  private relayout(key: string, animate: boolean): void {
    const model = this.model;
    if (!model) return;
    // The layout works in the scene's units: the canvas's CSS size over the scene's scale.
    const scale = this.root.scale.x || 1;
    const width = this.app.renderer.width / (this.app.renderer.resolution || 1) / scale;
    const height = this.app.renderer.height / (this.app.renderer.resolution || 1) / scale;
    const layout = layoutTable(model.actors, (i) => this.actors.labelWidth(i), width, height);
    this.layout = layout;
    this.layoutFor = key;
    this.layoutVersion++;
    this.app.canvas.dataset['labelPx'] = this.labelPixels().toFixed(1);
    const { cx, cy, rx, ry } = layout.ring;
    // The table's edge only: a filled table top would cost ~150k fragments a frame, which
    // software WebGL (SwiftShader) pays on every frame the app renders.
    this.tableTop
      .clear()
      .ellipse(cx, cy, rx - 34, ry - 30)
      .stroke({ width: 2, color: RULE });
    this.actors.place(layout, animate);
    this.articles.place(layout.articles);
    this.panel.place(layout.panel);
    this.header.place(width, layout.header.h);
    this.legend.place(layout);
    if (animate) {
      // Chords and arrows are drawn at the seats' new places: fade them in while the seats move.
      this.overlays.alpha = 0;
      this.tweens.start(this.overlays, TWEEN_MS, (k) => (this.overlays.alpha = lerp(0, 1, k)));
    }
  }

  private showPanel(model: TableModel): void {
    const sections = [coalitionSection(model), standingSection(model), pendingSection(model), ...incidentSections(model)].filter(
      (s): s is Section => s !== null,
    );
    // Build the words once and compare: most steps change nothing here.
    const key = JSON.stringify(sections);
    if (key === this.panelKey) return;
    this.panelKey = key;
    this.panel.show(sections);
  }
}
