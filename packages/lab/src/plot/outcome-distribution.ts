/**
 * The distribution of a numeric outcome over the runs of each design point: a box (quartiles and
 * whiskers) per point, with the runs as dots beside it, so the spread the seeds make is seen next to
 * the differences between points.
 */
import { boxStats } from './box-stats.js';
import { LOOK, fileSafe, titled, type Figure } from './figure.js';
import type { PointAxis } from './point-axis.js';

/** Dots drawn per point at most (the box always uses every run). */
export const DOTS_PER_POINT = 100;

/** Which points a figure shows out of how many, and how it names them (by number if no axis is given). */
export interface PointsShown {
  readonly shown: readonly number[];
  readonly total: number;
  readonly axis?: PointAxis;
}

/**
 * The x axis of a per-point figure over `points`, and each point's label.
 *
 * @example
 * pointScale({ shown: [0, 4], total: 5 }).labels.get(4); // '4'
 */
export function pointScale(points: PointsShown): { readonly x: { field: 'point'; type: 'ordinal'; sort: string[]; title: string; axis: { labelAngle: number } }; readonly labels: ReadonlyMap<number, string> } {
  const axis = points.axis ?? { title: 'design point (its number in runs.csv)', order: points.shown.map((point) => ({ point, label: String(point) })) };
  const sort = axis.order.map((o) => o.label);
  const long = sort.some((label) => label.length > 4);
  return { x: { field: 'point', type: 'ordinal', sort, title: axis.title, axis: { labelAngle: long ? -45 : 0 } }, labels: new Map(axis.order.map((o) => [o.point, o.label])) };
}

/**
 * The box plot of one numeric outcome at the points shown.
 *
 * @param byPoint the outcome's values in the finished runs of each point shown
 * @example
 * distributionFigure('civilianHarm', new Map([[0, [5.1, 9.3, 4.2]]]), { shown: [0], total: 1 }).file; // 'outcome-civilianHarm.svg'
 */
export function distributionFigure(outcome: string, byPoint: ReadonlyMap<number, readonly number[]>, points: PointsShown): Figure {
  const { x, labels } = pointScale(points);
  const boxes = points.shown.flatMap((point) => {
    const values = byPoint.get(point) ?? [];
    return values.length === 0 ? [] : [{ point: labels.get(point)!, ...boxStats(values) }];
  });
  const dots = points.shown.flatMap((point) => (byPoint.get(point) ?? []).slice(0, DOTS_PER_POINT).map((value) => ({ point: labels.get(point)!, value })));
  const most = Math.max(0, ...boxes.map((b) => b.n));
  // The box sits left of its point's slot and the dots right of it, so neither hides the other.
  const step = points.shown.length > 12 ? 24 : 40;
  const box = step / 2;
  const shift = step / 8;
  const y = { type: 'quantitative', title: `${outcome} (per run)`, scale: { zero: false } } as const;
  return {
    file: `outcome-${fileSafe(outcome)}.svg`,
    title: `the distribution of ${outcome} over the runs of ${pointsText(points)}`,
    spec: {
      ...LOOK,
      title: titled(
        `${outcome}: its spread over the runs of each design point`,
        `${pointsText(points)}; boxes: quartiles and median (white line), whiskers: the furthest runs within 1.5 box heights.`,
        `Dots: ${most > DOTS_PER_POINT ? `the first ${DOTS_PER_POINT} runs of each point (the boxes use every run)` : 'every run'}.${byValue(points) ? '' : " Point numbers are those of runs.csv; summary.md gives each point's swept values."}`,
      ),
      width: { step },
      height: 280,
      layer: [
        { data: { values: boxes }, mark: { type: 'rule', color: '#4c78a8', xOffset: -shift }, encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' } } },
        { data: { values: boxes }, mark: { type: 'bar', size: box, color: '#9ecae9', stroke: '#4c78a8', xOffset: -shift }, encoding: { x, y: { ...y, field: 'q1' }, y2: { field: 'q3' } } },
        { data: { values: boxes }, mark: { type: 'tick', color: 'white', thickness: 2, size: box, xOffset: -shift }, encoding: { x, y: { ...y, field: 'median' } } },
        { data: { values: dots }, mark: { type: 'point', filled: true, size: 12, opacity: 0.35, color: '#222', xOffset: box / 2 + 2 - shift }, encoding: { x, y: { ...y, field: 'value' } } },
      ],
    },
  };
}

/** Whether the points are named by their swept value (one parameter), not their number. */
export function byValue(points: PointsShown): boolean {
  return points.axis?.order.some((o) => o.label !== String(o.point)) ?? false;
}

/**
 * The points a figure shows, in words.
 *
 * @example
 * pointsText({ shown: [0, 5, 10], total: 11 }); // '3 of the 11 design points, evenly spaced'
 */
export function pointsText(points: PointsShown): string {
  if (points.total === 1) return 'the batch (one design point)';
  if (points.shown.length === points.total) return `each of the ${points.total} design points`;
  return `${points.shown.length} of the ${points.total} design points, evenly spaced`;
}
