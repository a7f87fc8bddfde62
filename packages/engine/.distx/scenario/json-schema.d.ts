/**
 * The JSON Schema (draft 2020-12) of a scenario file as written (defaults optional).
 *
 * @example
 * fs.writeFileSync('scenarios/schema.json', JSON.stringify(scenarioJsonSchema(), null, 2));
 */
export declare function scenarioJsonSchema(): Record<string, unknown>;
