/**
 * How often a yes/no outcome happens at each design point: its rate over the point's finished runs
 * with the 95% Wilson interval (the interval summary.md gives), so that a difference between points
 * can be told from the play of the seeds.
 */
import { rateOf } from '../stats/summary.js';
import { LOOK, fileSafe, titled, type Figure } from './figure.js';
import { byValue, pointScale, pointsText, type PointsShown } from './outcome-distribution.js';

/**
 * The rate plot of one yes/no outcome at the points shown.
 *
 * @param byPoint [runs with yes, finished runs] at each point shown
 * @example
 * rateFigure('inForce', new Map([[0, [3, 10]]]), { shown: [0], total: 1 }).file; // 'rate-inForce.svg'
 */
export function rateFigure(outcome: string, byPoint: ReadonlyMap<number, readonly [number, number]>, points: PointsShown): Figure {
  const { x, labels } = pointScale(points);
  const rows = points.shown.flatMap((point) => {
    const [yes, n] = byPoint.get(point) ?? [0, 0];
    if (n === 0) return [];
    const { rate, ci95 } = rateOf(yes, n);
    return [{ point: labels.get(point)!, rate, low: ci95[0], high: ci95[1], runs: n }];
  });
  const y = { type: 'quantitative' as const, title: `share of runs with ${outcome}`, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  return {
    file: `rate-${fileSafe(outcome)}.svg`,
    title: `the rate of ${outcome} at ${pointsText(points)}`,
    spec: {
      ...LOOK,
      title: titled(`${outcome}: how often it happens at each design point`, `${pointsText(points)}; dot: the share of finished runs, bar: its 95% Wilson interval.`, ...(byValue(points) || points.total === 1 ? [] : ["Point numbers are those of runs.csv; summary.md gives each point's swept values."])),
      data: { values: rows },
      width: { step: points.shown.length > 12 ? 22 : 40 },
      height: 240,
      layer: [
        { mark: { type: 'rule', color: '#4c78a8', strokeWidth: 2 }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } },
        { mark: { type: 'point', filled: true, size: 50, color: '#1f4e79' }, encoding: { x, y: { ...y, field: 'rate' } } },
      ],
    },
  };
}
