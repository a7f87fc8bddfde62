import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_PARAMETERS, sobolSequence } from '../../src/batch/sobol-sequence.js';

/** Points of scipy.stats.qmc.Sobol(d=40, scramble=False), computed with scipy 1.10.1 and committed. */
const reference = JSON.parse(readFileSync(new URL('./fixtures/sobol-scipy.json', import.meta.url), 'utf8')) as { points: Record<string, number[]> };

describe('sobolSequence', () => {
  it("draws scipy's unscrambled Sobol points in all 40 dimensions", () => {
    const points = sobolSequence(1024, 40);
    for (const [index, expected] of Object.entries(reference.points)) expect(points[Number(index)], `point ${index}`).toEqual(expected);
  });

  it('is the same in fewer dimensions (a prefix of each point)', () => {
    expect(sobolSequence(5, 2)).toEqual([[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75], [0.375, 0.375]]);
  });

  it('refuses more dimensions than it has direction numbers for', () => {
    expect(SOBOL_MAX_PARAMETERS).toBe(20);
    expect(() => sobolSequence(4, 41)).toThrow(/1 to 40 dimensions, not 41/);
  });
});
