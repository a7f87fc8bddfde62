import type { GameState } from '../state/types.js';
/**
 * The expected net value to state `seat` of one operation against each other state, now:
 * `P(success) × gain − P(detected) × P(named) × belief × (reputation + sanction if a party)`,
 * where `P(named)` combines the victim's services and, if it exists, the attribution body, and
 * `belief` is the mean trust observers place in such a finding. Returned as the mean over targets
 * of its positive part: 0 means no operation pays.
 *
 * @example
 * defectionIncentive(state, state.actors.findIndex((a) => a.id === 'usa'));
 */
export declare function defectionIncentive(state: GameState, seat: number): number;
