/** The JSON Schema of sweep files, generated from the zod schema (for editors). */
import { editorSchema } from '@geneva/engine/tooling';
import { sweepSchema } from './sweep.js';

/**
 * The JSON Schema (draft 2020-12) of a sweep file as written (defaults optional). A path's range or
 * values are checked against the scenario only by `geneva batch`: the schema cannot know the scenario.
 *
 * @example
 * fs.writeFileSync('examples/sweeps/schema.json', JSON.stringify(sweepJsonSchema(), null, 2));
 */
export function sweepJsonSchema(): Record<string, unknown> {
  return editorSchema(sweepSchema, {
    $id: 'https://geneva.invalid/sweep.schema.json',
    title: 'Geneva sweep',
    description: 'The parameters a batch varies, by their path in the scenario, and how it samples them (see docs/batches.md).',
  });
}
