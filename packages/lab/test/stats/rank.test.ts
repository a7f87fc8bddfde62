import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { averageRanks, spearman } from '../../src/stats/rank.js';

// Reference values from scipy 1.10 (scipy.stats.rankdata and scipy.stats.spearmanr).
describe('averageRanks', () => {
  it('gives tied values the average of their ranks, as scipy.stats.rankdata', () => {
    expect(averageRanks([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])).toEqual([4.5, 1.5, 6, 1.5, 8, 11, 3, 10, 8, 4.5, 8]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('spearman', () => {
  it("matches scipy.stats.spearmanr with ties on both sides", () => {
    expect(spearman([1, 2, 3, 4], [1.9, 1.9, 3, 2])).toBeCloseTo(0.7378647873726218, 12);
    expect(spearman([0.5, 1, 1, 2, 3, 3, 3, 4], [1.9, 1.9, 2.5, 2.5, 0, 1, 1, 7])).toBeCloseTo(-0.10000781341564657, 12);
  });

  it('ranks exactly what it is given: values a last bit apart are not a tie (so callers round first)', () => {
    // scipy gives -0.08075936301394429 here, and -0.1000… once 1.9000000000000004 is printed as 1.9.
    expect(spearman([0.5, 1, 1, 2, 3, 3, 3, 4], [1.9, 1.9000000000000004, 2.5, 2.5, 0, 1, 1, 7])).toBeCloseTo(-0.08075936301394429, 12);
  });

  it('is NaN for a constant side, ±1 for a monotone relation, and symmetric', () => {
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNaN();
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 40, maxLength: 40 }), (x, noise) => {
        expect(spearman(x, x.map((v) => v ** 3))).toBeCloseTo(1, 12);
        expect(spearman(x, x.map((v) => -2 * v))).toBeCloseTo(-1, 12);
        const y = x.map((_, i) => noise[i]!);
        if (new Set(y).size > 1) expect(spearman(x, y)).toBeCloseTo(spearman(y, x), 12);
      }),
    );
  });
});
