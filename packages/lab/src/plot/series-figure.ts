/**
 * A quantity over time (years or rounds) at a few design points, from series-summary.csv: the mean
 * over the runs as a line, with the band of the middle half (p25–p75) and of the middle 90%
 * (p05–p95) of the runs, one panel per point, so the spread of the seeds is seen beside the trend.
 */
import { LOOK, evenlySpaced, fileSafe, titled, type Figure } from './figure.js';
import type { SeriesRow } from './series-file.js';

/** Panels per figure at most. */
export const SERIES_POINTS = 6;

/**
 * One figure per quantity and clock in the rows, in the order they first appear.
 *
 * @param total the design's number of points (the panels show up to SERIES_POINTS of them, evenly spaced)
 * @example
 * seriesFigures(rows, 20).map((f) => f.file); // ['series-trust-year.svg', …]
 */
export function seriesFigures(rows: readonly SeriesRow[], total: number): Figure[] {
  const keys = [...new Set(rows.map((r) => `${r.quantity}\u0000${r.clock}`))];
  const withRows = [...new Set(rows.map((r) => r.point))].sort((a, b) => a - b);
  const shown = evenlySpaced(withRows.length, SERIES_POINTS).map((i) => withRows[i]!);
  return keys.map((key) => {
    const [quantity, clock] = key.split('\u0000') as [string, string];
    return seriesFigure(quantity, clock, rows.filter((r) => r.quantity === quantity && r.clock === clock && shown.includes(r.point)), shown, seriesPointsText(shown.length, withRows.length, Math.max(total, withRows.length)));
  });
}

/**
 * The points of the panels in words: the file may hold the series of some points only.
 *
 * @example
 * seriesPointsText(3, 3, 20); // 'the 3 design points series-summary.csv holds (of 20)'
 */
export function seriesPointsText(shown: number, held: number, total: number): string {
  const of = held < total ? ` (of ${total})` : '';
  if (total === 1) return 'the batch (one design point)';
  if (shown === held) return `the ${held} design ${held === 1 ? 'point' : 'points'} series-summary.csv holds${of}`;
  return `${shown} of the ${held} design points series-summary.csv holds${of}, evenly spaced`;
}

function seriesFigure(quantity: string, clock: string, rows: readonly SeriesRow[], shown: readonly number[], pointsText: string): Figure {
  const values = rows.map((r) => ({ ...r, panel: `point ${r.point}`, p05: fallback(r.p05, r.mean), p95: fallback(r.p95, r.mean), p25: fallback(r.p25, r.mean), p75: fallback(r.p75, r.mean) }));
  const x = { field: 't', type: 'quantitative' as const, title: clock, axis: { tickMinStep: 1, format: 'd' } };
  const y = { type: 'quantitative' as const, title: `${quantity} (over the runs)`, scale: { zero: false } };
  return {
    file: `series-${fileSafe(quantity)}-${fileSafe(clock)}.svg`,
    title: `${quantity} by ${clock} at ${pointsText}`,
    spec: {
      ...LOOK,
      title: titled(`${quantity} by ${clock}`, `${pointsText}; line: the mean over the runs, dark band: the middle half of the runs (p25–p75), light band: the middle 90% (p05–p95).`),
      data: { values },
      facet: { field: 'panel', type: 'nominal', title: null, sort: shown.map((p) => `point ${p}`), header: { labelFontWeight: 'bold' } },
      columns: Math.min(3, shown.length),
      spec: {
        width: 240,
        height: 160,
        layer: [
          { mark: { type: 'area', color: '#9ecae9', opacity: 0.45 }, encoding: { x, y: { ...y, field: 'p05' }, y2: { field: 'p95' } } },
          { mark: { type: 'area', color: '#4c78a8', opacity: 0.45 }, encoding: { x, y: { ...y, field: 'p25' }, y2: { field: 'p75' } } },
          { mark: { type: 'line', color: '#1f3b57', strokeWidth: 2 }, encoding: { x, y: { ...y, field: 'mean' } } },
        ],
      },
    },
  };
}

/** A percentile that is missing (one run) is the mean: the band closes there. */
function fallback(x: number, mean: number): number {
  return Number.isNaN(x) ? mean : x;
}
