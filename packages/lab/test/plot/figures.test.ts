import { describe, expect, it } from 'vitest';
import { boxStats } from '../../src/plot/box-stats.js';
import { evenlySpaced } from '../../src/plot/figure.js';
import { DOTS_PER_POINT, distributionFigure, pointsText } from '../../src/plot/outcome-distribution.js';
import { rateFigure } from '../../src/plot/outcome-rate.js';
import { pointAxis } from '../../src/plot/point-axis.js';
import { histogramBins, histogramFigure } from '../../src/plot/outcome-histogram.js';
import { sobolFigure } from '../../src/plot/sobol-figure.js';
import { morrisFigure } from '../../src/plot/morris-figure.js';
import { spearmanFigure } from '../../src/plot/spearman-figure.js';
import { primFigure } from '../../src/plot/prim-figure.js';
import { seriesFigures } from '../../src/plot/series-figure.js';
import type { SeriesRow } from '../../src/plot/series-file.js';

/** The inline data of a figure's layer (or of the figure), as rows. */
function layerRows(spec: unknown, layer?: number): Record<string, unknown>[] {
  const s = spec as { data?: { values: Record<string, unknown>[] }; layer?: { data?: { values: Record<string, unknown>[] } }[] };
  const data = layer === undefined ? s.data : s.layer?.[layer]?.data;
  return data?.values ?? [];
}

describe('boxStats', () => {
  it('gives numpy’s quartiles (linear) and Tukey’s whiskers', () => {
    // numpy.percentile([5.135, 9.328, 4.2, 6.6, 7.1, 3.3, 12.9], [25, 50, 75]) = [4.6675, 6.6, 8.214]
    const box = boxStats([5.135, 9.328, 4.2, 6.6, 7.1, 3.3, 12.9]);
    expect(box.q1).toBeCloseTo(4.6675, 12);
    expect(box.median).toBeCloseTo(6.6, 12);
    expect(box.q3).toBeCloseTo(8.214, 12);
    expect(box.mean).toBeCloseTo(6.937571428571428, 12);
    expect([box.low, box.high]).toEqual([3.3, 12.9]);
  });

  it('stops a whisker at the furthest value within 1.5 box heights', () => {
    expect(boxStats([1, 2, 3, 4, 100])).toMatchObject({ q1: 2, median: 3, q3: 4, low: 1, high: 4 });
  });
});

describe('evenlySpaced', () => {
  it('keeps every point of a small design, and the first and last of a large one', () => {
    expect(evenlySpaced(4, 30)).toEqual([0, 1, 2, 3]);
    const some = evenlySpaced(768, 30);
    expect(some).toHaveLength(30);
    expect([some[0], some.at(-1)]).toEqual([0, 767]);
    expect(new Set(some).size).toBe(30);
  });
});

describe('distributionFigure', () => {
  it('draws one box per point shown, from every run, and at most DOTS_PER_POINT dots a point', () => {
    const many = Array.from({ length: 250 }, (_, i) => i % 10);
    const figure = distributionFigure('civilianHarm', new Map([[0, many], [5, [1, 2, 3]], [9, [7]]]), { shown: [0, 5], total: 10 });
    expect(figure.file).toBe('outcome-civilianHarm.svg');
    const boxes = layerRows(figure.spec, 1);
    expect(boxes.map((b) => [b['point'], b['n'], b['median']])).toEqual([['0', 250, 4.5], ['5', 3, 2]]);
    expect(layerRows(figure.spec, 3)).toHaveLength(DOTS_PER_POINT + 3);
    const subtitle = (figure.spec.title as { subtitle: string[] }).subtitle.join(' ');
    expect(subtitle).toContain('2 of the 10 design points, evenly spaced');
    expect(subtitle).toContain(`the first ${DOTS_PER_POINT} runs of each point`);
  });

  it('says when it shows every point, or a batch of one point', () => {
    expect(pointsText({ shown: [0, 1, 2], total: 3 })).toBe('each of the 3 design points');
    expect(pointsText({ shown: [0], total: 1 })).toBe('the batch (one design point)');
  });
});

describe('histogramFigure', () => {
  it('gives a count one bar per value, and a measure at most 30 bins of a round width covering every run', () => {
    expect(histogramBins([7, 8, 8, 6])).toEqual([
      { lo: 5.6, hi: 6.4, runs: 1, integer: true },
      { lo: 6.6, hi: 7.4, runs: 1, integer: true },
      { lo: 7.6, hi: 8.4, runs: 2, integer: true },
    ]);
    const values = Array.from({ length: 1000 }, (_, i) => 2.5 + (i * 7.3) / 999);
    const bins = histogramBins(values);
    expect(bins.length).toBeLessThanOrEqual(30);
    expect(bins.reduce((s, b) => s + b.runs, 0)).toBe(1000);
    expect(bins[0]!.lo).toBeLessThanOrEqual(2.5);
    expect(bins.at(-1)!.hi).toBeGreaterThanOrEqual(9.8);
    expect(bins[0]!.hi - bins[0]!.lo).toBe(0.5);
    expect(histogramBins([3.3, 3.3])).toEqual([{ lo: 3, hi: 4, runs: 2, integer: false }]);
  });

  it('marks the mean and the median', () => {
    const figure = histogramFigure('civilianHarm', [1, 2, 3, 10]);
    expect(layerRows(figure.spec, 1)).toEqual([{ what: 'mean 4', at: 4 }, { what: 'median 2.5', at: 2.5 }]);
    expect(figure.title).toBe('the distribution of civilianHarm over the 4 finished runs');
  });
});

describe('pointAxis', () => {
  it('names the points of a one-parameter sweep by their value, in the order of the values', () => {
    const axis = pointAxis(['rules.sanction'], [[0.5], [0.1], [0.123456789]], [0, 1, 2]);
    expect(axis.title).toBe('rules.sanction (one design point each)');
    expect(axis.order).toEqual([{ point: 1, label: '0.1' }, { point: 2, label: '0.1235' }, { point: 0, label: '0.5' }]);
  });

  it('keeps the numbers of two points of one value, and numbers the points of several parameters or of text values', () => {
    expect(pointAxis(['q'], [[4], [3], [4]], [0, 1, 2]).order.map((o) => o.label)).toEqual(['3', '4 (#0)', '4 (#2)']);
    expect(pointAxis(['a', 'b'], [[1, 2], [3, 4]], [0, 1]).order.map((o) => o.label)).toEqual(['0', '1']);
    expect(pointAxis(['seat'], [['realist'], ['random']], [0, 1]).title).toBe('design point (its number in runs.csv)');
  });

  it('is the x axis of the per-point figures, whose rows carry the labels', () => {
    const axis = pointAxis(['q'], [[12], [3]], [0, 1]);
    const figure = rateFigure('inForce', new Map([[0, [0, 10] as const], [1, [10, 10] as const]]), { shown: [0, 1], total: 2, axis });
    expect(layerRows(figure.spec).map((r) => r['point'])).toEqual(['12', '3']);
    expect(JSON.stringify(figure.spec)).toContain('"sort":["3","12"]');
  });
});

describe('rateFigure', () => {
  it('gives each point its rate and 95% Wilson interval (scipy: 3 of 10 → [0.10779, 0.60322])', () => {
    const figure = rateFigure('inForce', new Map([[0, [3, 10] as const], [1, [0, 0] as const]]), { shown: [0, 1], total: 2 });
    const rows = layerRows(figure.spec);
    expect(rows).toHaveLength(1);
    expect(rows[0]!['rate']).toBe(0.3);
    expect(rows[0]!['low']).toBeCloseTo(0.10779126740630099, 10);
    expect(rows[0]!['high']).toBeCloseTo(0.6032218525388546, 10);
  });
});

describe('sobolFigure', () => {
  const entries = [
    { parameter: 'rules.sanction', outcome: 'inForce', s1: 0.1, s1Conf: 0.05, st: 0.3, stConf: 0.1, samples: 16 },
    { parameter: 'rules.leakRate', outcome: 'civilianHarm', s1: 0.7, s1Conf: 0.2, st: 0.9, stConf: 0.15, samples: 16 },
  ];

  it('draws S1 and ST of each parameter with its interval, for the outcomes asked only', () => {
    const figure = sobolFigure(entries, ['inForce'])!;
    const rows = layerRows(figure.spec);
    expect(rows).toEqual([
      { outcome: 'inForce', parameter: 'rules.sanction', index: 'S1, alone', value: 0.1, low: 0.1 - 0.05, high: 0.1 + 0.05 },
      { outcome: 'inForce', parameter: 'rules.sanction', index: 'ST, with interactions', value: 0.3, low: 0.3 - 0.1, high: 0.3 + 0.1 },
    ]);
    expect(figure.title).toContain('inForce');
  });

  it('is left out when no outcome asked has indices', () => {
    expect(sobolFigure(entries, ['incidents'])).toBeNull();
    expect(sobolFigure([], ['inForce'])).toBeNull();
  });
});

describe('morrisFigure', () => {
  it('names every parameter at a shared dot and leaves out an outcome nothing moves', () => {
    const figure = morrisFigure(
      [
        { parameter: 'a', outcome: 'inForce', muStar: 0, mu: 0, sigma: 0, effects: 4 },
        { parameter: 'b', outcome: 'inForce', muStar: 0, mu: 0, sigma: 0, effects: 4 },
        { parameter: 'c', outcome: 'inForce', muStar: 0.4, mu: -0.4, sigma: 0.1, effects: 4 },
        { parameter: 'a', outcome: 'adopted', muStar: 0, mu: 0, sigma: 0, effects: 4 },
      ],
      ['adopted', 'inForce'],
    )!;
    expect(layerRows(figure.spec).map((r) => [r['outcome'], r['parameter']])).toEqual([['inForce', 'a, b'], ['inForce', 'c']]);
    expect(figure.title).toBe('Morris μ* against σ for inForce');
  });
});

describe('spearmanFigure', () => {
  it('keeps the pairs of the outcomes asked, in a grid with ρ written in', () => {
    const figure = spearmanFigure(
      [
        { parameter: 'q', outcome: 'inForce', rho: -0.95, points: 20 },
        { parameter: 'q', outcome: 'welfareBy.usa', rho: 0.5, points: 20 },
      ],
      ['inForce'],
    )!;
    expect(layerRows(figure.spec)).toEqual([{ parameter: 'q', outcome: 'inForce', rho: -0.95 }]);
    expect(spearmanFigure([], ['inForce'])).toBeNull();
  });
});

describe('primFigure', () => {
  it('draws the trajectory, marks the chosen box and spells it out', () => {
    const figure = primFigure({
      outcome: 'inForce',
      baseRate: 0.46,
      chosen: 1,
      trajectory: [
        { box: {}, mass: 1, density: 0.46, coverage: 1 },
        { box: { 'rules.bodyAccuracy': [0.75, 0.9] }, mass: 0.65, density: 0.538, coverage: 0.761 },
        { box: { 'rules.bodyAccuracy': [0.9, 0.9] }, mass: 0.3, density: 0.7, coverage: 0.45 },
      ],
    });
    expect(figure.file).toBe('prim-inForce.svg');
    expect(layerRows(figure.spec, 1).map((r) => r['coverage'])).toEqual([1, 0.761, 0.45]);
    expect(layerRows(figure.spec, 2)).toEqual([expect.objectContaining({ step: 1, density: 0.538 })]);
    expect((figure.spec.title as { subtitle: string[] }).subtitle.join(' ')).toContain('Marked: rules.bodyAccuracy in [0.75, 0.9].');
  });
});

describe('seriesFigures', () => {
  const row = (point: number, clock: string, t: number, quantity: string): SeriesRow => ({ point, clock, t, quantity, n: 10, mean: t, sd: 1, p05: t - 2, p25: t - 1, p50: t, p75: t + 1, p95: Number.NaN });

  it('draws one figure per quantity and clock, one panel per point (at most six), a missing percentile at the mean', () => {
    const rows = [...Array.from({ length: 9 }, (_, p) => [row(p, 'year', 1, 'trust'), row(p, 'year', 2, 'trust')]).flat(), row(0, 'round', 1, 'support')];
    const figures = seriesFigures(rows, 9);
    expect(figures.map((f) => f.file)).toEqual(['series-trust-year.svg', 'series-support-round.svg']);
    const trust = layerRows(figures[0]!.spec);
    expect(new Set(trust.map((r) => r['point']))).toEqual(new Set([0, 2, 3, 5, 6, 8]));
    expect(trust.every((r) => r['p95'] === r['mean'])).toBe(true);
    expect(figures[0]!.title).toBe('trust by year at 6 of the 9 design points series-summary.csv holds, evenly spaced');
  });
});
