import { describe, expect, it } from 'vitest';
import { BatchSummarizer } from '../../src/batch/summary.js';
import { designOf, parseSweep, type Design } from '../../src/batch/sweep.js';
import { formatProblem } from '@geneva/engine';

function sobolDesign(parameters: string, samples: number, seed = '4', extra = ''): Design {
  const result = parseSweep(`method: sobol\nsamples: ${samples}\n${extra}parameters:\n${parameters}`, 's.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return designOf(result.sweep, seed);
}

/** The summary of a design whose outcome y is a known function of the point (one run a point, or a failed one). */
function summaryOf(design: Design, y: (x: readonly number[]) => number, failedPoint?: number) {
  const summarizer = new BatchSummarizer(design);
  design.points.forEach((values, point) => {
    const x = values as number[];
    const failed = point === failedPoint;
    const row: Record<string, number | string | null> = { run: point, point, replication: 0, seed: '4/0', y: failed ? null : y(x), flat: failed ? null : 1, error: failed ? 'hung' : '' };
    design.paths.forEach((path, i) => (row[path] = x[i]!));
    summarizer.add(row);
  });
  return summarizer.summary();
}

const ishigami = ([x1, x2, x3]: readonly number[]) => Math.sin(x1!) + 7 * Math.sin(x2!) ** 2 + 0.1 * x3! ** 4 * Math.sin(x1!);
const PI = 'min: -3.141592653589793, max: 3.141592653589793';

describe('sobolIndices (through the summary of a Sobol design)', () => {
  it("gives the Ishigami function's analytic indices", () => {
    const design = sobolDesign(`  x1: { ${PI} }\n  x2: { ${PI} }\n  x3: { ${PI} }\n`, 8192);
    const { sobol } = summaryOf(design, ishigami);
    const of = (p: string) => sobol.find((e) => e.outcome === 'y' && e.parameter === p)!;
    // Closed forms (a = 7, b = 0.1): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    const expected = { x1: [0.3139, 0.5576], x2: [0.4424, 0.4424], x3: [0, 0.2437] } as const;
    for (const [p, [s1, st]] of Object.entries(expected)) {
      expect(Math.abs(of(p).s1 - s1), `${p} S1 ${of(p).s1}`).toBeLessThan(0.04);
      expect(Math.abs(of(p).st - st), `${p} ST ${of(p).st}`).toBeLessThan(0.04);
      expect(of(p).s1Conf).toBeGreaterThan(0);
      expect(of(p).s1Conf).toBeLessThan(0.1);
      expect(of(p).samples).toBe(8192);
    }
    expect(sobol.filter((e) => e.outcome === 'y').map((e) => e.parameter)).toEqual(['x1', 'x2', 'x3']); // by ST, largest first
  });

  it("gives the Ishigami function's second-order indices with secondOrder: only x1 and x3 interact", () => {
    const design = sobolDesign(`  x1: { ${PI} }\n  x2: { ${PI} }\n  x3: { ${PI} }\n`, 4096, '4', 'secondOrder: true\n');
    const { sobol, sobolPairs } = summaryOf(design, ishigami);
    const pair = (a: string, b: string) => sobolPairs!.find((e) => e.outcome === 'y' && e.parameters[0] === a && e.parameters[1] === b)!;
    // Closed form: S13 = ST1 − S1 = 0.5576 − 0.3139 = 0.2437; S12 = S23 = 0.
    expect(pair('x1', 'x3').s2).toBeCloseTo(0.2437, 1);
    expect(Math.abs(pair('x1', 'x2').s2)).toBeLessThan(0.05);
    expect(Math.abs(pair('x2', 'x3').s2)).toBeLessThan(0.05);
    expect(pair('x1', 'x3').s2Conf).toBeGreaterThan(0);
    expect(sobolPairs!.filter((e) => e.outcome === 'y').map((e) => e.parameters.join('×'))[0]).toBe('x1×x3'); // largest first
    expect(Math.abs(sobol.find((e) => e.outcome === 'y' && e.parameter === 'x2')!.s1 - 0.4424)).toBeLessThan(0.04); // first order still there
  });

  it('splits an additive model by its terms, leaves out an outcome that does not vary, and a block with a failed point', () => {
    const design = sobolDesign('  a: { min: 0, max: 1 }\n  b: { min: 0, max: 1 }\n', 2000);
    // y = 2a + b on uniform inputs: Var = 4/12 + 1/12, so S1 = ST = 0.8 for a and 0.2 for b.
    const { sobol } = summaryOf(design, ([a, b]) => 2 * a! + b!, 5);
    const a = sobol.find((e) => e.outcome === 'y' && e.parameter === 'a')!;
    const b = sobol.find((e) => e.outcome === 'y' && e.parameter === 'b')!;
    expect(a.s1).toBeCloseTo(0.8, 1);
    expect(a.st).toBeCloseTo(0.8, 1);
    expect(b.s1).toBeCloseTo(0.2, 1);
    expect(b.st).toBeCloseTo(0.2, 1);
    expect(a.samples).toBe(1999); // point 5 failed: its block (points 4–7) is left out
    expect(sobol.some((e) => e.outcome === 'flat')).toBe(false);
  });

  it('is empty for a design that is not Saltelli’s', () => {
    const result = parseSweep('method: lhs\npoints: 20\nparameters:\n  a: { min: 0, max: 1 }\n', 'l.yaml');
    if (!result.ok) throw new Error('bad sweep');
    expect(summaryOf(designOf(result.sweep, '1'), ([a]) => a!).sobol).toEqual([]);
  });
});
