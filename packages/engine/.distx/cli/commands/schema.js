/**
 * `geneva schema [--out FILE]`: prints the JSON Schema of scenario files (2-space indented, with a
 * final newline), or writes it atomically to a file. `npm run schema -w @geneva/engine` writes it
 * to `scenarios/schema.json`.
 */
import { scenarioJsonSchema } from '../../index.js';
import { EXIT } from '../errors.js';
import { writeFileAtomic, writeOut } from '../io.js';
/** The JSON Schema of scenario files, as the text of `scenarios/schema.json`. */
export function schemaText() {
    return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
/**
 * Prints the JSON Schema on stdout, or writes it to `out` (atomically: never a partial file).
 *
 * @example
 * schemaCommand({}); // {"$schema": "https://json-schema.org/draft/2020-12/schema", …}
 * schemaCommand({ out: '../../scenarios/schema.json' });
 */
export function schemaCommand(options) {
    if (options.out === undefined)
        writeOut(schemaText());
    else
        writeFileAtomic(options.out, schemaText());
    return EXIT.ok;
}
//# sourceMappingURL=schema.js.map