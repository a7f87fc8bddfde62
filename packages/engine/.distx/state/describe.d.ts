import type { GameEvent } from './events.js';
import type { ActorInfo } from './types.js';
/**
 * One sentence for an event.
 *
 * @example
 * describeEvent(event, state.actors); // 'United States ratified the convention (p = 0.42)'
 */
export declare function describeEvent(e: GameEvent, actors: readonly ActorInfo[]): string;
