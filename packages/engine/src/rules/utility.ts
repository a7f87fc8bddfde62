/**
 * What a text is worth to a state. Everything here reads only what the state itself may see (its
 * own preferences, the public text and record), so bots and the client use the very functions the
 * rules use: a seat's displayed "utility of this amendment" is the engine's own number.
 *
 * - text utility: salience-weighted closeness to the ideal, scaled by the content meta-issue;
 * - implementation value: protection gained minus restraint given up, as a party;
 * - surplus: the value of joining minus the value of staying out (reservation, free-riding, club penalty).
 */
import { A } from '../scenario/articles.js';
import type { Rules } from '../scenario/schema.js';
import type { ActorInfo, Coalition } from '../state/types.js';
import { betaMean, clamp01 } from './math.js';

/** The preferences a utility needs (a state's private facts satisfy it). */
export interface Preferences {
  readonly ideal: readonly number[];
  readonly salience: readonly number[];
  readonly contentControl: number;
  readonly contentTolerance: number;
  readonly capability: number;
  readonly reservation: number;
  readonly bodyAlpha: number;
  readonly bodyBeta: number;
}

/** Share of the protection a non-party still enjoys from others' restraint. */
export const FREE_RIDE_SHARE = 0.5;

/**
 * The content meta-issue: broad "information security" scope scales the value of the whole text,
 * down for states that reject content control (beyond their tolerance), up for those that want it.
 */
export function contentFactor(p: Pick<Preferences, 'contentControl' | 'contentTolerance'>, content: number): number {
  if (p.contentControl < 0.5) return clamp01(1 - 2 * Math.max(0, content - p.contentTolerance));
  return 1 - p.contentControl * (1 - content);
}

/** `Σ_a w_a (1 − |x_a − ideal_a|) × m(content)`, in [0, 1]. */
export function textUtility(p: Preferences, text: readonly number[]): number {
  let base = 0;
  for (let a = 0; a < text.length; a++) base += p.salience[a]! * (1 - Math.abs(text[a]! - p.ideal[a]!));
  return base * contentFactor(p, text[A.content]!);
}

/** How much a finding bites: bindingness, and the attribution body's strength times trust in it. */
export function enforcement(p: Preferences, text: readonly number[]): number {
  return text[A.binding]! * (0.4 + 0.6 * text[A.attribution]! * betaMean(p.bodyAlpha, p.bodyBeta));
}

/** The parts of the public record the participation estimate reads (a view's record will do). */
export interface ParticipationRecord {
  readonly withdrawn: readonly boolean[];
  readonly ratified: readonly boolean[];
  readonly signed: readonly boolean[];
  readonly coalition: readonly (Coalition | null)[];
}

/**
 * The share of world offensive capability expected to be bound, from the public record: the
 * ratified (once any are), else the signatories, else the states outside the sovereignty coalition.
 */
export function expectedBound(pub: ParticipationRecord, actors: readonly ActorInfo[]): number {
  let total = 0;
  let ratified = 0;
  let signed = 0;
  let open = 0;
  for (const a of actors) {
    if (a.kind !== 'state') continue;
    total += a.capability;
    if (pub.withdrawn[a.index]) continue;
    if (pub.ratified[a.index]) ratified += a.capability;
    if (pub.signed[a.index]) signed += a.capability;
    if (pub.coalition[a.index] !== 'sovereignty') open += a.capability;
  }
  if (total === 0) return 0;
  if (ratified > 0) return ratified / total;
  if (signed > 0) return signed / total;
  return (0.7 * open) / total;
}

/** Protection a party gains: its exposure × bound capability × protected scope × enforcement. */
export function protection(p: Preferences, exposure: number, text: readonly number[], bound: number): number {
  const scope = 0.6 * text[A.targets]! + 0.4 * text[A.assistance]!;
  return exposure * bound * scope * enforcement(p, text);
}

/** What a party gives up: its own capability × restraint and disclosure × bindingness. */
export function restraintCost(p: Preferences, text: readonly number[]): number {
  return 0.5 * p.capability * ((text[A.restraint]! + text[A.disclosure]!) / 2) * text[A.binding]!;
}

/**
 * Surplus of joining over staying out: text utility + protection − restraint, against the
 * reservation value + the free-rider's share of protection − the club penalty on non-parties.
 */
export function treatySurplus(p: Preferences, exposure: number, text: readonly number[], bound: number, rules: Rules): number {
  // The evaluator's formula without building the evaluator (no closure: this runs for every state
  // of every ratification estimate).
  return surplusWith(p, exposure, text, bound, baseUtility(p, text), betaMean(p.bodyAlpha, p.bodyBeta), p.reservation - rules.clubPenalty * bound, -1, 0);
}

/**
 * The surplus of `text` with at most one article changed, in O(1) per call: `evaluate(a, x)` is
 * the surplus with article `a` at position `x` (`a` = -1: the text as is). {@link treatySurplus}
 * and {@link amendmentValues} are the same formula.
 */
export function surplusEvaluator(
  p: Preferences,
  exposure: number,
  text: readonly number[],
  bound: number,
  rules: Rules,
): (article: number, value: number) => number {
  const base = baseUtility(p, text);
  const trustInBody = betaMean(p.bodyAlpha, p.bodyBeta);
  const outside = p.reservation - rules.clubPenalty * bound;
  return (article, value) => surplusWith(p, exposure, text, bound, base, trustInBody, outside, article, value);
}

/**
 * The change in surplus of every one-step amendment: `out[2a]` for article `a` one step up,
 * `out[2a + 1]` one step down (positions clamped to [0, 1]). What a state bot weighs each round.
 */
export function amendmentValues(p: Preferences, exposure: number, text: readonly number[], bound: number, rules: Rules, step: number): number[] {
  const base = baseUtility(p, text);
  const trustInBody = betaMean(p.bodyAlpha, p.bodyBeta);
  const outside = p.reservation - rules.clubPenalty * bound;
  const now = surplusWith(p, exposure, text, bound, base, trustInBody, outside, -1, 0);
  // The body of surplusWith, inlined by hand with the same expressions in the same order (so the
  // values are bit-identical): kept in one function, V8 keeps every double unboxed, where a call
  // per candidate boxed its arguments and results (~200 KB of garbage a game).
  const out: number[] = [];
  for (let a = 0; a < text.length; a++) {
    for (let up = 1; up >= 0; up--) {
      const x = text[a]!;
      const value = up === 1 ? (x + step > 1 ? 1 : x + step) : x - step < 0 ? 0 : x - step;
      const content = a === A.content ? value : text[A.content]!;
      const binding = a === A.binding ? value : text[A.binding]!;
      const attribution = a === A.attribution ? value : text[A.attribution]!;
      const targets = a === A.targets ? value : text[A.targets]!;
      const assistance = a === A.assistance ? value : text[A.assistance]!;
      const restrained = a === A.restraint ? value : text[A.restraint]!;
      const disclosure = a === A.disclosure ? value : text[A.disclosure]!;
      const b = base + p.salience[a]! * (Math.abs(x - p.ideal[a]!) - Math.abs(value - p.ideal[a]!));
      const utility = b * contentFactor(p, content);
      const enforce = binding * (0.4 + 0.6 * attribution * trustInBody);
      const shield = exposure * bound * (0.6 * targets + 0.4 * assistance) * enforce;
      const restraint = 0.5 * p.capability * ((restrained + disclosure) / 2) * binding;
      out.push(utility + shield - restraint - (outside + FREE_RIDE_SHARE * shield) - now);
    }
  }
  return out;
}

/**
 * What moving article `a` of `text` from `from` to `to` changes in a state's surplus besides its text
 * utility, per unit of the state's own parameters: its surplus changes by `exposure · bound · shield −
 * capability · restraint` (the net protection of a party, less free riding, and its restraint),
 * whatever its preferences. The same formula as {@link treatySurplus}, in closed form, so that the
 * table can weigh one move for every voter at once (rules/beliefs.ts).
 */
export function moveTerms(text: readonly number[], a: number, from: number, to: number, trustInBody: number): { shield: number; restraint: number } {
  const at = (k: number, v: number) => (k === a ? v : text[k]!);
  const shieldAt = (v: number) => (0.6 * at(A.targets, v) + 0.4 * at(A.assistance, v)) * at(A.binding, v) * (0.4 + 0.6 * at(A.attribution, v) * trustInBody);
  const restraintAt = (v: number) => 0.5 * ((at(A.restraint, v) + at(A.disclosure, v)) / 2) * at(A.binding, v);
  return { shield: (1 - FREE_RIDE_SHARE) * (shieldAt(to) - shieldAt(from)), restraint: restraintAt(to) - restraintAt(from) };
}

/** `Σ_a w_a (1 − |x_a − ideal_a|)`: the text utility before the content factor. */
export function baseUtility(p: Pick<Preferences, 'salience' | 'ideal'>, text: readonly number[]): number {
  let base = 0;
  for (let a = 0; a < text.length; a++) base += p.salience[a]! * (1 - Math.abs(text[a]! - p.ideal[a]!));
  return base;
}

/** The surplus formula, with article `article` at `value` (-1: none moved). */
function surplusWith(
  p: Preferences,
  exposure: number,
  text: readonly number[],
  bound: number,
  base: number,
  trustInBody: number,
  outside: number,
  article: number,
  value: number,
): number {
  let content = text[A.content]!;
  let binding = text[A.binding]!;
  let attribution = text[A.attribution]!;
  let targets = text[A.targets]!;
  let assistance = text[A.assistance]!;
  let restrained = text[A.restraint]!;
  let disclosure = text[A.disclosure]!;
  let b = base;
  if (article >= 0) {
    b += p.salience[article]! * (Math.abs(text[article]! - p.ideal[article]!) - Math.abs(value - p.ideal[article]!));
    switch (article) {
      case A.content: content = value; break;
      case A.binding: binding = value; break;
      case A.attribution: attribution = value; break;
      case A.targets: targets = value; break;
      case A.assistance: assistance = value; break;
      case A.restraint: restrained = value; break;
      case A.disclosure: disclosure = value; break;
    }
  }
  const utility = b * contentFactor(p, content);
  const enforce = binding * (0.4 + 0.6 * attribution * trustInBody);
  const shield = exposure * bound * (0.6 * targets + 0.4 * assistance) * enforce;
  const restraint = 0.5 * p.capability * ((restrained + disclosure) / 2) * binding;
  return utility + shield - restraint - (outside + FREE_RIDE_SHARE * shield);
}

/** The logit penalty the legislature applies to content scope beyond its red line. */
export function redline(p: Preferences, text: readonly number[], rules: Rules): number {
  return rules.redlinePenalty * Math.max(0, text[A.content]! - p.contentTolerance);
}
