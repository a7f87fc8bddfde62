/**
 * What the table learns about each state's private type. `world.public.estimates[j]` is the common
 * estimate of state j (a mean and a spread per field), revised after every step from the public
 * evidence of that step, the same for every seat:
 *
 * - a roll call on an amendment, and the tabling of one: evidence on the voter's (tabler's) ideal on
 *   that article, weighted by its estimated salience;
 * - a vote on the whole text, and the signature or refusal: evidence on its reservation value;
 * - a ratification passed or failed at home: evidence on its domestic hurdle.
 *
 * Each piece of evidence is one moment-matched probit update (rules/probit.ts); the formulas and
 * their justification are in docs/model.md ("Private types and what the table learns"). With no
 * uncertainty in the scenario nothing here runs: the first check returns.
 */
import { A } from '../scenario/articles.js';
import { anyUncertainty } from '../scenario/uncertainty.js';
import { HURDLE_MAX } from '../state/private-types.js';
import type { GameState, Phase, RollCall, TypeEstimate } from '../state/types.js';
import type { GameEvent } from '../state/events.js';
import { betaMean, clamp01 } from './math.js';
import { probitUpdate } from './probit.js';
import { baseUtility, contentFactor, expectedBound, moveTerms, treatySurplus } from './utility.js';
import { estimatedPreferences, tableBelief } from './participation.js';

/**
 * Noise on a vote's change in surplus (utility units): the bots' vote margin (0.002), their tilts
 * and what the estimate gets wrong besides the ideal. Divided by the article's weight, it becomes
 * the noise on the ideal: an article that weighs little says little.
 */
export const MOVE_NOISE = 0.005;
/** Noise on the surplus at which a state votes for or signs the text: the bots' thresholds span 0.05. */
export const SURPLUS_NOISE = 0.05;
/**
 * The share of public decisions taken against the type (ε of the robust probit): free riders sign
 * texts they do not value, spoilers and reciprocators vote with their bloc. A decision that flatly
 * contradicts the estimate is put down to this and moves it little.
 */
export const OUTLIER = 0.1;
/** The logistic read as a probit: logistic(x) ≈ Φ(x / 1.7). */
export const LOGIT_SCALE = 1.7;

/** Revises the estimates from the public evidence of the step just resolved (in `phase`). */
export function learnFromStep(state: GameState, phase: Phase): void {
  if (!anyUncertainty(state.scenario.uncertainty)) return;
  const pub = state.world.public;
  const step = state.flow.step.index;
  let first = pub.rollCalls.length;
  while (first > 0 && pub.rollCalls[first - 1]!.step === step) first--;
  let e = pub.log.length;
  while (e > 0 && pub.log[e - 1]!.step === step) e--;
  // Most steps of the implementation years carry no evidence: build the table only when one does.
  if (first === pub.rollCalls.length && phase !== 'signature' && !hasEvidence(pub.log, e)) return;
  const table = new Table(state);
  for (let k = first; k < pub.rollCalls.length; k++) table.fromRollCall(pub.rollCalls[k]!);
  for (let k = e; k < pub.log.length; k++) table.fromEvent(pub.log[k]!);
  if (phase === 'signature') for (let j = 0; j < pub.signed.length; j++) table.fromSurplus(j, pub.signed[j]!);
}

/** Whether the public log from `from` on holds an event the table learns from (a tabling, a ratification outcome). */
function hasEvidence(log: readonly GameEvent[], from: number): boolean {
  for (let k = from; k < log.length; k++) {
    const type = log[k]!.type;
    if (type === 'amendment-tabled' || type === 'ratified' || type === 'ratification-failed') return true;
  }
  return false;
}

/** The part of a move's value that does not depend on the voter's preferences (see `moveTerms`). */
interface Move {
  readonly a: number;
  readonly from: number;
  readonly to: number;
  readonly shield: number;
  readonly restraint: number;
}

/**
 * The estimates' view of one step: each state's estimated content factor, text utility and surplus,
 * computed when first needed and kept for the step (the text moves little within a step).
 */
class Table {
  /** Each state's estimated content factor at the text as it stands (NaN until needed). */
  private readonly factors: number[] = [];
  /** Each state's estimated text utility before the content factor (NaN until needed). */
  private readonly bases: number[] = [];
  /** Each state's estimated surplus from the text as it stands (NaN until needed). */
  private readonly surpluses: number[] = [];
  private readonly bound: number;
  private readonly trustInBody: number;

  constructor(private readonly state: GameState) {
    this.bound = expectedBound(state.world.public, state.actors);
    const body = tableBelief(state.scenario.trust);
    this.trustInBody = betaMean(body.bodyAlpha, body.bodyBeta);
    for (let j = 0; j < state.actors.length; j++) {
      this.factors.push(NaN);
      this.bases.push(NaN);
      this.surpluses.push(NaN);
    }
  }

  fromRollCall(call: RollCall): void {
    const votes = call.votes;
    const move = call.amendment < 0 ? null : this.move(call.article, call.from, call.to);
    for (let j = 0; j < votes.length; j++) {
      const vote = votes[j];
      if (vote === null || vote === undefined || vote === 'abstain') continue;
      if (move === null) this.fromSurplus(j, vote === 'yes');
      else this.fromMove(j, move, vote === 'yes');
    }
  }

  fromEvent(event: GameEvent): void {
    const j = event.actor;
    if (event.type === 'amendment-tabled') {
      // Tabled after this step's votes, from the text as it now stands.
      const from = this.state.world.public.text[event.value]!;
      const to = clamp01(from + (event.text === '+' ? 1 : -1) * this.state.scenario.rules.amendmentStep);
      this.fromMove(j, this.move(event.value, from, to), true);
    } else if (event.type === 'ratified' || event.type === 'ratification-failed') {
      this.fromRatification(j, event.type === 'ratified');
    }
  }

  private move(a: number, from: number, to: number): Move {
    return { a, from, to, ...moveTerms(this.state.world.public.text, a, from, to, this.trustInBody) };
  }

  /**
   * A vote for (or the tabling of) moving article `a` from `from` to `to`: the state found the move
   * worth more (`yes`) or less than nothing. The change in surplus is the ideal's part, which near
   * the midpoint m is ≈ 2w·d·(ideal − m) (w the weight times the content factor, d the direction),
   * plus the rest (protection, restraint, content), computed from the estimate. So the vote says
   * d·(ideal − m') > 0 with m' = m − d·rest/(2w), unless the rest alone decided it.
   */
  fromMove(j: number, move: Move, yes: boolean): void {
    const { a, from, to } = move;
    const est = this.state.world.public.estimates[j];
    if (!est || est.idealSpread[a] === 0 || from === to) return;
    const w = est.salience[a]! * this.factor(j, est);
    if (w <= 0) return;
    const mean = est.ideal[a]!;
    const actor = this.state.actors[j]!;
    // Off the content article, the text utility changes by exactly the ideal's part: the rest is the
    // protection and restraint the move changes (the same for every voter, per unit of exposure and
    // capability). On it, the content factor moves too.
    const rest = a === A.content ? this.contentRest(j, est, from, to, w, mean) : actor.exposure * this.bound * move.shield - actor.capability * move.restraint;
    if (Math.abs(rest) >= w * Math.abs(to - from)) return;
    const d = to > from ? 1 : -1;
    const after = probitUpdate(mean, est.idealSpread[a]!, (from + to) / 2 - (d * rest) / (2 * w), yes ? d : -d, MOVE_NOISE / (2 * w), OUTLIER);
    est.ideal[a] = clamp01(after.mean);
    est.idealSpread[a] = after.sd;
  }

  /** A yes on the text or a signature says surplus ≥ 0, i.e. reservation ≤ V (V: the value of joining); a no or a refusal, the reverse. */
  fromSurplus(j: number, yes: boolean): void {
    const est = this.state.world.public.estimates[j];
    if (!est || est.reservationSpread === 0) return;
    const value = this.surplus(j, est) + est.reservation;
    const noise = Math.sqrt(SURPLUS_NOISE * SURPLUS_NOISE + this.idealVariance(j, est));
    const after = probitUpdate(est.reservation, est.reservationSpread, value, yes ? -1 : 1, noise, OUTLIER);
    est.reservation = clamp01(after.mean);
    est.reservationSpread = after.sd;
  }

  /**
   * A ratification passed with chance logistic(L − hurdle), L = slope·surplus + pressure − red line:
   * passing says hurdle < L, failing says hurdle > L, through the logistic's noise and the
   * estimate's uncertainty about the surplus.
   */
  fromRatification(j: number, passed: boolean): void {
    const est = this.state.world.public.estimates[j];
    if (!est || est.hurdleSpread === 0) return;
    const { rules } = this.state.scenario;
    const pub = this.state.world.public;
    const surplus = this.surplus(j, est);
    const redline = rules.redlinePenalty * Math.max(0, pub.text[A.content]! - est.contentTolerance);
    const level = rules.ratificationSlope * surplus + rules.pressureWeight * pub.pressure[j]! - redline;
    const surplusVariance = est.reservationSpread * est.reservationSpread + this.idealVariance(j, est);
    const noise = Math.sqrt(LOGIT_SCALE * LOGIT_SCALE + rules.ratificationSlope * rules.ratificationSlope * surplusVariance);
    const after = probitUpdate(est.domesticHurdle, est.hurdleSpread, level, passed ? -1 : 1, noise, 0);
    est.domesticHurdle = after.mean < 0 ? 0 : after.mean > HURDLE_MAX ? HURDLE_MAX : after.mean;
    est.hurdleSpread = after.sd;
  }

  /**
   * The part of state j's estimated surplus change from moving the content article that is not the
   * ideal's: the text utility is `(base + s·(|now − m| − |v − m|)) · factor(v)` at position v.
   */
  private contentRest(j: number, est: TypeEstimate, from: number, to: number, w: number, mean: number): number {
    const now = this.state.world.public.text[A.content]!;
    const base = this.base(j, est);
    const s = est.salience[A.content]!;
    const at = (v: number) => (base + s * (Math.abs(now - mean) - Math.abs(v - mean))) * contentFactor(est, v);
    return at(to) - at(from) - w * (Math.abs(from - mean) - Math.abs(to - mean));
  }

  /** The variance of the estimated text utility that comes from the uncertain ideal. */
  private idealVariance(j: number, est: TypeEstimate): number {
    const factor = this.factor(j, est);
    let variance = 0;
    for (let a = 0; a < est.ideal.length; a++) {
      const s = est.salience[a]! * factor * est.idealSpread[a]!;
      variance += s * s;
    }
    return variance;
  }

  /** State j's estimated content factor at the text as it stands. */
  private factor(j: number, est: TypeEstimate): number {
    let value = this.factors[j]!;
    if (value !== value) {
      value = contentFactor(est, this.state.world.public.text[A.content]!);
      this.factors[j] = value;
    }
    return value;
  }

  /** State j's estimated text utility before the content factor. */
  private base(j: number, est: TypeEstimate): number {
    let value = this.bases[j]!;
    if (value !== value) {
      value = baseUtility(est, this.state.world.public.text);
      this.bases[j] = value;
    }
    return value;
  }

  /** State j's estimated surplus from the text as it stands: its estimate, its public capability, the scenario's prior trust in the body. */
  private surplus(j: number, est: TypeEstimate): number {
    let value = this.surpluses[j]!;
    if (value !== value) {
      const actor = this.state.actors[j]!;
      value = treatySurplus(estimatedPreferences(est, actor, tableBelief(this.state.scenario.trust)), actor.exposure, this.state.world.public.text, this.bound, this.state.scenario.rules);
      this.surpluses[j] = value;
    }
    return value;
  }
}

/** A field of a state's type that a change of government may move. */
export type AnnouncedField = 'ideal' | 'domesticHurdle' | 'reservation';

/**
 * A change of government moves state i's type publicly: the table's estimate becomes `value` (an
 * ideal on article `a`, or a hurdle or reservation), and the truth moves with it, keeping the
 * state's private deviation from the estimate (truth − estimate). With no uncertainty the truth
 * and the estimate are equal, and the truth becomes `value`, as before private types existed.
 */
export function announceChange(state: GameState, i: number, field: AnnouncedField, a: number, value: number): void {
  const me = state.world.private[i];
  const est = state.world.public.estimates[i];
  if (me?.kind !== 'state' || !est) return;
  if (field === 'ideal') {
    me.ideal[a] = clamp01(clamp01(value) + (me.ideal[a]! - est.ideal[a]!));
    est.ideal[a] = clamp01(value);
  } else if (field === 'domesticHurdle') {
    me.domesticHurdle = clampHurdle(clampHurdle(value) + (me.domesticHurdle - est.domesticHurdle));
    est.domesticHurdle = clampHurdle(value);
  } else {
    me.reservation = clamp01(clamp01(value) + (me.reservation - est.reservation));
    est.reservation = clamp01(value);
  }
}

/** A public shock that raises the salience of some articles in every state raises the estimates' too. */
export function raiseEstimatedSalience(state: GameState, articles: readonly number[], amount: number): void {
  for (const est of state.world.public.estimates) {
    if (!est) continue;
    for (const a of articles) est.salience[a] = est.salience[a]! + amount;
    let total = 0;
    for (let a = 0; a < est.salience.length; a++) total += est.salience[a]!;
    for (let a = 0; a < est.salience.length; a++) est.salience[a] = est.salience[a]! / total;
  }
}

function clampHurdle(h: number): number {
  return h < 0 ? 0 : h > HURDLE_MAX ? HURDLE_MAX : h;
}
