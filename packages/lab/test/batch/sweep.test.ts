import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { designOf, designProblem, parseSweep, pointValues, singlePointDesign, type Design, type Sweep } from '../../src/batch/sweep.js';
import { quantile, type Distribution } from '../../src/batch/distributions.js';
import { discover } from '../../src/batch/discovery.js';
import { BatchSummarizer } from '../../src/batch/summary.js';
import { formatProblem } from '@geneva/engine';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('rsa-2017');

function sweep(text: string): Sweep {
  const result = parseSweep(text, 'sweep.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.sweep;
}

/** The problems of a sweep text, without the file and position. */
function problems(text: string): string[] {
  const result = parseSweep(text, 'm.yaml');
  return result.ok ? [] : result.problems.map((p) => formatProblem(p).replace(/^m\.yaml(:\d+:\d+)?: /, ''));
}

describe('parseSweep', () => {
  it('reads ranges, value lists, the method, points and replications', () => {
    const s = sweep('method: lhs\npoints: 8\nreplications: 4\nparameters:\n  actors.usa.domesticHurdle: { min: 1, max: 4 }\n  rules.bodyAccuracy: { values: [0.6, 0.9] }\n');
    expect(s.method).toBe('lhs');
    expect(s.replications).toBe(4);
    expect(s.parameters['actors.usa.domesticHurdle']).toEqual({ min: 1, max: 4, integer: false });
  });

  it('reports each problem as file:line:col: path: reason', () => {
    const bad = (text: string) => {
      const result = parseSweep(text, 'sweep.yaml');
      return result.ok ? [] : result.problems.map(formatProblem);
    };
    expect(bad('method: lhs\nparameters:\n  a.b: { min: 1, max: 2 }\n')).toEqual(['sweep.yaml:1:1: points: required by lhs']);
    expect(bad('method: grid\npoints: 3\nparameters:\n  a.b: { values: [1] }\n')[0]).toMatch(/^sweep\.yaml:2:9: points: not used by grid/);
    expect(bad('method: lhs\npoints: 3\nparameters:\n  a.b: { min: 3, max: 2 }\n')[0]).toMatch(/^sweep\.yaml:4:\d+: parameters\.a\.b(\.max)?: /);
    expect(bad('method: lhs\npoints: 3\nparamters: {}\n').join('\n')).toMatch(/paramters: unknown key \(not part of the sweep format\)/);
    expect(bad('method: halton\npoints: 3\nparameters:\n  a.b: { values: [1] }\n')[0]).toMatch(/^sweep\.yaml:1:9: method: /);
    expect(bad('method: [\n')[0]).toMatch(/^sweep\.yaml:\d+:\d+: \(file\): /);
  });
});

describe('designOf', () => {
  it('makes a grid: every combination of the levels, with integer ranges rounded', () => {
    const design = designOf(sweep('method: grid\nreplications: 2\nparameters:\n  a: { min: 0, max: 1, levels: 3 }\n  b: { values: [x, y] }\n  c: { min: 4, max: 6, integer: true, levels: 3 }\n'), '1');
    expect(design.paths).toEqual(['a', 'b', 'c']);
    expect(design.points).toHaveLength(3 * 2 * 3);
    expect(design.points[0]).toEqual([0, 'x', 4]);
    expect(new Set(design.points.map((p) => p[0]))).toEqual(new Set([0, 0.5, 1]));
    expect(new Set(design.points.map((p) => p[2]))).toEqual(new Set([4, 5, 6]));
    expect(design.replications).toBe(2);
  });

  it('makes a Latin hypercube: each parameter takes each of its n strata exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.string({ maxLength: 6 }), (n, seed) => {
        const design = designOf(sweep(`method: lhs\npoints: ${n}\nparameters:\n  a: { min: 2, max: 6 }\n  b: { min: -1, max: 1 }\n`), seed);
        expect(design.points).toHaveLength(n);
        for (const [k, [lo, hi]] of [[0, [2, 6]], [1, [-1, 1]]] as const) {
          const strata = design.points.map((p) => Math.min(n - 1, Math.floor(((Number(p[k]) - lo) / (hi - lo)) * n))).sort((x, y) => x - y);
          expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
        }
      }),
    );
  });

  it('keeps whole numbers within [⌈min⌉, ⌊max⌋] with every method, and refuses an integer range with none', () => {
    for (const method of ['random', 'lhs', 'grid'] as const) {
      const points = method === 'grid' ? '' : 'points: 40\n';
      const design = designOf(sweep(`method: ${method}\n${points}parameters:\n  a: { min: 2.5, max: 5.5, integer: true${method === 'grid' ? ', levels: 4' : ''} }\n`), 'x');
      const values = new Set(design.points.map((p) => p[0]));
      expect([...values].every((v) => Number.isInteger(v) && Number(v) >= 3 && Number(v) <= 5), method).toBe(true);
      expect(values, method).toEqual(new Set([3, 4, 5]));
    }
    const none = parseSweep('method: lhs\npoints: 2\nparameters:\n  a: { min: 2.2, max: 2.8, integer: true }\n', 's.yaml');
    expect(none.ok ? [] : none.problems.map(formatProblem)).toEqual([expect.stringMatching(/parameters\.a\.max: no whole number between min and max$/)]);
  });

  it('lists the extremes of every parameter, to check a range whatever the seed', async () => {
    const { extremes } = await import('../../src/batch/sweep.js');
    expect(extremes(sweep('method: lhs\npoints: 2\nparameters:\n  a: { min: 0.5, max: 2 }\n  b: { min: 1.5, max: 4.5, integer: true }\n  c: { values: [x, y] }\n'))).toEqual([
      ['a', 0.5], ['a', 2], ['b', 2], ['b', 4], ['c', 'x'], ['c', 'y'],
    ]);
  });

  it('samples random points within their ranges, the same for the same seed and others for another', () => {
    const s = sweep('method: random\npoints: 50\nparameters:\n  a: { min: 1, max: 2 }\n  b: { min: 0, max: 10, integer: true }\n  c: { values: [p, q, r] }\n');
    const design = designOf(s, 'seed');
    for (const [a, b, c] of design.points) {
      expect(a).toBeGreaterThanOrEqual(1);
      expect(a).toBeLessThanOrEqual(2);
      expect(Number.isInteger(b) && Number(b) >= 0 && Number(b) <= 10).toBe(true);
      expect(['p', 'q', 'r']).toContain(c);
    }
    expect(designOf(s, 'seed')).toEqual(design);
    expect(designOf(s, 'other')).not.toEqual(design);
    expect(new Set(design.points.map((p) => p[2])).size).toBe(3);
  });

  it('finds the first design point a scenario cannot take, naming the path', () => {
    const ok = designOf(sweep('method: grid\nparameters:\n  actors.usa.domesticHurdle: { values: [1, 2] }\n'), '1');
    expect(designProblem(scenario, ok)).toBeNull();
    const bad = designOf(sweep('method: grid\nparameters:\n  actors.usa.capability: { values: [0.5, 2] }\n'), '1');
    expect(designProblem(scenario, bad)).toMatchObject({ path: 'actors.usa.capability', point: 1 });
    const typo = designOf(sweep('method: grid\nparameters:\n  actors.uas.capability: { values: [0.5] }\n'), '1');
    expect(designProblem(scenario, typo)).toMatchObject({ path: 'actors.uas.capability', reason: 'no actors.uas in scenario rsa-2017' });
    expect(pointValues(ok, 1)).toEqual({ 'actors.usa.domesticHurdle': 2 });
    expect(singlePointDesign(7)).toEqual({ paths: [], points: [[]], replications: 7 });
  });
});

describe('Morris designs', () => {
  const sweep = (text: string) => {
    const result = parseSweep(text, 'morris.yaml');
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('; '));
    return result.sweep;
  };
  const text = 'method: morris\ntrajectories: 12\nreplications: 2\nparameters:\n  a: { min: 0, max: 1 }\n  b: { min: 3, max: 12, integer: true, levels: 6 }\n  c: { values: [x, y, z] }\n  d: { values: [7] }\n';

  it('moves one parameter at a time along each trajectory, each parameter once, on its levels', () => {
    const design = designOf(sweep(text), '9');
    expect(design.trajectories).toBe(12);
    expect(design.points).toHaveLength(12 * 5);
    const levels: Record<number, unknown[]> = { 0: [0, 1 / 3, 2 / 3, 1].map((x) => Math.round(x * 1e9) / 1e9), 1: [3, 5, 7, 8, 10, 12], 2: ['x', 'y', 'z'], 3: [7] };
    for (let t = 0; t < 12; t++) {
      const trajectory = design.points.slice(t * 5, t * 5 + 5);
      const moved: number[] = [];
      for (let j = 1; j < 5; j++) {
        const changed = [0, 1, 2, 3].filter((i) => trajectory[j]![i] !== trajectory[j - 1]![i]);
        expect(changed.length).toBeLessThanOrEqual(1);
        moved.push(...changed);
      }
      // Every parameter that can move moves exactly once (d has a single value).
      expect([...moved].sort()).toEqual([0, 1, 2]);
      for (const point of trajectory) point.forEach((value, i) => expect(levels[i]).toContain(value));
    }
    expect(designOf(sweep(text), '9')).toEqual(design);
    expect(designOf(sweep(text), '10').points).not.toEqual(design.points);
  });

  it('asks for trajectories with morris, and refuses points there and trajectories elsewhere', () => {
    expect(problems('method: morris\nparameters:\n  a: { min: 0, max: 1 }\n')).toEqual(['trajectories: required by morris']);
    expect(problems('method: morris\ntrajectories: 3\npoints: 4\nparameters:\n  a: { min: 0, max: 1 }\n')).toEqual(['points: not used by morris (trajectories × (parameters + 1) gives the points)']);
    expect(problems('method: lhs\npoints: 4\ntrajectories: 3\nparameters:\n  a: { min: 0, max: 1 }\n')).toEqual(['trajectories: not used by lhs (only by morris)']);
  });
});

describe('Sobol designs', () => {
  it('makes blocks of A, A with each parameter from B, then B', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 12 }), fc.string({ maxLength: 4 }), (k, n, seed) => {
        const parameters = Array.from({ length: k }, (_, i) => `  p${i}: { min: 0, max: ${i + 1} }\n`).join('');
        const design = designOf(sweep(`method: sobol\nsamples: ${n}\nparameters:\n${parameters}`), seed);
        expect(design.samples).toBe(n);
        expect(design.points).toHaveLength(n * (k + 2));
        for (let j = 0; j < n; j++) {
          const block = design.points.slice(j * (k + 2), (j + 1) * (k + 2));
          const [a, b] = [block[0]!, block[k + 1]!];
          for (let i = 0; i < k; i++) expect(block[i + 1]).toEqual(a.map((v, m) => (m === i ? b[i] : v)));
        }
        expect(designOf(sweep(`method: sobol\nsamples: ${n}\nparameters:\n${parameters}`), seed)).toEqual(design);
      }),
      { numRuns: 40 },
    );
  });

  it("takes A and B from the Sobol sequence's 2k dimensions, its all-zero first point skipped, whatever the seed", () => {
    const design = designOf(sweep('method: sobol\nsamples: 3\nparameters:\n  a: { min: 0, max: 1 }\n  b: { min: 10, max: 20 }\n'), '1');
    // scipy.stats.qmc.Sobol(d=4, scramble=False).random(4)[1:] = [.5 .5 .5 .5], [.75 .25 .25 .25], [.25 .75 .75 .75]
    expect(design.points.filter((_, i) => i % 4 === 0)).toEqual([[0.5, 15], [0.75, 12.5], [0.25, 17.5]]);
    expect(design.points.filter((_, i) => i % 4 === 3)).toEqual([[0.5, 15], [0.25, 12.5], [0.75, 17.5]]);
    expect(designOf(sweep('method: sobol\nsamples: 3\nparameters:\n  a: { min: 0, max: 1 }\n  b: { min: 10, max: 20 }\n'), '2')).toEqual(design);
  });

  it('adds B with each parameter from A before B with secondOrder (SALib’s calc_second_order), and refuses secondOrder elsewhere', () => {
    const design = designOf(sweep('method: sobol\nsamples: 2\nsecondOrder: true\nparameters:\n  a: { min: 0, max: 1 }\n  b: { min: 10, max: 20 }\n'), '1');
    expect(design.secondOrder).toBe(true);
    // Base sample 1: A = (0.5, 15), B = (0.5, 15); base sample 2: A = (0.75, 12.5), B = (0.25, 12.5).
    expect(design.points.slice(6)).toEqual([[0.75, 12.5], [0.25, 12.5], [0.75, 12.5], [0.75, 12.5], [0.25, 12.5], [0.25, 12.5]]);
    expect(design.points).toHaveLength(2 * 6);
    expect(problems('method: lhs\npoints: 4\nsecondOrder: true\nparameters:\n  a: { min: 0, max: 1 }\n')).toEqual(['secondOrder: not used by lhs (only by sobol)']);
    expect(designOf(sweep('method: sobol\nsamples: 2\nparameters:\n  a: { min: 0, max: 1 }\n'), '1').secondOrder).toBeUndefined();
  });

  it('refuses more than 20 parameters (the Sobol sequence has 40 dimensions)', () => {
    const parameters = Array.from({ length: 21 }, (_, i) => `  p${i}: { min: 0, max: 1 }\n`).join('');
    expect(problems(`method: sobol\nsamples: 8\nparameters:\n${parameters}`)).toEqual(['parameters: sobol takes at most 20 parameters (its Sobol sequence has 40 dimensions), not 21']);
    expect(problems(`method: lhs\npoints: 8\nparameters:\n${parameters}`)).toEqual([]);
  });

  it('asks for samples with sobol, and refuses points there and samples elsewhere', () => {
    expect(problems('method: sobol\nparameters:\n  a: { min: 0, max: 1 }\n')).toEqual(['samples: required by sobol']);
    expect(problems('method: sobol\nsamples: 8\npoints: 4\nparameters:\n  a: { min: 0, max: 1 }\n')).toEqual(['points: not used by sobol (samples × (parameters + 2) gives the points)']);
    expect(problems('method: lhs\npoints: 4\nsamples: 8\nparameters:\n  a: { min: 0, max: 1 }\n')).toEqual(['samples: not used by lhs (only by sobol)']);
  });
});

describe('distributions of swept ranges', () => {
  // Quantiles at these probabilities from scipy 1.10 (norm.ppf, truncnorm.ppf, triang.ppf, loguniform.ppf), rounded to 9 decimals.
  const US = [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99];
  const SCIPY: [string, Distribution, number[]][] = [
    ['normal(2, 0.5)', { kind: 'normal', mean: 2, sd: 0.5, min: -Infinity, max: Infinity }, [0.836826063, 1.359224217, 1.662755125, 2.0, 2.337244875, 2.640775783, 3.163173937]],
    ['normal(2, 0.5) on [1, 2.6]', { kind: 'normal', mean: 2, sd: 0.5, min: 1, max: 2.6 }, [1.069498907, 1.383982893, 1.644101397, 1.942017614, 2.219108187, 2.418515289, 2.578364687]],
    ['normal(0, 1) above 3', { kind: 'normal', mean: 0, sd: 1, min: 3, max: Infinity }, [3.003059909, 3.03194727, 3.086563483, 3.205154921, 3.399557844, 3.642522276, 4.197414438]],
    ['triangular(0, 1, 4)', { kind: 'triangular', min: 0, mode: 1, max: 4 }, [0.2, 0.632455532, 1.0, 1.550510257, 2.267949192, 2.904554885, 3.653589838]],
    ['log-uniform(0.01, 100)', { kind: 'log-uniform', min: 0.01, max: 100 }, [0.010964782, 0.025118864, 0.1, 1.0, 10.0, 39.810717055, 91.201083936]],
  ];

  it.each(SCIPY)('gives the quantiles of %s as scipy does', (_, d, expected) => {
    US.forEach((u, k) => expect(quantile(d, u), `u = ${u}`).toBeCloseTo(expected[k]!, 8));
  });

  it('places grid and Morris levels at evenly spaced quantiles, from the lowest value to the highest', () => {
    const design = designOf(sweep('method: grid\nparameters:\n  a: { distribution: triangular, min: 0, mode: 1, max: 4, levels: 5 }\n  b: { distribution: log-uniform, min: 0.01, max: 100, levels: 3 }\n'), '1');
    expect(new Set(design.points.map((p) => p[0]))).toEqual(new Set([0, 1, 1.550510257, 2.267949192, 4]));
    expect(new Set(design.points.map((p) => p[1]))).toEqual(new Set([0.01, 1, 100]));
    const morris = designOf(sweep('method: morris\ntrajectories: 6\nparameters:\n  a: { distribution: normal, mean: 2, sd: 0.5, min: 1, max: 2.6 }\n'), '1');
    expect(new Set(morris.points.map((p) => p[0]))).toEqual(new Set([1, 2.6, ...[1 / 3, 2 / 3].map((u) => Number(quantile({ kind: 'normal', mean: 2, sd: 0.5, min: 1, max: 2.6 }, u).toFixed(9)))]));
  });

  it('samples every method from the distribution: random, lhs and sobol points follow its quantiles', () => {
    for (const [method, size] of [['random', 'points: 4000'], ['lhs', 'points: 4000'], ['sobol', 'samples: 2000']] as const) {
      const design = designOf(sweep(`method: ${method}\n${size}\nparameters:\n  a: { distribution: normal, mean: 2, sd: 0.5 }\n  b: { distribution: triangular, min: 0, mode: 1, max: 4 }\n  c: { distribution: log-uniform, min: 0.01, max: 100 }\n`), 'q');
      const column = (k: number) => design.points.map((p) => Number(p[k])).sort((x, y) => x - y);
      const at = (xs: number[], u: number) => xs[Math.floor(u * xs.length)]!;
      // The sample's quartiles within a few standard errors of the distribution's (SciPy's values above).
      expect(at(column(0), 0.25), method).toBeCloseTo(1.662755125, 1);
      expect(at(column(0), 0.75), method).toBeCloseTo(2.337244875, 1);
      expect(at(column(1), 0.5), method).toBeCloseTo(1.550510257, 1);
      expect(Math.log10(at(column(2), 0.25)), method).toBeCloseTo(-1, 1);
      expect(Math.min(...column(1)), method).toBeGreaterThanOrEqual(0);
      expect(Math.min(...column(2)), method).toBeGreaterThanOrEqual(0.01);
    }
  });

  it('keeps a truncated or whole-number normal within its bounds, and lists only finite extremes', async () => {
    const { extremes } = await import('../../src/batch/sweep.js');
    const s = sweep('method: random\npoints: 500\nparameters:\n  a: { distribution: normal, mean: 3, sd: 2, min: 2.5, max: 5.5, integer: true }\n  b: { distribution: normal, mean: 0, sd: 1, min: 0 }\n');
    const design = designOf(s, 'z');
    expect(new Set(design.points.map((p) => p[0]))).toEqual(new Set([3, 4, 5]));
    expect(design.points.every((p) => Number(p[1]) >= 0 && Number.isFinite(p[1]))).toBe(true);
    expect(extremes(s)).toEqual([['a', 3], ['a', 5], ['b', 0]]);
  });

  it('refuses what leaves no value, or a field the distribution does not use, naming the field', () => {
    const range = (r: string, method = 'lhs\npoints: 3') => problems(`method: ${method}\nparameters:\n  a: ${r}\n`);
    expect(range('{ distribution: normal, mean: 1, sd: 0 }')).toEqual(['parameters.a.sd: must be above 0']);
    expect(range('{ distribution: normal, mean: 1, sd: -2 }')).toEqual(['parameters.a.sd: must be above 0']);
    expect(range('{ distribution: normal, mean: 1 }')).toEqual(['parameters.a.sd: required by a normal range']);
    expect(range('{ distribution: normal, mean: 1, sd: 1, min: 3, max: 3 }')).toEqual(['parameters.a.max: must exceed min']);
    expect(range('{ distribution: normal, mean: 1, sd: 2, min: 90 }')).toEqual(['parameters.a.min: the truncation [90, ∞) lies too far in a tail of the normal (mean 1, sd 2) to hold any of its probability']);
    expect(range('{ distribution: normal, mean: 1, sd: 1, mode: 1 }')).toEqual(['parameters.a.mode: not used by a normal range']);
    expect(range('{ distribution: triangular, min: 0, mode: 5, max: 4 }')).toEqual(['parameters.a.mode: must lie within [min, max] = [0, 4]']);
    expect(range('{ distribution: triangular, min: 4, mode: 4, max: 4 }')).toEqual(['parameters.a.max: must exceed min']);
    expect(range('{ distribution: triangular, min: 0, max: 4 }')).toEqual(['parameters.a.mode: required by a triangular range']);
    expect(range('{ distribution: log-uniform, min: 0, max: 4 }')).toEqual(['parameters.a.min: must be above 0 (a log-uniform range is uniform in the logarithm)']);
    expect(range('{ distribution: log-uniform, min: 5, max: 4 }')).toEqual(['parameters.a.max: must exceed min']);
    expect(range('{ min: 1, mean: 2, max: 3 }')).toEqual(['parameters.a.mean: not used by a uniform range']);
    expect(range('{ min: 3 }')).toEqual(['parameters.a.max: required by a uniform range']);
    expect(range('{ distribution: cauchy, min: 1, max: 2 }')).toEqual([expect.stringMatching(/^parameters\.a\.distribution: Invalid option: expected one of "uniform"\|"normal"\|"triangular"\|"log-uniform"$/)]);
    expect(range('{ values: 3 }')).toEqual([expect.stringMatching(/^parameters\.a\.values: .*expected array/)]);
    expect(range('{ distribution: normal, mean: 0, sd: 1, max: 2 }', 'grid')).toEqual(['parameters.a.min: required by grid for a normal range (its levels run from the lowest value to the highest)']);
    expect(range('{ distribution: normal, mean: 0, sd: 1, min: -2 }', 'morris\ntrajectories: 2')).toEqual(['parameters.a.max: required by morris for a normal range (its levels run from the lowest value to the highest)']);
  });

  it('keeps the parsed form (and so the hash) of a sweep written before distributions', () => {
    expect(sweep('method: lhs\npoints: 2\nparameters:\n  a: { min: 1, max: 2 }\n').parameters['a']).toEqual({ min: 1, max: 2, integer: false });
  });
});

describe('PRIM settings in a sweep file', () => {
  it('reads a discovery block and refuses settings out of bounds, naming the field', () => {
    const s = sweep('method: lhs\npoints: 4\ndiscovery: { alpha: 0.2, minMass: 0.1, minCoverage: 0.8 }\nparameters:\n  a: { min: 0, max: 1 }\n');
    expect(s.discovery).toEqual({ alpha: 0.2, minMass: 0.1, minCoverage: 0.8 });
    const bad = (block: string) => problems(`method: lhs\npoints: 4\ndiscovery: ${block}\nparameters:\n  a: { min: 0, max: 1 }\n`);
    expect(bad('{ alpha: 0 }')).toEqual([expect.stringMatching(/^discovery\.alpha: Too small: expected number to be >0$/)]);
    expect(bad('{ alpha: 0.6 }')).toEqual([expect.stringMatching(/^discovery\.alpha: Too big: expected number to be <=0\.5$/)]);
    expect(bad('{ minMass: 1 }')).toEqual([expect.stringMatching(/^discovery\.minMass: Too big/)]);
    expect(bad('{ minCoverage: -0.1 }')).toEqual([expect.stringMatching(/^discovery\.minCoverage: Too small/)]);
    expect(bad('{ minCoverage: 1.5 }')).toEqual([expect.stringMatching(/^discovery\.minCoverage: Too big/)]);
    expect(bad('{ peel: 0.1 }')).toEqual(['discovery.peel: unknown key (not part of the sweep format)']);
  });

  it('passes them to PRIM: the summary peels as discover() does with the same settings, not with its defaults', () => {
    // 20 points of x in 0 … 0.95, the outcome more frequent as x grows.
    const design: Design = { paths: ['x'], points: Array.from({ length: 20 }, (_, k) => [k / 20]), replications: 10 };
    const hits = (k: number) => Math.min(10, Math.floor(k / 2));
    const points = design.points.map(([x], k) => ({ parameters: { x: x! }, runs: 10, hits: hits(k) }));
    const settings = sweep('method: lhs\npoints: 20\ndiscovery: { alpha: 0.3, minMass: 0.2, minCoverage: 0.9 }\nparameters:\n  x: { min: 0, max: 1 }\n').discovery!;
    const summarizer = new BatchSummarizer(design, settings);
    design.points.forEach((_, k) => {
      for (let r = 0; r < 10; r++) summarizer.add({ run: k * 10 + r, point: k, replication: r, seed: `s/${r}`, x: k / 20, hit: r < hits(k), error: '' });
    });
    const found = summarizer.summary().discovery.find((d) => d.outcome === 'hit')!;
    expect(found).toEqual(discover('hit', points, settings));
    expect(found).not.toEqual(discover('hit', points));
    expect(found.trajectory.at(-1)!.mass).toBeGreaterThanOrEqual(0.2);
    expect(found.trajectory[found.chosen]!.coverage).toBeGreaterThanOrEqual(0.9);
  });
});
