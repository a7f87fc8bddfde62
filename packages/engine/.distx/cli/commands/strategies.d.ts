import { type ExitCode } from '../errors.js';
/** A strategy as listed by `--json`. */
export interface StrategyListing {
    readonly id: string;
    readonly name: string;
    readonly kinds: readonly string[];
    readonly stochastic: boolean;
    readonly memory: boolean;
    readonly description: string;
}
/**
 * Prints the built-in strategies: a table with descriptions, or a JSON array.
 *
 * @example
 * strategiesCommand({ json: true }); // [{"id":"norm-entrepreneur",…},…]
 */
export declare function strategiesCommand(options: {
    readonly json: boolean;
}): ExitCode;
