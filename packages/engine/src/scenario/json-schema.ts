/** The JSON Schema of scenario files, generated from the zod schema (for editors). */
import { z } from 'zod';
import { scenarioSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a scenario file as written (defaults optional).
 *
 * @example
 * fs.writeFileSync('scenarios/schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return editorSchema(scenarioSchema, {
    $id: 'https://geneva.invalid/scenario.schema.json',
    title: 'Geneva scenario',
    description: 'A scenario of the Digital Geneva Convention negotiation game (see docs/model.md).',
  });
}

/**
 * The JSON Schema of a file format given by a zod schema, as editors read it: the input as written
 * (defaults optional, anything JSON Schema cannot say left open), with its id, title and description.
 *
 * @example
 * editorSchema(sweepSchema, { $id: 'https://geneva.invalid/sweep.schema.json', title: 'Geneva sweep', description: '…' });
 */
export function editorSchema(schema: z.ZodType, meta: { readonly $id: string; readonly title: string; readonly description: string }): Record<string, unknown> {
  return { ...(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>), ...meta };
}
