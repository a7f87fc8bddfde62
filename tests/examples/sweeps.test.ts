/**
 * The example sweep files in examples/sweeps/ parse, and every design point they make fits the
 * shipped scenario they are written for (the one their comment's command names).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem, withParameters } from '@geneva/engine';
import { designOf, designProblem, extremes, parseSweep } from '@geneva/lab';
import { shippedScenarios } from '@geneva/lab/testing';

const dir = fileURLToPath(new URL('../../examples/sweeps/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('the example sweeps', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${file} parses and fits its scenario at every extreme and design point`, () => {
      const text = readFileSync(dir + file, 'utf8');
      const result = parseSweep(text, file);
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      const id = /geneva batch (\S+)/.exec(text)?.[1];
      const scenario = shippedScenarios().find((s) => s.id === id);
      expect(scenario, `${file} names no shipped scenario in its command`).toBeDefined();
      for (const [path, value] of extremes(result.sweep)) expect(withParameters(scenario!, { [path]: value }).ok, `${path} = ${JSON.stringify(value)}`).toBe(true);
      expect(designProblem(scenario!, designOf(result.sweep, '1'))).toBeNull();
    });
  }
});
