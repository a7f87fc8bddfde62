import { describe, expect, it } from 'vitest';
import { BatchSummarizer } from '../../src/batch/summary.js';
import { rateOf, summarize } from '../../src/stats/summary.js';
import type { Design } from '../../src/batch/sweep.js';

/** Rows made up so the answers are known: y = 2·x + noise, flag = x > 0.5, one failed run at point 0. */
const design: Design = { paths: ['x', 'label'], points: [[0.1, 'a'], [0.4, 'b'], [0.7, 'c'], [0.9, 'd']], replications: 5 };
function rows() {
  const out: Record<string, string | number | boolean | null>[] = [];
  design.points.forEach(([x, label], point) => {
    for (let r = 0; r < 5; r++) {
      const failed = point === 0 && r === 4;
      const y = 2 * Number(x) + (r - 2) * 0.01;
      out.push({ run: point * 5 + r, point, replication: r, seed: `s/${r}`, x: x as number, label: label as string, y: failed ? null : y, flag: failed ? null : Number(x) > 0.5 && r !== 0, names: 'a;b', faults: failed ? null : 0, error: failed ? 'hung' : '' });
    }
  });
  return out;
}

describe('BatchSummarizer', () => {
  const summarizer = new BatchSummarizer(design);
  for (const row of rows()) summarizer.add(row);
  const summary = summarizer.summary();

  it('gives per point the same figures as a direct computation, leaving failed runs out', () => {
    for (const point of summary.points) {
      const mine = rows().filter((r) => r.point === point.point && r.error === '');
      expect(point.runs).toBe(mine.length);
      expect(point.failed).toBe(point.point === 0 ? 1 : 0);
      const direct = summarize(mine.map((r) => Number(r.y)));
      expect(point.numeric['y']!.mean).toBeCloseTo(direct.mean, 12);
      expect(point.numeric['y']!.sd!).toBeCloseTo(direct.sd!, 12);
      expect(point.numeric['y']!.ci95![0]).toBeCloseTo(direct.ci95![0], 12);
      expect(point.rates['flag']).toEqual(rateOf(mine.filter((r) => r.flag === true).length, mine.length));
      expect(point.parameters).toEqual({ x: design.points[point.point]![0], label: design.points[point.point]![1] });
      expect(point.numeric['x']).toBeUndefined(); // parameters are not outcomes
      expect(point.numeric['names']).toBeUndefined(); // nor are text columns
    }
  });

  it('ranks numeric parameters against outcomes by Spearman correlation over points, strongest first', () => {
    expect(summary.sensitivity[0]).toMatchObject({ parameter: 'x', points: 4 });
    const y = summary.sensitivity.find((s) => s.outcome === 'y')!;
    expect(y.rho).toBe(1);
    expect(summary.sensitivity.some((s) => s.parameter === 'label')).toBe(false);
  });

  it('finds where each yes/no outcome happens (PRIM over the points, weighted by their runs), on numeric parameters only', () => {
    // flag is true at x = 0.7 and 0.9 except in replication 0: 8 of the 19 runs played.
    const found = summary.discovery.find((d) => d.outcome === 'flag')!;
    expect(found.baseRate).toBeCloseTo(8 / 19, 6);
    const chosen = found.trajectory[found.chosen]!;
    expect(chosen.box).toEqual({ x: [0.7, 0.9] });
    expect(chosen).toMatchObject({ density: 0.8, coverage: 1 });
    expect(chosen.mass).toBeCloseTo(10 / 19, 6);
  });

  it('has no discovery with fewer than four design points', () => {
    const small: Design = { paths: ['x'], points: [[0.1], [0.9]], replications: 2 };
    const summarizer = new BatchSummarizer(small);
    for (const [point, flag] of [[0, false], [0, true], [1, true], [1, true]] as const) summarizer.add({ run: 0, point, replication: 0, seed: 's', x: small.points[point]![0] as number, flag, error: '' });
    expect(summarizer.summary().discovery).toEqual([]);
  });

  it('ties means that differ only in the last bit (the order their runs were added in), as scipy.stats.spearmanr on the printed means', () => {
    // Added in these orders, Welford's means are 1.9 and 1.8999999999999997: the same number printed.
    const four: Design = { paths: ['x'], points: [[1], [2], [3], [4]], replications: 3 };
    const ys = [[1.5, 2.3, 1.9], [2.3, 1.9, 1.5], [3, 3, 3], [2, 2, 2]];
    const summarizer = new BatchSummarizer(four);
    ys.forEach((values, point) => values.forEach((y, r) => summarizer.add({ run: point * 3 + r, point, replication: r, seed: `s/${r}`, x: point + 1, y, error: '' })));
    const summary = summarizer.summary();
    expect(summary.points.valueAt('y', 1)).not.toBe(summary.points.valueAt('y', 0));
    // scipy.stats.spearmanr([1, 2, 3, 4], [1.9, 1.9, 3, 2]) = 0.7378647873726218; untied ranks would give 0.6.
    expect(summary.sensitivity.find((e) => e.outcome === 'y')!.rho).toBe(0.737865);
  });

  it('keeps no spread and no interval for a point with one run (null, not 0 and [mean, mean])', () => {
    const one: Design = { paths: ['x'], points: [[1], [2]], replications: 1 };
    const summarizer = new BatchSummarizer(one);
    summarizer.add({ run: 0, point: 0, replication: 0, seed: 's/0', x: 1, y: 4.5, flag: true, error: '' });
    summarizer.add({ run: 1, point: 1, replication: 0, seed: 's/0', x: 2, y: 1, flag: false, error: 'hung' });
    const [played, failed] = [...summarizer.summary().points];
    expect(played!.numeric['y']).toEqual({ n: 1, mean: 4.5, sd: null, ci95: null });
    expect(played!.rates['flag']).toEqual(rateOf(1, 1)); // a rate's Wilson interval is sound with one run
    expect(failed).toMatchObject({ runs: 0, failed: 1, numeric: {}, rates: {} });
  });

  it('refuses a row of a point the design does not have', () => {
    expect(() => new BatchSummarizer(design).add({ run: 99, point: 4, error: '' })).toThrow(/no design point 4/);
    expect(() => new BatchSummarizer(design).add({ run: 99, point: 'x', error: '' })).toThrow(/no design point x/);
  });
});
