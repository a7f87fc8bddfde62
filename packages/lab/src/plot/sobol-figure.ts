/**
 * Sobol indices with their intervals: for each outcome, each parameter's first-order index (S1, the
 * share of the outcome's variance it explains alone) and total index (ST, with its interactions),
 * each with its 95% bootstrap interval as summary.json gives it. Dashed lines at 0 and 1 mark the
 * range a share can take, so an estimate outside it stands out as noise.
 */
import { LOOK, titled, type Figure } from './figure.js';
import type { SobolEntry } from './summary-file.js';

const S1 = 'S1, alone';
const ST = 'ST, with interactions';

/**
 * The Sobol figure of the outcomes named (in their order), or null when none has indices.
 *
 * @example
 * sobolFigure(summary.sobol, ['inForce', 'civilianHarm'])?.file; // 'sobol.svg'
 */
export function sobolFigure(entries: readonly SobolEntry[], outcomes: readonly string[]): Figure | null {
  const shown = outcomes.filter((o) => entries.some((e) => e.outcome === o));
  if (shown.length === 0) return null;
  const rows = entries
    .filter((e) => shown.includes(e.outcome))
    .flatMap((e) => [
      { outcome: e.outcome, parameter: e.parameter, index: S1, value: e.s1, low: e.s1 - e.s1Conf, high: e.s1 + e.s1Conf },
      { outcome: e.outcome, parameter: e.parameter, index: ST, value: e.st, low: e.st - e.stConf, high: e.st + e.stConf },
    ]);
  const x = { type: 'quantitative' as const, title: 'share of the outcome’s variance over the design' };
  const y = { field: 'parameter', type: 'nominal' as const, title: null, sort: null };
  const color = { field: 'index', type: 'nominal' as const, title: 'index', scale: { domain: [S1, ST], range: ['#4c78a8', '#e45756'] } };
  return {
    file: 'sobol.svg',
    title: `Sobol indices S1 and ST with their 95% intervals for ${shown.join(', ')}`,
    spec: {
      ...LOOK,
      title: titled('Sobol indices: how much of each outcome’s variance each parameter explains', 'Dot: the estimate; bar: its 95% bootstrap interval (summary.json). Dashed lines: 0 and 1, the range of a share;', 'an estimate beyond them, or a wide bar, says the study needs more samples or replications.'),
      data: { values: rows },
      facet: { row: { field: 'outcome', type: 'nominal', title: null, sort: shown, header: { labelAngle: 0, labelAlign: 'left', labelFontWeight: 'bold' } } },
      spec: {
        width: 380,
        height: { step: 14 },
        layer: [
          { mark: { type: 'rule', strokeDash: [4, 3], color: '#999' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
          { mark: { type: 'rule', strokeDash: [4, 3], color: '#999' }, encoding: { x: { datum: 1, type: 'quantitative' } } },
          { mark: { type: 'rule', strokeWidth: 2 }, encoding: { x: { ...x, field: 'low' }, x2: { field: 'high' }, y, yOffset: { field: 'index', sort: [S1, ST] }, color } },
          { mark: { type: 'point', filled: true, size: 40 }, encoding: { x: { ...x, field: 'value' }, y, yOffset: { field: 'index', sort: [S1, ST] }, color } },
        ],
      },
      resolve: { scale: { y: 'independent' } },
    },
  };
}
