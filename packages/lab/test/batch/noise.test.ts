import { describe, expect, it } from 'vitest';
import { formatProblem, nextFloat, seedRng, type RngState } from '@geneva/engine';
import { BatchSummarizer, type BatchSummary } from '../../src/batch/summary.js';
import { designOf, parseSweep } from '../../src/batch/sweep.js';
import { sensitivityWarnings } from '../../src/batch/warnings.js';
import type { SobolIndices } from '../../src/batch/sobol.js';

function normal(rng: RngState): number {
  return Math.sqrt(-2 * Math.log(1 - nextFloat(rng))) * Math.cos(2 * Math.PI * nextFloat(rng));
}

/** y = 4·x1 + 2·x2 + σ·w, w independent standard normal: Var g = 20/12 over [0, 1]², noise σ². */
function play(method: string, replications: number, sigma: number): BatchSummary {
  const size = method === 'sobol' ? 'samples: 256' : 'trajectories: 200';
  const result = parseSweep(`method: ${method}\n${size}\nreplications: ${replications}\nparameters:\n  x1: { min: 0, max: 1 }\n  x2: { min: 0, max: 1 }\n`, 's.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const design = designOf(result.sweep, '3');
  const rng = seedRng(`noise/${method}/${sigma}`);
  const summarizer = new BatchSummarizer(design);
  design.points.forEach((values, point) => {
    const [x1, x2] = values as number[];
    for (let r = 0; r < replications; r++) summarizer.add({ run: point * replications + r, point, replication: r, seed: `3/${r}`, y: 4 * x1! + 2 * x2! + sigma * normal(rng), error: '' });
  });
  return summarizer.summary();
}

describe('the noise share of an outcome', () => {
  it('is the known share for a model with known noise, over single runs and over point means', () => {
    const { noise } = play('sobol', 8, 1);
    const y = noise!.find((n) => n.outcome === 'y')!;
    // Single runs: σ² / (Var g + σ²) = 1 / (20/12 + 1) = 0.375. Point means of 8 runs: (1/8) / (20/12 + 1/8) = 0.0698.
    expect(y.within).toBeCloseTo(1, 1);
    expect(y.runShare).toBeCloseTo(0.375, 1);
    expect(y.meanShare).toBeCloseTo(0.0698, 2);
    expect(y.replications).toBe(8);
  });

  it('cannot be told with one replication a point, and is absent for designs without indices', () => {
    expect(play('sobol', 1, 1).noise).toBeNull();
    const lhs = parseSweep('method: lhs\npoints: 10\nparameters:\n  a: { min: 0, max: 1 }\n', 'l.yaml');
    if (!lhs.ok) throw new Error('bad sweep');
    expect(new BatchSummarizer(designOf(lhs.sweep, '1')).summary().noise).toBeUndefined();
  });

  it('warns where noise dominates the point means (Sobol and Morris), with the replications that would tame it', () => {
    // Sobol: Var g = 20/12 and (36/4) / (20/12 + 36/4) = 0.84; 80% signal needs 4 × 36 / (20/12) ≈ 86 replications.
    // Morris's points sit on 4 levels (0, 1/3, 2/3, 1), where Var g = 20 × 5/36 = 2.78: 9 / (2.78 + 9) = 0.76, ≈ 52 replications.
    for (const [method, share] of [['sobol', 0.84], ['morris', 0.76]] as const) {
      const { warnings, noise } = play(method, 4, 6);
      const y = noise!.find((n) => n.outcome === 'y')!;
      expect(y.meanShare, method).toBeCloseTo(share, 1);
      const line = warnings!.find((w) => w.startsWith('y: noise is'))!;
      expect(line, method).toMatch(/^y: noise is [78]\d% of the variance of the point means \(noise is \d\d% of a single run's variance\); its indices mostly describe the seeds: about \d+ replications a point \(now 4\) would bring it under 20%\.$/);
      expect(Number(/about (\d+) replications/.exec(line)![1]), method).toBeGreaterThan(30);
      expect(Number(/about (\d+) replications/.exec(line)![1]), method).toBeLessThan(150);
    }
    expect(play('sobol', 8, 1).warnings!.filter((w) => w.startsWith('y: noise'))).toEqual([]);
  });
});

describe("Morris's μ* intervals", () => {
  it('widen with the seeds’ noise, and cover the true μ* of a linear model with little noise', () => {
    const quiet = play('morris', 4, 0.1).morris.find((e) => e.parameter === 'x1')!;
    const noisy = play('morris', 4, 6).morris.find((e) => e.parameter === 'x1')!;
    // The elementary effect of x1 on 4·x1 + 2·x2 is 4 per range everywhere.
    expect(Math.abs(quiet.muStar - 4)).toBeLessThanOrEqual(quiet.muStarConf);
    expect(quiet.muStarConf).toBeGreaterThan(0);
    expect(noisy.muStarConf).toBeGreaterThan(10 * quiet.muStarConf);
  });
});

describe('sensitivityWarnings', () => {
  const index = (s1: number, s1Conf: number, st = 0.5, stConf = 0.1): SobolIndices => ({ parameter: 'rules.quorum', outcome: 'civilianHarm', s1, s1Conf, st, stConf, samples: 256 });

  it('flags an index outside [0, 1] beyond its interval, and those within it in one line', () => {
    expect(sensitivityWarnings(null, [index(1.067, 0.02)])).toEqual([
      'civilianHarm: S1 of rules.quorum is 1.067 ± 0.020, outside [0, 1]: beyond its interval, so the estimate is off; more base samples (or replications) are needed.',
    ]);
    expect(sensitivityWarnings(null, [index(-0.004, 0.128, 1.094, 0.2)])).toEqual([
      "2 estimates fall outside [0, 1] by less than their interval's half-width (civilianHarm: S1 of rules.quorum is -0.004 ± 0.128; civilianHarm: ST of rules.quorum is 1.094 ± 0.200): read them as 0 or 1 within noise.",
    ]);
    const many = [0.1, 0.2, 0.3, 0.4].map((c) => index(-0.01, c));
    expect(sensitivityWarnings(null, many)[0]).toMatch(/^4 estimates fall outside .*; and 1 more, in summary\.json\): read them/);
    expect(sensitivityWarnings(null, [index(0, 0.1, 1, 0.1)])).toEqual([]);
    // A batch-level outcome's warning comes before a per-actor breakdown's, however far off the latter.
    const actor = { ...index(-18.3, 1.6), outcome: 'welfareBy.ind' };
    expect(sensitivityWarnings(null, [actor, index(1.067, 0.02)]).map((w) => w.split(':')[0])).toEqual(['civilianHarm', 'welfareBy.ind']);
    const pair = { parameters: ['rules.quorum', 'rules.sanction'] as const, outcome: 'inForce', s2: -0.3, s2Conf: 0.1, samples: 64 };
    expect(sensitivityWarnings(null, [], [pair])).toEqual([
      'inForce: S2 of rules.quorum × rules.sanction is -0.300 ± 0.100, outside [0, 1]: beyond its interval, so the estimate is off; more base samples (or replications) are needed.',
    ]);
  });
});
