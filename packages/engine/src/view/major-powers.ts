/**
 * Who counts as a major power: one definition for the bots that wait for them and for the choices a
 * team is offered when it promises to ratify on a condition.
 */
import type { ActorInfo } from '../state/types.js';

/**
 * The capability from which a state is a major power: the tier-1 and tier-2 cyber powers on the
 * shipped scenarios' scale (in rsa-2017: the USA at 0.95, Russia and China at 0.8, the UK and Israel at 0.7).
 */
export const MAJOR_POWER_CAPABILITY = 0.6;

/**
 * The states other than `seat` with capability of at least {@link MAJOR_POWER_CAPABILITY}, in seat order.
 *
 * @example
 * majorPowers(view.actors, view.seat).map((a) => a.name); // e.g. United States, United Kingdom, Israel, Russia, China
 */
export function majorPowers(actors: readonly ActorInfo[], seat: number): ActorInfo[] {
  return actors.filter((a) => a.kind === 'state' && a.index !== seat && a.capability >= MAJOR_POWER_CAPABILITY);
}
