/** The moment-matched probit update, against the exact posterior moments by numerical integration. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { probitUpdate, robustRatio } from '../../src/rules/probit.js';

/** Φ by integrating the density (Simpson, fine grid): an oracle independent of the code's formula. */
function cdf(t: number): number {
  const lo = -12;
  if (t <= lo) return 0;
  const n = 4000;
  const h = (t - lo) / n;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    const x = lo + k * h;
    sum += (k === 0 || k === n ? 1 : k % 2 === 1 ? 4 : 2) * Math.exp(-0.5 * x * x);
  }
  return (sum * h) / 3 / Math.sqrt(2 * Math.PI);
}

/** The exact posterior mean and sd of N(mean, sd²) × (ε + (1 − 2ε)Φ(side·(x − threshold)/noise)), by quadrature. */
function exact(mean: number, sd: number, threshold: number, side: number, noise: number, outlier: number) {
  let z = 0;
  let m1 = 0;
  let m2 = 0;
  const n = 2000;
  for (let k = 0; k <= n; k++) {
    const x = mean + sd * (-8 + (16 * k) / n);
    const prior = Math.exp(-0.5 * ((x - mean) / sd) ** 2);
    const like = outlier + (1 - 2 * outlier) * cdf((side * (x - threshold)) / noise);
    z += prior * like;
    m1 += prior * like * x;
    m2 += prior * like * x * x;
  }
  const m = m1 / z;
  return { mean: m, sd: Math.sqrt(m2 / z - m * m) };
}

describe('the probit update', () => {
  it('matches the exact posterior moments, with and without outliers', () => {
    const cases: [number, number, number, number, number, number][] = [
      [0.5, 0.1, 0.55, 1, 0.05, 0],
      [0.5, 0.1, 0.55, -1, 0.05, 0],
      [0.5, 0.1, 0.9, 1, 0.02, 0],
      [0.5, 0.1, 0.9, 1, 0.02, 0.1],
      [2.8, 0.8, 1.5, -1, 1.8, 0],
      [0.6, 0.08, 0.2, 1, 0.05, 0.1],
    ];
    for (const [mean, sd, threshold, side, noise, outlier] of cases) {
      const want = exact(mean, sd, threshold, side, noise, outlier);
      const { mean: m, sd: s } = probitUpdate(mean, sd, threshold, side, noise, outlier);
      expect(m, `mean of ${[mean, sd, threshold, side, noise, outlier].join(', ')}`).toBeCloseTo(want.mean, 4);
      expect(s, `sd of ${[mean, sd, threshold, side, noise, outlier].join(', ')}`).toBeCloseTo(want.sd, 4);
    }
  });

  it('moves the mean toward the evidence; without outliers the spread never widens (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.constantFrom(1, -1),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.constantFrom(0, 0.05, 0.1),
        (mean, sd, threshold, side, noise, outlier) => {
          const after = probitUpdate(mean, sd, threshold, side, noise, outlier);
          expect(side * (after.mean - mean)).toBeGreaterThanOrEqual(0);
          expect(after.sd).toBeGreaterThan(0);
          if (outlier === 0) expect(after.sd).toBeLessThanOrEqual(sd * (1 + 1e-12));
          else expect(after.sd).toBeLessThan(sd * 1.5);
        },
      ),
    );
  });

  it('puts flat contradictions down to the outlier share: far in the tail, an outlier-robust update barely moves', () => {
    expect(robustRatio(-30, 0)).toBeCloseTo(30.0332, 3);
    expect(robustRatio(-30, 0.1)).toBeLessThan(1e-100);
    expect(Math.abs(probitUpdate(0.75, 0.08, 0.05, -1, 0.05, 0.1).mean - 0.75)).toBeLessThan(0.01);
    expect(probitUpdate(0.75, 0.08, 0.05, -1, 0.05, 0).mean).toBeLessThan(0.3);
  });
});
