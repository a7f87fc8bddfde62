/**
 * `geneva strategies [--json]`: lists the built-in strategies (id, name, kinds of seat they can
 * play, whether they draw random numbers, description).
 */
import { builtinStrategies } from '../../index.js';
import { INDENT, WIDTH, wrap, yesNo } from '../account/format.js';
import { EXIT } from '../errors.js';
import { printLines, writeOut } from '../io.js';
/**
 * Prints the built-in strategies: a table with descriptions, or a JSON array.
 *
 * @example
 * strategiesCommand({ json: true }); // [{"id":"norm-entrepreneur",…},…]
 */
export function strategiesCommand(options) {
    const listings = builtinStrategies.map(listingOf);
    if (options.json)
        writeOut(`${JSON.stringify(listings, null, 2)}\n`);
    else
        printLines(tableLines(listings));
    return EXIT.ok;
}
/** The listing of a strategy. */
function listingOf(s) {
    return { id: s.id, name: s.name, kinds: s.meta.kinds, stochastic: s.meta.stochastic, memory: s.meta.memory, description: s.description };
}
/** A table (id, kinds, stochastic, name), each row followed by its description. */
function tableLines(listings) {
    const rows = listings.map((s) => [s.id, s.kinds.join(', '), yesNo(s.stochastic), s.name]);
    const header = ['id', 'kinds', 'stochastic', 'name'];
    const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
    const line = (cells) => cells.map((c, k) => c.padEnd(widths[k])).join('  ').trimEnd();
    return [
        line(header),
        ...listings.flatMap((s, k) => [line(rows[k]), ...wrap(`${INDENT}${INDENT}${s.description}`, WIDTH, '')]),
    ];
}
//# sourceMappingURL=strategies.js.map