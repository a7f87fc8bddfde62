/**
 * Morris screening as the method's authors draw it: for each outcome, each parameter at its mean
 * absolute elementary effect μ* (how much it matters) against the spread σ of its effects (how much
 * it acts through interactions or non-linearly). Far right matters; high up interacts.
 */
import { LOOK, titled, type Figure } from './figure.js';
import type { MorrisEntry } from './summary-file.js';

/**
 * The Morris figure of the outcomes named (in their order), or null when none has effects.
 *
 * @example
 * morrisFigure(summary.morris, ['inForce'])?.file; // 'morris.svg'
 */
export function morrisFigure(entries: readonly MorrisEntry[], outcomes: readonly string[]): Figure | null {
  const shown = outcomes.filter((o) => entries.some((e) => e.outcome === o && e.sigma !== null));
  if (shown.length === 0) return null;
  const rows = entries.filter((e) => shown.includes(e.outcome) && e.sigma !== null).map((e) => ({ outcome: e.outcome, parameter: e.parameter, muStar: e.muStar, sigma: e.sigma, mu: e.mu }));
  const x = { field: 'muStar', type: 'quantitative' as const, title: 'μ*: mean absolute effect per swept range', scale: { zero: true } };
  const y = { field: 'sigma', type: 'quantitative' as const, title: 'σ: spread of the effects', scale: { zero: true } };
  return {
    file: 'morris.svg',
    title: `Morris μ* against σ for ${shown.join(', ')}`,
    spec: {
      ...LOOK,
      title: titled('Morris screening: which parameters matter (right) and interact (up)', 'Each dot is a parameter; μ* and σ are per swept range of the parameter, in the outcome’s unit (a rate for yes/no).'),
      data: { values: rows },
      facet: { field: 'outcome', type: 'nominal', title: null, sort: shown, header: { labelFontWeight: 'bold' } },
      columns: 2,
      spec: {
        width: 300,
        height: 200,
        layer: [
          { mark: { type: 'point', filled: true, size: 50, color: '#4c78a8' }, encoding: { x, y } },
          { mark: { type: 'text', align: 'left', dx: 6, fontSize: 10, limit: 200 }, encoding: { x, y, text: { field: 'parameter' } } },
        ],
      },
      resolve: { scale: { x: 'independent', y: 'independent' } },
    },
  };
}
