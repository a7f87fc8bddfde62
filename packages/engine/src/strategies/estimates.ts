/**
 * What a bot can estimate from its view: its surplus from the text, the value of an amendment,
 * and the expected value of a covert operation. These mirror the rules' formulas but read only
 * public facts and the seat's own private facts.
 */
import { A } from '../scenario/articles.js';
import { betaMean, clamp01 } from '../rules/math.js';
import { NON_PARTY_ACCESS } from '../rules/operations.js';
import { amendmentValues, expectedBound, protection, restraintCost, surplusEvaluator, textUtility, treatySurplus, type Preferences } from '../rules/utility.js';
import type { StatePrivate } from '../state/types.js';
import { eligibleToSubmit, oddsWithoutMe, pivotalSurplus, pivotOdds, ratificationOdds } from '../rules/participation.js';
import type { DeepReadonly, View } from '../view/view.js';

/** The seat's private facts if it is a state. */
export function stateFacts(view: View): DeepReadonly<StatePrivate> | undefined {
  return view.me.kind === 'state' ? (view.me as DeepReadonly<StatePrivate>) : undefined;
}

/** The share of capability the viewing seat expects to be bound (from the public record). */
export function boundInView(view: View): number {
  return expectedBound(view.public, view.actors);
}

/** Surplus of the treaty with `text` for the viewing state (`bound`: see {@link boundInView}). */
export function surplusOf(view: View, me: Preferences, text: readonly number[], bound = boundInView(view)): number {
  return treatySurplus(me, view.self.exposure, text, bound, view.rules);
}

/**
 * Values amendments for the viewing state: the change in its surplus if an article moved by
 * `delta`. Built once per decision (the participation estimate and the current surplus are shared).
 */
export function amendmentAppraiser(view: View, me: Preferences): (article: number, delta: number) => number {
  const text = view.public.text;
  const evaluate = surplusEvaluator(me, view.self.exposure, text, boundInView(view), view.rules);
  const base = evaluate(-1, 0);
  return (article, delta) => evaluate(article, clamp01(text[article]! + delta)) - base;
}

/**
 * The value of every one-step amendment for the viewing state, computed once per decision:
 * `table[2·article]` for a step up, `table[2·article + 1]` for a step down. A pending amendment is
 * such a step, so the same table serves tabling and voting.
 */
export function amendmentTable(view: View, me: Preferences): number[] {
  return amendmentValues(me, view.self.exposure, view.public.text, boundInView(view), view.rules, view.rules.amendmentStep);
}

/**
 * What ratifying now is worth to the viewing state, weighing whether its ratification decides the
 * convention's entry into force (rules/participation.ts: the legislature's own formula). Open
 * conditional pledges it can see count too: a state that promised to ratify once enough of a list
 * including the viewer have ratified, and would be brought over that line by the viewer, is
 * expected to follow (in proportion to the viewer's trust in it) only if the viewer ratifies.
 */
export function ratificationSurplus(view: View, me: DeepReadonly<StatePrivate>): number {
  const pub = view.public;
  const eligible = eligibleToSubmit(pub, view.actors, view, view.rules);
  const odds = ratificationOdds(pub, view.actors, view.rules, eligible, me);
  const without = oddsWithoutMe(pub, [pub.pledges, me.pledges], eligible, view.seat, me.trust, odds);
  const pivot = pivotOdds(pub, view.actors, view.rules, view.seat, without, odds);
  return pivotalSurplus(me, view.self.exposure, pub.text, pivot, view.rules);
}

/**
 * The most that ratifying can be worth to the viewing state: joining a convention that binds every
 * state (the bound share at 1), against its reservation value. Without a club penalty the pivotal
 * surplus never exceeds it (model.md §7.1: `q1 ≤ 1`, and free-riding is worth ≥ 0), so a state for
 * which this is below its bar need not estimate anyone's odds.
 */
export function joiningCeiling(view: View, me: DeepReadonly<StatePrivate>): number {
  const text = view.public.text;
  return textUtility(me, text) + protection(me, view.self.exposure, text, 1) - restraintCost(me, text) - me.reservation;
}

/** Share of firms (by count) sharing threat intelligence last year, as publicly seen. */
function publicIntel(view: View): number {
  let firms = 0;
  let sharing = 0;
  for (const a of view.actors) if (a.kind === 'firm') { firms++; if (view.public.sharing[a.index]) sharing++; }
  return firms > 0 ? sharing / firms : 0;
}

/** Whether seat i is a party, from the public record. */
export function isPartyInView(view: View, i: number): boolean {
  return view.inForce && view.public.ratified[i] === true && view.public.withdrawn[i] !== true;
}

/**
 * The viewing state's valuation of operations: `value(target)` is the expected value of one
 * operation against `target` — gain weighted by how little it trusts the target, minus the expected
 * cost of being detected, named and believed. What does not depend on the target is computed once.
 */
export function operationValuer(view: View, me: DeepReadonly<StatePrivate>): (target: number) => number {
  const rules = view.rules;
  const intel = publicIntel(view);
  const party = isPartyInView(view, view.seat);
  const bodyPower = view.bodyActive
    ? clamp01(rules.bodyAccuracy * view.public.text[A.attribution]! * (party ? 1 : NON_PARTY_ACCESS)) * betaMean(me.bodyAlpha, me.bodyBeta)
    : 0;
  const penalty = rules.reputation + (party ? rules.sanction : 0) + 0.1;
  const text = view.public.text;
  const worth = rules.opGain * me.capability * (party ? 1 - text[A.restraint]! * text[A.binding]! : 1);
  return (target) => {
    const t = view.actors[target]!;
    const success = clamp01(0.35 + 0.5 * me.capability - 0.2 * t.capability - 0.2);
    const gain = success * worth * (1.2 - me.trust[target]!);
    const detect = clamp01(rules.detection + rules.intelDetection * intel + 0.2 * t.capability - 0.1 * me.capability);
    const national = clamp01(rules.nationalAccuracy * (0.6 + 0.4 * t.capability) + 0.2 * intel);
    const body = isPartyInView(view, target) ? bodyPower : bodyPower * NON_PARTY_ACCESS;
    const named = 1 - (1 - national * 0.8) * (1 - body);
    return gain - detect * named * penalty;
  };
}
