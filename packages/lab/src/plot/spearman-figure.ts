/**
 * Spearman's ρ of every swept parameter and every outcome shown, over the design points, as a grid
 * coloured from −1 (blue: the outcome falls as the parameter rises) to +1 (red: it rises), with ρ
 * written in each cell: the one-glance answer to "what moves what".
 */
import { LOOK, titled, type Figure } from './figure.js';
import type { SensitivityEntry } from './summary-file.js';

/**
 * The grid of ρ for the outcomes named (in their order), or null when summary.json has none.
 *
 * @example
 * spearmanFigure(summary.sensitivity, ['inForce', 'civilianHarm'])?.file; // 'spearman.svg'
 */
export function spearmanFigure(entries: readonly SensitivityEntry[], outcomes: readonly string[]): Figure | null {
  const rows = entries.filter((e) => outcomes.includes(e.outcome)).map((e) => ({ parameter: e.parameter, outcome: e.outcome, rho: e.rho }));
  if (rows.length === 0) return null;
  const shown = outcomes.filter((o) => rows.some((r) => r.outcome === o));
  const parameters = [...new Set(rows.map((r) => r.parameter))];
  const x = { field: 'outcome', type: 'nominal' as const, title: 'outcome (its mean or rate at a point)', sort: shown, axis: { labelAngle: -30, labelAlign: 'right' as const } };
  const y = { field: 'parameter', type: 'nominal' as const, title: 'swept parameter', sort: parameters };
  return {
    file: 'spearman.svg',
    title: `Spearman's ρ of ${parameters.length} parameters and ${shown.length} outcomes`,
    spec: {
      ...LOOK,
      title: titled('What moves what: Spearman’s ρ over the design points', 'The rank correlation of each swept parameter’s value with each outcome’s mean (or rate) at a point;', 'a blank cell: the outcome does not vary. ρ says nothing about the noise of the seeds: see the Sobol figure.'),
      data: { values: rows },
      width: { step: 62 },
      height: { step: 30 },
      layer: [
        { mark: { type: 'rect' }, encoding: { x, y, color: { field: 'rho', type: 'quantitative', title: 'ρ', scale: { scheme: 'redblue', domain: [-1, 1], reverse: true } } } },
        { mark: { type: 'text', fontSize: 11 }, encoding: { x, y, text: { field: 'rho', type: 'quantitative', format: '+.2f' }, color: { condition: { test: 'abs(datum.rho) > 0.6', value: 'white' }, value: 'black' } } },
      ],
    },
  };
}
