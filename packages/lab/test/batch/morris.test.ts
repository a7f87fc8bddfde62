import { describe, expect, it } from 'vitest';
import { BatchSummarizer } from '../../src/batch/summary.js';
import { designOf, parseSweep } from '../../src/batch/sweep.js';
import { formatProblem } from '@geneva/engine';

/** A Morris design over a in [0, 10], b in [0, 1] and a label; the outcome y is known in closed form. */
function design() {
  const result = parseSweep('method: morris\ntrajectories: 20\nreplications: 3\nparameters:\n  a: { min: 0, max: 10 }\n  b: { min: 0, max: 1 }\n  label: { values: [p, q] }\n', 'm.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return designOf(result.sweep, '3');
}

function summaryOf(y: (a: number, b: number) => number, failedPoint?: number) {
  const d = design();
  const summarizer = new BatchSummarizer(d);
  d.points.forEach(([a, b, label], point) => {
    for (let r = 0; r < d.replications; r++) {
      const failed = point === failedPoint;
      summarizer.add({ run: point * d.replications + r, point, replication: r, seed: `3/${r}`, a: a as number, b: b as number, label: label as string, y: failed ? null : y(a as number, b as number), flag: failed ? null : (a as number) > 5, error: failed ? 'hung' : '' });
    }
  });
  return summarizer.summary();
}

describe('morrisIndices (through the summary of a Morris design)', () => {
  it('gives a linear effect its slope per swept range, with no spread, and nothing to a parameter with no effect', () => {
    const { morris } = summaryOf((a, b) => 3 * a + 0 * b);
    const a = morris.find((e) => e.outcome === 'y' && e.parameter === 'a')!;
    const b = morris.find((e) => e.outcome === 'y' && e.parameter === 'b')!;
    expect(a).toMatchObject({ muStar: 30, mu: 30, sigma: 0, effects: 20 });
    expect(b).toMatchObject({ muStar: 0, mu: 0, effects: 20 });
    expect(morris.some((e) => e.parameter === 'label')).toBe(false); // not a number: no range to step over
    expect(morris.filter((e) => e.outcome === 'y').map((e) => e.parameter)).toEqual(['a', 'b']); // by μ*, largest first
  });

  it('tells an interaction by its spread, and effects of both signs by μ* against μ', () => {
    const { morris } = summaryOf((a, b) => a * (b - 0.5));
    const a = morris.find((e) => e.outcome === 'y' && e.parameter === 'a')!;
    expect(a.muStar).toBeGreaterThan(0);
    expect(Math.abs(a.mu)).toBeLessThan(a.muStar);
    expect(a.sigma).toBeGreaterThan(0);
  });

  it('screens rates too, and leaves out the steps into or out of a point whose runs all failed', () => {
    const { morris } = summaryOf((a) => a, 1);
    const flag = morris.find((e) => e.outcome === 'flag' && e.parameter === 'a')!;
    expect(flag.muStar).toBeGreaterThan(0);
    const y = morris.find((e) => e.outcome === 'y' && e.parameter === 'a')!;
    // Point 1 is the second of trajectory 0: the steps into and out of it are gone.
    const d = design();
    let expected = 0;
    for (let t = 0; t < 20; t++)
      for (let j = 1; j <= 3; j++) {
        const [from, to] = [t * 4 + j - 1, t * 4 + j];
        const moved = [0, 1, 2].find((i) => d.points[from]![i] !== d.points[to]![i]);
        if (moved !== undefined && moved < 2 && from !== 1 && to !== 1) expected++;
      }
    expect(expected).toBeLessThan(40);
    expect(morris.filter((e) => e.outcome === 'y').reduce((s, e) => s + e.effects, 0)).toBe(expected);
    expect(y.muStar).toBe(10);
  });

  it('is empty for a design that is not a Morris design', () => {
    const summarizer = new BatchSummarizer({ paths: ['a'], points: [[1], [2], [3], [4]], replications: 1 });
    for (let point = 0; point < 4; point++) summarizer.add({ run: point, point, replication: 0, seed: 's', a: point + 1, y: point, error: '' });
    expect(summarizer.summary().morris).toEqual([]);
  });
});
