/**
 * The uniform random legal player: samples every open slot of its request uniformly (subsets by
 * size, then members). It never talks. A baseline to beat, and the engine's fuzzer.
 */
import type { Request } from '../flow/requests.js';
import type { Sheet } from '../flow/sheets.js';
import { type Rng } from './strategy.js';
/**
 * A uniformly random legal sheet for a request.
 *
 * @example
 * const sheet = randomSheet(request, rngOf(seedRng('1')));
 */
export declare function randomSheet(request: Request, rng: Rng): Sheet;
export declare const randomPlayer: import("./strategy.js").Strategy;
