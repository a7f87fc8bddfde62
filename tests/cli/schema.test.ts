/** `geneva schema`: the checked-in scenarios/schema.json and examples/sweeps/schema.json are current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { scenarioJsonSchema } from '@geneva/engine';
import { sweepJsonSchema } from '@geneva/lab';
import { REPO, SCENARIOS, geneva, tempDir } from './helpers.js';

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

  it('prints the JSON Schema of sweep files with --sweep: the checked-in examples/sweeps/schema.json, which the example sweeps name', () => {
    const run = geneva(['schema', '--sweep']);
    expect(run.status).toBe(0);
    const sweeps = join(REPO, 'examples', 'sweeps');
    expect(run.stdout).toBe(readFileSync(join(sweeps, 'schema.json'), 'utf8'));
    expect(JSON.parse(run.stdout)).toEqual(sweepJsonSchema());
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Geneva sweep', type: 'object', required: expect.arrayContaining(['method', 'parameters']) });
    for (const file of readdirSync(sweeps).filter((f) => f.endsWith('.yaml'))) expect(readFileSync(join(sweeps, file), 'utf8'), file).toMatch(/^# yaml-language-server: \$schema=\.\/schema\.json\n/);
  });
});
