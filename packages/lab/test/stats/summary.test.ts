import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarize } from '../../src/stats/summary.js';

describe('summarize', () => {
  it('gives the mean, the sample standard deviation and the t interval (checked against a table value)', () => {
    const s = summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(s.n).toBe(10);
    expect(s.mean).toBe(5.5);
    expect(s.sd).toBeCloseTo(3.0276503540974917, 12);
    // t(0.975, 9) = 2.262157 (statistical tables).
    expect(s.ci95![1] - s.mean).toBeCloseTo(2.262157 * (3.0276503540974917 / Math.sqrt(10)), 5);
  });

  it('handles empty and single samples without inventing spread', () => {
    expect(summarize([]).n).toBe(0);
    expect(Number.isNaN(summarize([]).mean)).toBe(true);
    // One value: no spread and no interval (null), not sd 0 and [3, 3], which would read as certainty.
    expect(summarize([3])).toEqual({ n: 1, mean: 3, sd: null, ci95: null });
    expect(summarize([])).toMatchObject({ sd: null, ci95: null });
  });

  it('always brackets the mean, and narrows as the same values repeat', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }), (values) => {
        const s = summarize(values);
        expect(s.ci95![0]).toBeLessThanOrEqual(s.mean + 1e-9);
        expect(s.ci95![1]).toBeGreaterThanOrEqual(s.mean - 1e-9);
        const twice = summarize([...values, ...values]);
        expect(twice.ci95![1] - twice.ci95![0]).toBeLessThanOrEqual(s.ci95![1] - s.ci95![0] + 1e-6);
      }),
    );
  });
});

describe('RunningMoments and rateOf', () => {
  it('give the same summary as summarize, in constant memory', async () => {
    const { RunningMoments } = await import('../../src/stats/summary.js');
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 0, maxLength: 60 }), (values) => {
        const m = new RunningMoments();
        for (const x of values) m.add(x);
        const a = m.summary();
        const b = summarize(values);
        expect(a.n).toBe(b.n);
        if (b.n === 0) return;
        expect(a.mean).toBeCloseTo(b.mean, 6);
        if (b.n === 1) {
          expect([a.sd, a.ci95]).toEqual([null, null]);
          return;
        }
        expect(a.sd!).toBeCloseTo(b.sd!, 6);
        expect(a.ci95![1]).toBeCloseTo(b.ci95![1], 6);
      }),
    );
  });

  it('gives the Wilson interval of a rate (checked against a worked example), sound at 0 and 1', async () => {
    const { rateOf } = await import('../../src/stats/summary.js');
    const r = rateOf(7, 10);
    expect(r.rate).toBe(0.7);
    expect(r.ci95[0]).toBeCloseTo(0.3968, 4);
    expect(r.ci95[1]).toBeCloseTo(0.8922, 4);
    expect(rateOf(0, 20).ci95[0]).toBe(0);
    expect(rateOf(20, 20).ci95[1]).toBe(1);
    expect(rateOf(0, 20).ci95[1]).toBeGreaterThan(0);
  });
});
