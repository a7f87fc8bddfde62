/**
 * The header line: phase with round or year ("Negotiation · round 3", "Implementation · year 2 ·
 * blame"), the scenario, step and perspective, the "adopted"/"in force" badges, and a small gauge
 * of trust in the attribution body when the perspective has one.
 */
import { Container, Graphics, Text } from 'pixi.js';
import type { Perspective, TableModel } from '../model/table-model.js';
import { BADGE_COLOUR, INCIDENT_COLOUR, RULE, STYLES } from './palette.js';
import { setText } from './panel.js';
import { lerp, TWEEN_MS, type Tweens } from './tween.js';

const GAUGE_W = 96;

/** The phase in words, with the round or year that matters in it. */
export function phaseTitle(model: TableModel): string {
  switch (model.phase) {
    case 'drafting':
      return 'Drafting';
    case 'negotiation':
      return `Negotiation · round ${model.round}`;
    case 'vote':
      return 'Vote on the text';
    case 'signature':
      return 'Signature';
    case 'ratification':
      return 'Ratification';
    case 'operations':
      return `Implementation · year ${model.year} · operations`;
    case 'blame':
      return `Implementation · year ${model.year} · blame`;
    case 'response':
      return `Implementation · year ${model.year} · responses`;
    case 'concluded':
      return model.year > 0 ? `Concluded · after year ${model.year}` : 'Concluded';
  }
}

/** Whose eyes the table is seen through, in words. */
export function perspectiveWords(perspective: Perspective, model: TableModel): string {
  if (perspective.kind === 'public') return 'public view';
  if (perspective.kind === 'omniscient') return 'omniscient view (debrief)';
  const seat = model.actors[perspective.seat];
  return `seen by ${seat ? seat.name : `seat ${perspective.seat}`}`;
}

class Badge {
  readonly box = new Container();
  readonly pill = new Graphics();
  readonly text: Text;
  constructor(words: string, colour: number) {
    this.text = new Text({ text: words, style: STYLES.badge });
    this.text.position.set(9, 3);
    this.pill.roundRect(0, 0, this.text.width + 18, this.text.height + 6, 11).fill(colour);
    this.box.addChild(this.pill, this.text);
    this.box.visible = false;
  }
  get width(): number {
    return this.text.width + 18;
  }
}

/** The header's display objects. */
export class Header {
  /** The header's display objects. */
  readonly view = new Container();
  private readonly rule = new Graphics();
  private readonly title = new Text({ text: '', style: STYLES.title });
  private readonly sub = new Text({ text: '', style: STYLES.subtitle });
  private readonly adopted = new Badge('ADOPTED', BADGE_COLOUR.adopted);
  private readonly inForce = new Badge('IN FORCE', BADGE_COLOUR.inForce);
  private readonly gauge = new Container();
  private readonly gaugeLabel = new Text({ text: 'Trust in attribution body', style: STYLES.muted });
  private readonly gaugeTrack = new Graphics();
  private readonly gaugeFill = new Graphics().rect(0, 0, 1, 10).fill(INCIDENT_COLOUR.body);
  private readonly gaugeValue = new Text({ text: '', style: STYLES.label });
  private width = 0;
  private height = 40;
  private gaugeShown = 0;
  private gaugeFrom = 0;
  private gaugeTo = -1;

  constructor(private readonly tweens: Tweens) {
    this.gaugeTrack.roundRect(0, 0, GAUGE_W, 10, 3).fill(RULE).rect(GAUGE_W / 2 - 0.5, -2, 1, 14).fill(0x4d5566);
    this.gaugeFill.position.set(0, 0);
    this.gauge.addChild(this.gaugeLabel, this.gaugeTrack, this.gaugeFill, this.gaugeValue);
    this.view.addChild(this.rule, this.title, this.sub, this.adopted.box, this.inForce.box, this.gauge);
  }

  /** Lays the header out across the canvas width. */
  place(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.rule.clear().rect(0, height - 1, width, 1).fill(RULE);
    this.title.position.set(14, 8);
    this.arrange();
  }

  /** Shows a model's phase, badges and body trust. */
  show(model: TableModel, animate: boolean): void {
    setText(this.title, phaseTitle(model));
    setText(this.sub, `${model.scenarioId} · step ${model.step} · ${perspectiveWords(model.perspective, model)}`);
    this.adopted.box.visible = model.adopted && !model.inForce;
    this.inForce.box.visible = model.inForce;
    this.gauge.visible = model.bodyTrust !== null;
    if (model.bodyTrust !== null) {
      setText(this.gaugeValue, `${Math.round(model.bodyTrust * 100)}%`);
      if (model.bodyTrust !== this.gaugeTo) {
        this.gaugeTo = model.bodyTrust;
        this.gaugeFrom = this.gaugeShown;
        this.tweens.start(this.gauge, animate ? TWEEN_MS : 0, (k) => {
          this.gaugeShown = lerp(this.gaugeFrom, this.gaugeTo, k);
          this.gaugeFill.scale.x = Math.max(0.001, this.gaugeShown * GAUGE_W);
        });
      }
    }
    this.arrange();
  }

  /** Removes the header's display objects. */
  destroy(): void {
    this.view.destroy({ children: true });
  }

  private arrange(): void {
    const mid = this.height / 2;
    this.sub.position.set(this.title.x + this.title.width + 16, mid - this.sub.height / 2 + 1);
    // Right to left: the gauge, then the badges.
    let right = this.width - 14;
    if (this.gauge.visible) {
      this.gaugeValue.position.set(0, 0);
      const valueW = 40;
      const labelW = this.gaugeLabel.width;
      this.gaugeLabel.position.set(0, 0);
      this.gaugeTrack.position.set(labelW + 10, 5);
      this.gaugeFill.position.set(labelW + 10, 5);
      this.gaugeValue.position.set(labelW + 10 + GAUGE_W + 8, 0);
      const w = labelW + 10 + GAUGE_W + 8 + valueW;
      this.gauge.position.set(right - w, mid - 9);
      right -= w + 16;
    }
    for (const badge of [this.inForce, this.adopted])
      if (badge.box.visible) {
        badge.box.position.set(right - badge.width, mid - 12);
        right -= badge.width + 8;
      }
  }
}
