/**
 * The distribution of a numeric outcome over the runs of a batch with one design point (a plain
 * `geneva batch --runs N`): a histogram, with its mean and median marked, since one box alone says
 * little of the shape (two humps, a long tail) that a histogram shows.
 */
import { boxStats } from './box-stats.js';
import { LOOK, fileSafe, titled, type Figure } from './figure.js';

/**
 * The histogram of one numeric outcome over the finished runs of a one-point batch.
 *
 * @example
 * histogramFigure('civilianHarm', [5.1, 9.3, 4.2]).file; // 'outcome-civilianHarm.svg'
 */
export function histogramFigure(outcome: string, values: readonly number[]): Figure {
  const box = values.length === 0 ? null : boxStats(values);
  const marks = box === null ? [] : [{ what: `mean ${short(box.mean)}`, at: box.mean }, { what: `median ${short(box.median)}`, at: box.median }];
  const bins = histogramBins(values);
  const x = { field: 'lo', type: 'quantitative' as const, title: `${outcome} (per run)`, scale: { zero: false }, ...(bins.every((b) => b.integer) ? { axis: { tickMinStep: 1, format: 'd' } } : {}) };
  return {
    file: `outcome-${fileSafe(outcome)}.svg`,
    title: `the distribution of ${outcome} over the ${values.length} finished runs`,
    spec: {
      ...LOOK,
      title: titled(`${outcome}: its distribution over the runs`, `${values.length} finished runs of the batch (one design point); bars: how many runs fall in each bin; lines: the mean and the median.`),
      width: 420,
      height: 240,
      layer: [
        { data: { values: bins }, mark: { type: 'bar', color: '#9ecae9', stroke: '#4c78a8' }, encoding: { x, x2: { field: 'hi' }, y: { field: 'runs', type: 'quantitative', title: 'runs', scale: { zero: true }, axis: { tickMinStep: 1, format: 'd' } }, y2: { datum: 0 } } },
        {
          data: { values: marks },
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: { x: { field: 'at', type: 'quantitative' }, color: { field: 'what', type: 'nominal', title: null, scale: { range: ['#e45756', '#1f3b57'] }, legend: { orient: 'right' } }, strokeDash: { field: 'what', type: 'nominal', scale: { range: [[1, 0], [4, 3]] }, legend: null } },
        },
      ],
    },
  };
}

/** A bin of a histogram: [lo, hi) and its runs; an integer outcome gets one bar per value. */
export interface HistogramBin {
  readonly lo: number;
  readonly hi: number;
  readonly runs: number;
  readonly integer: boolean;
}

/**
 * The bins of a histogram, computed here so the figure carries bins, not every run: one bar per
 * value for an outcome of few whole values (a count), else at most 30 bins of a round width.
 *
 * @example
 * histogramBins([7, 8, 8]); // [{ lo: 6.6, hi: 7.4, runs: 1, integer: true }, { lo: 7.6, hi: 8.4, runs: 2, integer: true }]
 */
export function histogramBins(values: readonly number[]): HistogramBin[] {
  if (values.length === 0) return [];
  const counts = new Map<number, number>();
  if (values.every(Number.isInteger) && new Set(values).size <= 40) {
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a - b).map(([v, runs]) => ({ lo: v - 0.4, hi: v + 0.4, runs, integer: true }));
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = roundStep((max - min) / Math.min(30, Math.max(5, Math.ceil(Math.sqrt(values.length)))));
  const start = Math.floor(min / step) * step;
  for (const v of values) {
    const k = Math.min(Math.floor((v - start) / step), Math.floor((max - start) / step));
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([k, runs]) => ({ lo: start + k * step, hi: start + (k + 1) * step, runs, integer: false }));
}

/** The round width (1, 2 or 5 times a power of ten) at or above `raw`; 1 for a sample that does not vary. */
function roundStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

function short(x: number): string {
  return String(Number(x.toPrecision(4)));
}
