import type { AccountContext } from './context.js';
/**
 * The timeline of a finished game, as lines.
 *
 * @example
 * timelineLines(accountContext(finalState)).join('\n');
 */
export declare function timelineLines(context: AccountContext): string[];
