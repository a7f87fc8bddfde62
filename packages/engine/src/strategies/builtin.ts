/** The registry of built-in strategies, by id. */
import { grantLiveViews, trustSheets, type Strategy } from './strategy.js';
import { normEntrepreneur } from './norm-entrepreneur.js';
import { realist } from './realist.js';
import { freeRider } from './free-rider.js';
import { reciprocator } from './reciprocator.js';
import { contentSpoiler } from './content-spoiler.js';
import { governmentFirm, neutralFirm } from './firms.js';
import { advocacyNgo } from './advocacy-ngo.js';
import { randomPlayer } from './random-player.js';
import { deepFreeze } from '../state/freeze.js';

/**
 * Every built-in strategy, in listing order: frozen, with each strategy and its meta, so that no
 * code in the same process (a --trusted strategy file) can replace a built-in's `decide` for every
 * game that follows. They are the engine's own code: they read their views by reference, and their
 * sheets are not checked again on the batch path.
 */
export const builtinStrategies: readonly Strategy[] = deepFreeze(
  [normEntrepreneur, realist, freeRider, reciprocator, contentSpoiler, neutralFirm, governmentFirm, advocacyNgo, randomPlayer].map((s) => trustSheets(grantLiveViews(s))),
);

/**
 * A built-in strategy by id, or undefined.
 *
 * @example
 * builtinStrategy('realist')?.meta.kinds; // ['state']
 */
export function builtinStrategy(id: string): Strategy | undefined {
  return BY_ID.get(id);
}

// A constant lookup table (never changed after this line): asked once per decision in a batch.
const BY_ID: ReadonlyMap<string, Strategy> = new Map(builtinStrategies.map((s) => [s.id, s]));
