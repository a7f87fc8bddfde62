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
  // An outcome no parameter moves (every μ* and σ zero) would be an empty panel: left out.
  const shown = outcomes.filter((o) => entries.some((e) => e.outcome === o && e.sigma !== null && (e.muStar > 0 || e.sigma > 0)));
  if (shown.length === 0) return null;
  const rows = mergedDots(entries.filter((e) => shown.includes(e.outcome) && e.sigma !== null));
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
          { mark: { type: 'text', align: 'left', dx: 6, fontSize: 10, limit: 320 }, encoding: { x, y, text: { field: 'parameter' } } },
        ],
      },
      resolve: { scale: { x: 'independent', y: 'independent' } },
    },
  };
}

/** One dot per outcome and position, naming every parameter there (several often sit at 0, 0). */
function mergedDots(entries: readonly MorrisEntry[]): { outcome: string; parameter: string; muStar: number; sigma: number }[] {
  const dots = new Map<string, { outcome: string; parameter: string; muStar: number; sigma: number }>();
  for (const e of entries) {
    const key = `${e.outcome}\u0000${e.muStar}\u0000${String(e.sigma)}`;
    const dot = dots.get(key);
    if (dot === undefined) dots.set(key, { outcome: e.outcome, parameter: e.parameter, muStar: e.muStar, sigma: e.sigma ?? 0 });
    else dot.parameter = `${dot.parameter}, ${e.parameter}`;
  }
  return [...dots.values()];
}
