/**
 * Writing events: into the omniscient log, and into exactly the logs of those who may see them
 * (the public record, or the private logs of the named seats).
 */
import type { EventType, GameEvent } from './events.js';
import type { GameState } from './types.js';
/** Optional fields of an event. */
export interface EventFields {
    actor?: number;
    other?: number;
    value?: number;
    text?: string;
}
/**
 * Appends an event. `visibleTo` null makes it public; otherwise only the listed seats see it
 * (an empty list: nobody but the omniscient log, e.g. the truth of a covert operation).
 */
export declare function emit(state: GameState, type: EventType, fields: EventFields, visibleTo: readonly number[] | null): GameEvent;
