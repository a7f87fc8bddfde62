/** `geneva schema`: the checked-in scenarios/schema.json is current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '@geneva/engine';
import { SCENARIOS, geneva, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(temp.remove);

describe('geneva schema', () => {
  it('prints the checked-in scenarios/schema.json byte for byte (the schema is current; run `npm run schema` if not)', () => {
    const run = geneva(['schema']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(join(SCENARIOS, 'schema.json'), 'utf8'));
  });

  it('prints valid JSON, 2-space indented with a final newline, equal to the engine schema', () => {
    const { stdout } = geneva(['schema']);
    const schema: unknown = JSON.parse(stdout);
    expect(schema).toEqual(scenarioJsonSchema());
    expect(stdout).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    expect(schema).toMatchObject({ title: 'Geneva scenario', type: 'object' });
  });

  it('writes the same text with --out', () => {
    const out = join(temp.dir, 'schema.json');
    expect(geneva(['schema', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(geneva(['schema']).stdout);
  });
});
