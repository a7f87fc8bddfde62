/**
 * Ratification at home (Putnam's two-level game) and accession over the years. A government that
 * submits the text passes it with probability
 * `logistic(a·pivotalSurplus − hurdle + pressure·w − redline)`, one seeded draw each, in seat order;
 * the pivotal surplus (rules/participation.ts) weighs the chance that the convention enters into
 * force with and without this state. Signatories submit at the ratification step; in every
 * implementation year any state that has not ratified may submit (a non-signatory accedes), a
 * refused text may come back after `rules.resubmitAfter` years. Then entry into force at the
 * scenario's quorum (count and, optionally, capability share).
 */
import { A } from '../scenario/articles.js';
import { chance } from '../rng/alea.js';
import { emit } from '../state/emit.js';
import type { GameState, StatePrivate } from '../state/types.js';
import type { OperationsSheet, RatificationSheet } from '../flow/sheets.js';
import { settlePledgesOfKind, settleConditionalPledges } from './talk.js';
import { eligibleToSubmit, legislatureChance, oddsWithoutMe, pivotalSurplus, pivotOdds, ratificationOdds, tableBelief, type PivotOdds } from './participation.js';

/** Which states may submit the text in the current step (see `mayRatify`). */
export function eligibleToRatify(state: GameState): boolean[] {
  return eligibleToSubmit(state.world.public, state.actors, state.flow, state.scenario.rules);
}

/**
 * The others' odds of ratifying as a government with belief `body` in the attribution body sees them,
 * shared by every government of the step with the same belief (most hold the scenario's prior).
 */
type OddsCache = Map<string, number[]>;

/**
 * State i's odds of a convention in force with and without it, as its government estimates them:
 * the others' odds, less those of states whose conditional pledges wait for i (oddsWithoutMe).
 */
export function pivotOddsOf(state: GameState, i: number, eligible = eligibleToRatify(state), cache: OddsCache = new Map()): PivotOdds {
  const me = state.world.private[i] as StatePrivate;
  const pub = state.world.public;
  const key = `${me.bodyAlpha}/${me.bodyBeta}`;
  let odds = cache.get(key);
  if (odds === undefined) {
    odds = ratificationOdds(pub, state.actors, state.scenario.rules, eligible, me);
    cache.set(key, odds);
  }
  const without = oddsWithoutMe(pub, [pub.pledges, me.pledges], eligible, i, me.trust, odds);
  return pivotOdds(pub, state.actors, state.scenario.rules, i, without, odds);
}

/** The chance that state i's legislature ratifies the current text (its true type, the table's estimates of the others). */
export function ratificationChance(state: GameState, i: number, eligible = eligibleToRatify(state), cache: OddsCache = new Map()): number {
  const me = state.world.private[i] as StatePrivate;
  const { rules } = state.scenario;
  const pub = state.world.public;
  const surplus = pivotalSurplus(me, state.actors[i]!.exposure, pub.text, pivotOddsOf(state, i, eligible, cache), rules);
  return legislatureChance(me, me.domesticHurdle, pub.pressure[i]!, surplus, pub.text, rules);
}

/** The ratification step: the signatories that submit go to their legislatures; then entry into force. */
export function ratify(state: GameState, sheets: readonly (RatificationSheet | null)[]): void {
  // One pass over the pledges for every signatory (a pledge of a state that did not sign was settled at signature).
  const signed = state.world.public.signed;
  settlePledgesOfKind(state, 'ratify', (p) => (signed[p.by] ? sheets[p.by]?.submit === true : null));
  submitToLegislatures(state, sheets);
  checkEntryIntoForce(state);
}

/**
 * An implementation year's ratifications and accessions (before the year's withdrawals and
 * operations, so a state that joins is bound this year); the convention enters into force when they
 * meet the quorum (again, after a lapse, only if `rules.revival`).
 */
export function ratifyInYear(state: GameState, sheets: readonly (OperationsSheet | null)[]): void {
  if (!state.flow.adopted || !state.scenario.rules.accession) return;
  if (!submitToLegislatures(state, sheets)) return;
  if (state.flow.inForce || !quorumMet(state) || (state.flow.lapsed && !state.scenario.rules.revival)) return;
  enterIntoForce(state, state.flow.year);
}

/**
 * Sends every eligible state's submission to its legislature: all chances first (from the record
 * as it stood), then one draw each in seat order. Settles the conditional pledges. Returns whether
 * anyone submitted.
 */
function submitToLegislatures(state: GameState, sheets: readonly ({ readonly submit?: boolean } | null)[]): boolean {
  const eligible = eligibleToRatify(state);
  const submitted = state.actors.map((a) => eligible[a.index] === true && sheets[a.index]?.submit === true);
  settleConditionalPledges(state, eligible, submitted);
  if (!submitted.includes(true)) return false;
  const cache: OddsCache = new Map();
  const chances = submitted.map((s, i) => (s ? ratificationChance(state, i, eligible, cache) : 0));
  // The public record carries the chance the table expected (from its estimates), never the true
  // one: that is a function of the state's private type, which any seat could otherwise invert.
  const expected = ratificationOdds(state.world.public, state.actors, state.scenario.rules, eligible, tableBelief(state.scenario.trust));
  const pub = state.world.public;
  for (const actor of state.actors) {
    if (!submitted[actor.index]) continue;
    const passes = chance(state.rng, chances[actor.index]!);
    if (passes) pub.ratified[actor.index] = true;
    else pub.refused[actor.index] = state.flow.year;
    const how = pub.signed[actor.index] ? '' : 'accession';
    emit(state, passes ? 'ratified' : 'ratification-failed', { actor: actor.index, value: expected[actor.index]!, text: how }, null);
  }
  return true;
}

/** Whether the ratifications meet the quorum now. */
export function quorumMet(state: GameState): boolean {
  const { ratifications, capabilityShare } = state.scenario.rules.entryIntoForce;
  let count = 0;
  let bound = 0;
  let total = 0;
  for (const a of state.actors) {
    if (a.kind !== 'state') continue;
    total += a.capability;
    if (state.world.public.ratified[a.index] && !state.world.public.withdrawn[a.index]) {
      count++;
      bound += a.capability;
    }
  }
  return count >= ratifications && (total === 0 ? 0 : bound / total) >= capabilityShare;
}

/** After the ratification step: the convention enters into force at quorum, or is announced short of it. */
export function checkEntryIntoForce(state: GameState): void {
  if (quorumMet(state)) return enterIntoForce(state, state.flow.year + 1);
  state.flow.inForce = false;
  state.flow.bodyActive = false;
  emit(state, 'not-in-force', { value: 0 }, null);
}

/** Brings the convention into force from `year`; the body exists if the text created one. */
function enterIntoForce(state: GameState, year: number): void {
  const again = state.flow.lapsed;
  state.flow.inForce = true;
  state.flow.lapsed = false;
  state.flow.bodyActive = state.world.public.text[A.attribution]! >= BODY_THRESHOLD;
  state.flow.inForceYear = year;
  emit(state, 'in-force', { value: state.flow.bodyActive ? 1 : 0, text: again ? 'revived' : '' }, null);
}

/** The attribution-article position from which the text creates an attribution body. */
export const BODY_THRESHOLD = 0.3;
