/**
 * `geneva strategies [--json]`: lists the built-in strategies (id, name, kinds of seat they can
 * play, whether they draw random numbers, description).
 */
import { builtinStrategies, type Strategy } from '@geneva/engine';
import { INDENT, WIDTH, wrap, yesNo } from '../account/format.js';
import { EXIT, type ExitCode } from '../errors.js';
import { printLines, writeOut } from '../io.js';
import { tableLines } from '../table.js';

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
export function strategiesCommand(options: { readonly json: boolean }): ExitCode {
  const listings = builtinStrategies.map(listingOf);
  if (options.json) writeOut(`${JSON.stringify(listings, null, 2)}\n`);
  else printLines(listingLines(listings));
  return EXIT.ok;
}

/** The listing of a strategy. */
function listingOf(s: Strategy): StrategyListing {
  return { id: s.id, name: s.name, kinds: s.meta.kinds, stochastic: s.meta.stochastic, memory: s.meta.memory, description: s.description };
}

/** A table (id, kinds, stochastic, memory, name), each row followed by its description. */
function listingLines(listings: readonly StrategyListing[]): string[] {
  const rows = listings.map((s) => [s.id, s.kinds.join(', '), yesNo(s.stochastic), yesNo(s.memory), s.name]);
  const [header, ...lines] = tableLines(['id', 'kinds', 'stochastic', 'memory', 'name'], rows);
  return [header!, ...listings.flatMap((s, k) => [lines[k]!, ...wrap(`${INDENT}${INDENT}${s.description}`, WIDTH, '')])];
}
