/**
 * The outcome table: every scalar field of the outcome under its JSON name (so a reader can match
 * it to `--json` and to batch tables), in two columns. The id lists and the text are shown elsewhere.
 */
import type { Outcome } from '../../index.js';
/**
 * The lines of the outcome table.
 *
 * @example
 * outcomeTable(outcomeOf(state)); // ['  adopted         yes   signatories  11', …]
 */
export declare function outcomeTable(outcome: Outcome): string[];
