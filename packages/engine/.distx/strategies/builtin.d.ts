/** The registry of built-in strategies, by id. */
import type { Strategy } from './strategy.js';
/** Every built-in strategy, in listing order. */
export declare const builtinStrategies: readonly Strategy[];
/**
 * A built-in strategy by id, or undefined.
 *
 * @example
 * builtinStrategy('realist')?.meta.kinds; // ['state']
 */
export declare function builtinStrategy(id: string): Strategy | undefined;
