/**
 * Who plays each seat: the scenario's default strategy for every actor, overridden by name.
 */
import type { Scenario } from '../scenario/schema.js';

/** The seat marker for a human player. */
export const HUMAN = 'human';

/** Seat assignments by actor id (strategy id or `human`); missing seats take the scenario default. */
export type SeatAssignment = Readonly<Record<string, string>>;

/** A problem with a seat assignment. */
export class SeatError extends Error {
  override readonly name = 'SeatError';
}

/**
 * Resolves seat assignments into one entry per actor, in scenario order.
 *
 * @throws SeatError when an actor id is unknown
 * @example
 * resolveSeats(scenario, { usa: 'human', rus: 'random' });
 */
export function resolveSeats(scenario: Scenario, assignment: SeatAssignment = {}): string[] {
  const ids = Object.keys(scenario.actors);
  for (const id of Object.keys(assignment)) {
    if (!ids.includes(id)) throw new SeatError(`no actor "${id}" in scenario ${scenario.id} (actors: ${ids.join(', ')})`);
  }
  return ids.map((id) => assignment[id] ?? scenario.actors[id]!.strategy);
}
