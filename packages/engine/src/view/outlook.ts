/**
 * What submitting the text now means for a seat, in the rules' own numbers: the chance its
 * legislature approves, and the chances that the convention is in force after this step with and
 * without its ratification (rules/participation.ts). A team deciding whether to ratify or accede
 * reads this; so may a strategy.
 */
import { eligibleToSubmit, legislatureChance, pivotalSurplus, pivotOdds, ratificationOdds } from '../rules/participation.js';
import type { StatePrivate } from '../state/types.js';
import type { DeepReadonly, View } from './view.js';

/** A state's outlook on ratifying now. */
export interface RatificationOutlook {
  /** The chance its legislature approves the text if submitted now (the engine's own number). */
  readonly approval: number;
  /** The chance the convention is in force after this step if it ratifies, and if it does not. */
  readonly inForceIfYes: number;
  readonly inForceIfNo: number;
  /** What ratifying is worth to it, weighing both (the pivotal surplus; > 0: worth more than staying out). */
  readonly worth: number;
}

/**
 * The outlook of the viewing state, or null when it may not submit the text in this step.
 *
 * @example
 * const outlook = ratificationOutlook(view);
 * if (outlook) console.log(`approval ${Math.round(outlook.approval * 100)}%`);
 */
export function ratificationOutlook(view: View): RatificationOutlook | null {
  if (view.me.kind !== 'state') return null;
  const me = view.me as DeepReadonly<StatePrivate>;
  const pub = view.public;
  const eligible = eligibleToSubmit(pub, view.actors, view, view.rules);
  if (!eligible[view.seat]) return null;
  const odds = ratificationOdds(pub, view.actors, view.rules, eligible, me);
  const pivot = pivotOdds(pub, view.actors, view.rules, view.seat, odds);
  const worth = pivotalSurplus(me, view.self.exposure, pub.text, pivot, view.rules);
  return {
    approval: legislatureChance(me, me.domesticHurdle, pub.pressure[view.seat]!, worth, pub.text, view.rules),
    inForceIfYes: pivot.withMe,
    inForceIfNo: pivot.withoutMe,
    worth,
  };
}
