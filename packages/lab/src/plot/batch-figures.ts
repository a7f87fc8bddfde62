/**
 * Every figure of a batch, from what its files hold: the outcome distributions (a histogram for a
 * batch of one point) and rates per point (runs.csv), the sensitivity figures and PRIM's trajectories (summary.json) and the time series
 * (series-summary.csv), each for the outcomes chosen; and, for each figure left out, why, in a
 * sentence.
 */
import { distributionFigure, type PointsShown } from './outcome-distribution.js';
import { histogramFigure } from './outcome-histogram.js';
import { rateFigure } from './outcome-rate.js';
import { sobolFigure } from './sobol-figure.js';
import { morrisFigure } from './morris-figure.js';
import { spearmanFigure } from './spearman-figure.js';
import { primFigure } from './prim-figure.js';
import { seriesFigures } from './series-figure.js';
import type { Figure } from './figure.js';
import type { RunOutcomes } from './run-outcomes.js';
import type { PlottedSummary } from './summary-file.js';
import type { SeriesRow } from './series-file.js';

/** What a batch folder holds, read and checked. */
export interface BatchData {
  readonly points: PointsShown;
  readonly runs: RunOutcomes;
  /** null: the folder has no summary.json. */
  readonly summary: PlottedSummary | null;
  /** null: the folder has no series-summary.csv. */
  readonly series: readonly SeriesRow[] | null;
  /** The sweep's method (null: no sweep). */
  readonly method: string | null;
}

/** The figures to write, and a sentence for each kind left out. */
export interface FigurePlan {
  readonly figures: readonly Figure[];
  readonly notes: readonly string[];
}

/**
 * The figures of a batch for the outcomes named.
 *
 * @example
 * const { figures, notes } = batchFigures(data, ['inForce', 'civilianHarm']);
 */
export function batchFigures(data: BatchData, outcomes: readonly string[]): FigurePlan {
  const figures: Figure[] = [];
  const notes: string[] = [];
  for (const outcome of outcomes) {
    const values = data.runs.numeric.get(outcome);
    const counts = data.runs.yesNo.get(outcome);
    if (values !== undefined) figures.push(data.points.total === 1 ? histogramFigure(outcome, values.get(0) ?? []) : distributionFigure(outcome, values, data.points));
    else if (counts !== undefined) figures.push(rateFigure(outcome, counts, data.points));
  }
  if (data.summary === null) notes.push('No sensitivity or PRIM figure: the folder has no summary.json (is the batch still running?).');
  else summaryFigures(data, outcomes, figures, notes);
  if (data.series === null) notes.push('No time-series figure: the folder has no series-summary.csv.');
  else figures.push(...seriesFigures(data.series, data.points.total));
  return { figures, notes };
}

/** The figures drawn from summary.json, and why any expected one is missing. */
function summaryFigures(data: BatchData, outcomes: readonly string[], figures: Figure[], notes: string[]): void {
  const summary = data.summary!;
  const spearman = spearmanFigure(summary.sensitivity, outcomes);
  if (spearman !== null) figures.push(spearman);
  else if (data.points.total >= 3) notes.push('No Spearman figure: no swept parameter moves the outcomes chosen (or none is numeric).');
  const sobol = sobolFigure(summary.sobol, outcomes);
  if (sobol !== null) figures.push(sobol);
  else if (data.method === 'sobol') notes.push('No Sobol figure: summary.json has no indices for the outcomes chosen (too few complete base samples, or outcomes that do not vary).');
  const morris = morrisFigure(summary.morris, outcomes);
  if (morris !== null) figures.push(morris);
  else if (data.method === 'morris') notes.push('No Morris figure: summary.json has no effects with a spread for the outcomes chosen (at least two trajectories are needed).');
  for (const found of summary.discovery) if (outcomes.includes(found.outcome)) figures.push(primFigure(found));
}
