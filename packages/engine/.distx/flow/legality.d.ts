/**
 * Legality of a sheet against its request: the same slot descriptions that the client draws and the
 * random player samples. An illegal sheet yields a typed error naming the slot; nothing changes.
 */
import type { Request } from './requests.js';
import type { Sheet } from './sheets.js';
/** Why a decision was refused. */
export interface IllegalDecision {
    readonly code: 'not-your-turn' | 'wrong-phase' | 'closed-slot' | 'bad-value' | 'already-decided' | 'game-over';
    /** The offending slot (`votes.2`, `pledges.0.kind`), or '' for the whole sheet. */
    readonly slot: string;
    readonly message: string;
}
/**
 * Checks a sheet against the request it answers.
 *
 * @returns null when legal, else the first problem found
 * @example
 * const problem = checkSheet(request, { phase: 'vote', vote: 'maybe' });
 * // { code: 'bad-value', slot: 'vote', message: 'vote must be one of "yes", "no", "abstain"' }
 */
export declare function checkSheet(request: Request, sheet: Sheet): IllegalDecision | null;
/** Equality of option values: primitives, or small plain objects (amendment orders). */
export declare function sameOption(a: unknown, b: unknown): boolean;
