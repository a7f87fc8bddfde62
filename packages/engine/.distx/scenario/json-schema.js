/** The JSON Schema of scenario files, generated from the zod schema (for editors). */
import { z } from 'zod';
import { scenarioSchema } from './schema.js';
/**
 * The JSON Schema (draft 2020-12) of a scenario file as written (defaults optional).
 *
 * @example
 * fs.writeFileSync('scenarios/schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 */
export function scenarioJsonSchema() {
    const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
    return {
        ...schema,
        $id: 'https://geneva.invalid/scenario.schema.json',
        title: 'Geneva scenario',
        description: 'A scenario of the Digital Geneva Convention negotiation game (see docs/model.md).',
    };
}
//# sourceMappingURL=json-schema.js.map