/**
 * Participation as a strategic choice (Carraro, Marchiori & Oreffice 2009; Barrett 2003): what
 * ratifying is worth to a state when others may or may not ratify, the treaty binds no one below
 * its quorum, and the state's own ratification may be the one that brings it into force.
 *
 * A state compares two worlds. If it ratifies, the convention enters into force with chance `q1`
 * and it is then a party: `join(B1) = U + protection(B1) − restraint`; if it stays out, the
 * convention enters into force with chance `q0` and it is then a free rider:
 * `reservation + FREE_RIDE_SHARE · protection(B0) − clubPenalty · B0`. Without a convention in
 * force both worlds are worth the reservation value. So
 *
 *     pivotalSurplus = q1 · (join(B1) − reservation) − q0 · (FREE_RIDE_SHARE · protection(B0) − clubPenalty · B0)
 *
 * With `q1 = q0 = 1` (the quorum is met whatever it does) this is the ordinary surplus; a pivotal
 * state (`q1 ≫ q0`) loses the free rider's option, so a quorum near the number of likely
 * ratifiers raises participation; a convention nobody else will ratify is worth nothing either way.
 *
 * The chances `q` come from the table's estimates of the others (`public.estimates`): each other
 * state that may still ratify does so with the chance its legislature would pass the text at the
 * table's estimate of its type (a level-1 estimate: others are not assumed to reason about pivots).
 * The count and the capability share of the quorum are treated as independent: the count exactly
 * (a Poisson-binomial), the capability share by a normal approximation.
 */
import type { Rules } from '../scenario/schema.js';
import type { ActorInfo, Coalition, Pledge } from '../state/types.js';
import { conditionMet } from './talk.js';
import { logistic, normalTail } from './math.js';
import { expectedBound, FREE_RIDE_SHARE, protection, redline, restraintCost, textUtility, treatySurplus, type Preferences } from './utility.js';

/** The fields of a type estimate this file reads (a view's read-only estimate will do): a state's preferences as estimated, and its hurdle. */
export type EstimatedType = Pick<Preferences, 'ideal' | 'salience' | 'reservation' | 'contentControl' | 'contentTolerance'> & { readonly domesticHurdle: number };

/** What the participation estimate reads of the public record (a seat's view has all of it). */
export interface ParticipationInputs {
  readonly text: readonly number[];
  readonly signed: readonly boolean[];
  readonly ratified: readonly boolean[];
  readonly withdrawn: readonly boolean[];
  readonly refused: readonly number[];
  readonly coalition: readonly (Coalition | null)[];
  readonly pressure: readonly number[];
  readonly estimates: readonly (Readonly<EstimatedType> | null)[];
}

/** Where the treaty stands: the step's phase and year, and whether the text was adopted and lapsed. */
export interface TreatyMoment {
  readonly phase: string;
  readonly year: number;
  readonly adopted: boolean;
  readonly lapsed: boolean;
}

/**
 * Whether state `i` may submit the text to its legislature in the current step: at the ratification
 * step, a signatory; in an implementation year (`rules.accession`), any state that has not ratified
 * or withdrawn (a non-signatory accedes), unless its legislature refused the text less than
 * `rules.resubmitAfter` years ago, or the convention lapsed and may not be revived.
 */
export function mayRatify(pub: ParticipationInputs, moment: TreatyMoment, rules: Rules, i: number): boolean {
  if (!moment.adopted || pub.ratified[i] || pub.withdrawn[i]) return false;
  if (moment.phase === 'ratification') return pub.signed[i] === true;
  if (moment.phase !== 'operations' || !rules.accession) return false;
  if (moment.lapsed && !rules.revival) return false;
  const refused = pub.refused[i]!;
  return refused < 0 || moment.year - refused >= rules.resubmitAfter;
}

/** Which states may submit the text in the current step (see {@link mayRatify}); the game's flow or a seat's view is the moment. */
export function eligibleToSubmit(pub: ParticipationInputs, actors: readonly ActorInfo[], moment: TreatyMoment, rules: Rules): boolean[] {
  return actors.map((a) => a.kind === 'state' && mayRatify(pub, moment, rules, a.index));
}

/** The belief in the attribution body the table attributes to every state: the scenario's prior. */
export function tableBelief(trust: { readonly body: { readonly alpha: number; readonly beta: number } }): { bodyAlpha: number; bodyBeta: number } {
  return { bodyAlpha: trust.body.alpha, bodyBeta: trust.body.beta };
}

/** The chance a legislature passes the text, given the surplus its government sees in it. */
export function legislatureChance(p: Preferences, hurdle: number, pressure: number, surplus: number, text: readonly number[], rules: Rules): number {
  return logistic(rules.ratificationSlope * surplus - hurdle + rules.pressureWeight * pressure - redline(p, text, rules));
}

/**
 * The table's estimate of the chance that each state ratifies in this step (0 for a state that may
 * not): its legislature's chance at the table's estimate of its type, with the ordinary surplus.
 * `body` supplies the Beta belief in the attribution body used for the others (the observer's own).
 */
export function ratificationOdds(pub: ParticipationInputs, actors: readonly ActorInfo[], rules: Rules, eligible: readonly boolean[], body: { readonly bodyAlpha: number; readonly bodyBeta: number }): number[] {
  const bound = expectedBound(pub, actors);
  const odds: number[] = [];
  for (const a of actors) {
    const estimate = pub.estimates[a.index];
    if (a.kind !== 'state' || !eligible[a.index] || !estimate) {
      odds.push(0);
      continue;
    }
    const p = estimatedPreferences(estimate, a, body);
    const surplus = treatySurplus(p, a.exposure, pub.text, bound, rules);
    odds.push(legislatureChance(p, estimate.domesticHurdle, pub.pressure[a.index]!, surplus, pub.text, rules));
  }
  return odds;
}

/** A state's preferences as the table estimates them. */
export function estimatedPreferences(e: Readonly<EstimatedType>, a: ActorInfo, body: { readonly bodyAlpha: number; readonly bodyBeta: number }): Preferences {
  return {
    ideal: e.ideal,
    salience: e.salience,
    contentControl: e.contentControl,
    contentTolerance: e.contentTolerance,
    capability: a.capability,
    reservation: e.reservation,
    bodyAlpha: body.bodyAlpha,
    bodyBeta: body.bodyBeta,
  };
}

/** The chances that the convention is in force after this step, and the share bound, with and without state `i`. */
export interface PivotOdds {
  /** Chance of entry into force (or of staying in force) if `i` ratifies. */
  readonly withMe: number;
  /** The same if `i` stays out. */
  readonly withoutMe: number;
  /** Expected share of world offensive capability bound if `i` ratifies, and if it stays out. */
  readonly boundWithMe: number;
  readonly boundWithoutMe: number;
}

/**
 * The chances of a convention in force with and without state `i`, given each other state's chance
 * of ratifying now (`odds`, with `oddsIfMe` replacing it where a state's ratification depends on
 * `i`'s, e.g. a conditional pledge `i` would trigger).
 */
export function pivotOdds(pub: ParticipationInputs, actors: readonly ActorInfo[], rules: Rules, i: number, odds: readonly number[], oddsIfMe: readonly number[] = odds): PivotOdds {
  const { ratifications, capabilityShare } = rules.entryIntoForce;
  let total = 0;
  let count = 0;
  let bound = 0;
  for (const a of actors) {
    if (a.kind !== 'state') continue;
    total += a.capability;
    if (a.index !== i && pub.ratified[a.index] && !pub.withdrawn[a.index]) {
      count++;
      bound += a.capability;
    }
  }
  if (total === 0) return { withMe: 0, withoutMe: 0, boundWithMe: 0, boundWithoutMe: 0 };
  const mine = actors[i]!.capability;
  const need = capabilityShare * total;
  const without = quorumChance(actors, i, odds, ratifications - count, need - bound);
  const withMe = quorumChance(actors, i, oddsIfMe, ratifications - count - 1, need - bound - mine);
  return {
    withMe: withMe.chance,
    withoutMe: without.chance,
    boundWithMe: (bound + mine + withMe.expected) / total,
    boundWithoutMe: (bound + without.expected) / total,
  };
}

/**
 * The others' odds if state `i` stays out, where a conditional pledge makes its maker wait for `i`:
 * an open `ratify-if` pledge of a state that may submit now, whose condition names `i`, does not hold
 * yet and would hold with `i`'s ratification. `i` expects such a maker to stay out without it in
 * proportion to its trust in the maker (model.md §7.3), and to follow with its own odds if `i`
 * ratifies. The pledges are read from each list in turn (the public record, then those addressed to
 * `i`). Returns `odds` itself when no pledge is triggered.
 */
export function oddsWithoutMe(
  pub: ParticipationInputs,
  pledgeLists: readonly (readonly Readonly<Pledge>[])[],
  eligible: readonly boolean[],
  i: number,
  trust: readonly number[],
  odds: readonly number[],
): readonly number[] {
  let without: number[] | null = null;
  for (const pledges of pledgeLists) {
    for (const p of pledges) {
      if (p.kind !== 'ratify-if' || p.status !== 'open' || p.condition === undefined || !eligible[p.by] || p.by === i) continue;
      if (conditionMet(pub, p.condition) || !p.condition.states.includes(i)) continue;
      if (!conditionMet(pub, { states: p.condition.states, atLeast: p.condition.atLeast - 1 })) continue;
      without ??= odds.slice();
      without[p.by] = without[p.by]! * (1 - trust[p.by]!);
    }
  }
  return without ?? odds;
}

/**
 * The chance that at least `more` of the states other than `i` ratify, times the chance that their
 * capability reaches `capability` (independent, a normal approximation); and their expected capability.
 */
function quorumChance(actors: readonly ActorInfo[], i: number, odds: readonly number[], more: number, capability: number): { chance: number; expected: number } {
  // dist[m]: the chance that exactly m of the states seen so far ratify (a Poisson-binomial).
  const dist = [1];
  let mean = 0;
  let variance = 0;
  for (const a of actors) {
    const p = odds[a.index]!;
    if (a.index === i || a.kind !== 'state' || p <= 0) continue;
    dist.push(0);
    for (let m = dist.length - 1; m > 0; m--) dist[m] = dist[m]! * (1 - p) + dist[m - 1]! * p;
    dist[0] = dist[0]! * (1 - p);
    mean += p * a.capability;
    variance += p * (1 - p) * a.capability * a.capability;
  }
  let countChance = 0;
  for (let m = Math.max(0, more); m < dist.length; m++) countChance += dist[m]!;
  const capabilityChance = capability <= 1e-12 ? 1 : variance < 1e-12 ? (mean >= capability - 1e-12 ? 1 : 0) : normalTail((capability - mean) / Math.sqrt(variance));
  return { chance: Math.min(1, countChance) * capabilityChance, expected: mean };
}

/**
 * What ratifying is worth to a state with preferences `p`, given the pivot odds: see the file
 * header. Equal to the ordinary surplus when the convention's fate does not depend on it.
 */
export function pivotalSurplus(p: Preferences, exposure: number, text: readonly number[], odds: PivotOdds, rules: Rules): number {
  const join = textUtility(p, text) + protection(p, exposure, text, odds.boundWithMe) - restraintCost(p, text) - p.reservation;
  const freeRide = FREE_RIDE_SHARE * protection(p, exposure, text, odds.boundWithoutMe) - rules.clubPenalty * odds.boundWithoutMe;
  return odds.withMe * join - odds.withoutMe * freeRide;
}
