/**
 * Ratification at home (Putnam's two-level game): a signatory that submits the text passes it with
 * probability `logistic(a·surplus − hurdle + pressure·w − redline)`, one seeded draw each, in seat
 * order. Then entry into force at the scenario's quorum (count and, optionally, capability share).
 */
import { A } from '../scenario/articles.js';
import { chance } from '../rng/alea.js';
import { emit } from '../state/emit.js';
import type { GameState, StatePrivate } from '../state/types.js';
import type { RatificationSheet } from '../flow/sheets.js';
import { logistic } from './math.js';
import { settlePledges } from './talk.js';
import { expectedBound, redline, treatySurplus } from './utility.js';

/** The chance that state i's legislature ratifies the current text. */
export function ratificationChance(state: GameState, i: number): number {
  const me = state.world.private[i] as StatePrivate;
  const { rules } = state.scenario;
  const pub = state.world.public;
  const surplus = treatySurplus(me, state.actors[i]!.exposure, pub.text, expectedBound(pub, state.actors), rules);
  return logistic(rules.ratificationSlope * surplus - me.domesticHurdle + rules.pressureWeight * pub.pressure[i]! - redline(me, pub.text, rules));
}

/** Runs the domestic processes of the signatories that submit, then checks entry into force. */
export function ratify(state: GameState, sheets: readonly (RatificationSheet | null)[]): void {
  const chances = state.actors.map((a) => (a.kind === 'state' && state.world.public.signed[a.index] ? ratificationChance(state, a.index) : 0));
  for (const actor of state.actors) {
    if (actor.kind !== 'state' || !state.world.public.signed[actor.index]) continue;
    const submits = sheets[actor.index]?.submit === true;
    settlePledges(state, actor.index, 'ratify', () => submits);
    if (!submits) continue;
    const p = chances[actor.index]!;
    const passes = chance(state.rng, p);
    state.world.public.ratified[actor.index] = passes;
    emit(state, passes ? 'ratified' : 'ratification-failed', { actor: actor.index, value: p }, null);
  }
  checkEntryIntoForce(state);
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

/** Brings the convention into force at quorum; the body exists if the text created one. */
export function checkEntryIntoForce(state: GameState): void {
  const inForce = quorumMet(state);
  state.flow.inForce = inForce;
  state.flow.bodyActive = inForce && state.world.public.text[A.attribution]! >= BODY_THRESHOLD;
  if (inForce) state.flow.inForceYear = state.flow.year + 1;
  emit(state, inForce ? 'in-force' : 'not-in-force', { value: state.flow.bodyActive ? 1 : 0 }, null);
}

/** The attribution-article position from which the text creates an attribution body. */
export const BODY_THRESHOLD = 0.3;
