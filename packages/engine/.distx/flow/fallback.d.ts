/**
 * The documented safe decision for a request: what a seat does when it gives no valid sheet (a
 * faulty strategy, an expired timer, an absent team). It changes as little as possible: no
 * amendment, abstentions, coalition and accord unchanged, no signature or ratification, no
 * operations, no backdoor granted, silence on incidents, denial of accusations.
 */
import type { GameState } from '../state/types.js';
import type { Request } from './requests.js';
import type { Sheet } from './sheets.js';
/**
 * The safe sheet for a request.
 *
 * @example
 * const sheet = fallbackSheet(state, request); // always legal for that request
 */
export declare function fallbackSheet(state: GameState, request: Request): Sheet;
