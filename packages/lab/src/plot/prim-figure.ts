/**
 * PRIM's peeling trade-off for a yes/no outcome: each box of the trajectory at its coverage (the
 * share of all the runs with the outcome it keeps) against its density (the outcome's rate inside),
 * from the whole swept space (coverage 1, the base rate) to the last box; the box summary.md reads
 * first is marked and spelt out, and the base rate is drawn for comparison.
 */
import { boxText } from '../cli/batch/summary-files.js';
import { LOOK, fileSafe, titled, type Figure } from './figure.js';
import type { DiscoveryEntry } from './summary-file.js';

/**
 * The peeling trajectory of one outcome.
 *
 * @example
 * primFigure(summary.discovery[0]).file; // 'prim-inForce.svg'
 */
export function primFigure(found: DiscoveryEntry): Figure {
  const chosen = found.trajectory[Math.min(found.chosen, found.trajectory.length - 1)]!;
  const rows = found.trajectory.map((step, k) => ({ step: k, coverage: step.coverage, density: step.density, mass: step.mass, chosen: k === found.chosen ? 'the box to read first' : 'a box on the way' }));
  const x = { field: 'coverage', type: 'quantitative' as const, title: `coverage: share of the runs with ${found.outcome} inside the box`, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  const y = { field: 'density', type: 'quantitative' as const, title: `density: ${found.outcome} among the runs inside`, scale: { domain: [0, 1] }, axis: { format: '.0%' } };
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const finding =
    found.chosen === 0
      ? ['No box keeps half of those runs at a higher rate: no swept condition stands out.']
      : [...boxLines(boxText(chosen)), `It holds ${pct(chosen.mass)} of the runs, ${found.outcome} in ${pct(chosen.density)} of them, and ${pct(chosen.coverage)} of all the runs with ${found.outcome}.`];
  return {
    file: `prim-${fileSafe(found.outcome)}.svg`,
    title: `PRIM's peeling trajectory for ${found.outcome} (${found.trajectory.length} boxes)`,
    spec: {
      ...LOOK,
      title: titled(`Where ${found.outcome} happens: PRIM’s peeling trade-off`, `Each dot is a box of swept values, peeled from the whole space (right) toward the runs with ${found.outcome}.`, `dashed: its rate over all runs (${pct(found.baseRate)}).`, ...finding),
      width: 420,
      height: 300,
      layer: [
        { data: { values: [{ base: found.baseRate }] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#999' }, encoding: { y: { field: 'base', type: 'quantitative' } } },
        { data: { values: rows }, mark: { type: 'line', color: '#4c78a8', point: { filled: true, size: 30 } }, encoding: { x, y, order: { field: 'step' } } },
        {
          data: { values: rows.filter((r) => r.step === found.chosen) },
          mark: { type: 'point', shape: 'diamond', size: 220, filled: true, color: '#e45756' },
          encoding: { x, y, shape: { field: 'chosen', type: 'nominal', title: null, legend: { orient: 'bottom-left' } } },
        },
      ],
    },
  };
}

/** The box in words over lines of readable length: one bound a line when they do not fit on one. */
function boxLines(text: string): string[] {
  if (text.length <= 90) return [`Marked: ${text}.`];
  const bounds = text.split(' and ');
  return [`Marked: ${bounds[0]!}`, ...bounds.slice(1).map((b, i) => `    and ${b}${i === bounds.length - 2 ? '.' : ''}`)];
}
