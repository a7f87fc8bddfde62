/**
 * `geneva schema [--sweep] [--out FILE]`: prints the JSON Schema of scenario files (or, with
 * `--sweep`, of sweep files), 2-space indented with a final newline, or writes it atomically to a
 * file. `npm run schema -w @geneva/engine` writes them to `scenarios/schema.json` and
 * `examples/sweeps/schema.json`.
 */
import { scenarioJsonSchema } from '@geneva/engine';
import { sweepJsonSchema } from '../../index.js';
import { EXIT, type ExitCode } from '../errors.js';
import { writeFileAtomic, writeOut } from '../io.js';

/** The JSON Schema of scenario files (or of sweep files), as the text of `scenarios/schema.json` (or `examples/sweeps/schema.json`). */
export function schemaText(sweep = false): string {
  return `${JSON.stringify(sweep ? sweepJsonSchema() : scenarioJsonSchema(), null, 2)}\n`;
}

/**
 * Prints the JSON Schema on stdout, or writes it to `out` (atomically: never a partial file).
 *
 * @example
 * schemaCommand({}); // {"$schema": "https://json-schema.org/draft/2020-12/schema", …}
 * schemaCommand({ out: '../../scenarios/schema.json' });
 * schemaCommand({ sweep: true, out: '../../examples/sweeps/schema.json' });
 */
export function schemaCommand(options: { readonly out?: string; readonly sweep?: boolean }): ExitCode {
  const text = schemaText(options.sweep === true);
  if (options.out === undefined) writeOut(text);
  else writeFileAtomic(options.out, text);
  return EXIT.ok;
}
