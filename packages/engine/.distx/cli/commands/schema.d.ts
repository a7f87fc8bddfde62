import { type ExitCode } from '../errors.js';
/** The JSON Schema of scenario files, as the text of `scenarios/schema.json`. */
export declare function schemaText(): string;
/**
 * Prints the JSON Schema on stdout, or writes it to `out` (atomically: never a partial file).
 *
 * @example
 * schemaCommand({}); // {"$schema": "https://json-schema.org/draft/2020-12/schema", …}
 * schemaCommand({ out: '../../scenarios/schema.json' });
 */
export declare function schemaCommand(options: {
    readonly out?: string;
}): ExitCode;
