/**
 * Withdrawal and unravelling: a party may leave the convention (its own decision, e.g. a
 * reciprocator that sees major parties attributed); when the ratifications left fall below the
 * quorum, the convention lapses and the attribution body with it (for good, unless `rules.revival`).
 */
import { emit } from '../state/emit.js';
import type { GameState } from '../state/types.js';
import type { OperationsSheet } from '../flow/sheets.js';
import { quorumMet } from './ratification.js';

/** Applies this year's withdrawals, then checks for a lapse. */
export function withdraw(state: GameState, sheets: readonly (OperationsSheet | null)[]): void {
  for (const actor of state.actors) {
    if (sheets[actor.index]?.withdraw !== true) continue;
    state.world.public.withdrawn[actor.index] = true;
    state.world.tally.withdrawals++;
    emit(state, 'withdrawal', { actor: actor.index }, null);
  }
  checkLapse(state);
}

/** The convention lapses when it no longer meets its quorum. */
export function checkLapse(state: GameState): void {
  if (!state.flow.inForce || quorumMet(state)) return;
  state.flow.inForce = false;
  state.flow.lapsed = true;
  state.flow.bodyActive = false;
  emit(state, 'lapsed', {}, null);
}
