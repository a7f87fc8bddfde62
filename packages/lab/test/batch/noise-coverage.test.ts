import { describe, expect, it } from 'vitest';
import { formatProblem, nextFloat, seedRng, type RngState } from '@geneva/engine';
import { BatchSummarizer, type BatchSummary } from '../../src/batch/summary.js';
import { designOf, parseSweep, type Design } from '../../src/batch/sweep.js';

/**
 * A synthetic stochastic simulator with known indices, played as a batch plays: replication r has the
 * same seed at every point (common random numbers). Its mean is g(x) = 4·x1 + 2·x2 (x3 does nothing),
 * so over [0, 1]³ S1 = ST = 0.8, 0.2, 0; its noise, s(x)·(0.6·z_r + 0.8·w_{p,r}) with
 * s(x) = 0.5 + 2·x3, has a part shared by every point of a replication (z_r) whose scale depends on x3:
 * one set of seeds gives x3 an effect it does not have.
 */
const TRUTH = { x1: 0.8, x2: 0.2, x3: 0 } as const;

function design(samples: number, replications: number): Design {
  const result = parseSweep(`method: sobol\nsamples: ${samples}\nreplications: ${replications}\nparameters:\n  x1: { min: 0, max: 1 }\n  x2: { min: 0, max: 1 }\n  x3: { min: 0, max: 1 }\n`, 's.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return designOf(result.sweep, '1');
}

function normal(rng: RngState): number {
  return Math.sqrt(-2 * Math.log(1 - nextFloat(rng))) * Math.cos(2 * Math.PI * nextFloat(rng));
}

/** The summary of the model played over the design with the batch seed `seed`; `shared`: the weight of z_r in the noise. */
function play(d: Design, seed: string, noise = 1, shared = 0.6): BatchSummary {
  const rng = seedRng(`noise-test/${seed}`);
  const common = Array.from({ length: d.replications }, () => normal(rng));
  const own = Math.sqrt(1 - shared * shared);
  const summarizer = new BatchSummarizer(d);
  d.points.forEach((values, point) => {
    const [x1, x2, x3] = values as number[];
    for (let r = 0; r < d.replications; r++) {
      const e = noise * (0.5 + 2 * x3!) * (shared * common[r]! + own * normal(rng));
      summarizer.add({ run: point * d.replications + r, point, replication: r, seed: `${seed}/${r}`, y: 4 * x1! + 2 * x2! + e, error: '' });
    }
  });
  return summarizer.summary();
}

describe('Sobol intervals that include the seeds’ variance', () => {
  const d = design(128, 8);

  it('cover the true indices of the mean function in at least 90% of 40 seeded batches', () => {
    let [covered, total] = [0, 0];
    for (let rep = 0; rep < 40; rep++) {
      for (const e of play(d, String(rep)).sobol) {
        const truth = TRUTH[e.parameter as keyof typeof TRUTH];
        covered += Number(Math.abs(e.s1 - truth) <= e.s1Conf) + Number(Math.abs(e.st - truth) <= e.stConf);
        total += 2;
      }
    }
    expect(total).toBe(40 * 6);
    expect(covered / total, `${covered} of ${total} covered`).toBeGreaterThanOrEqual(0.9);
  });

  it('agree between two seeds within their combined intervals, even where the seeds shared by every point dominate the noise (20 pairs of seeds: at most 5% of the indices beyond)', () => {
    // Four replications and noise nearly all shared: one set of seeds then gives x3 a sizeable effect of its own.
    const few = design(128, 4);
    let [beyond, total, missing] = [0, 0, 0];
    for (let pair = 0; pair < 20; pair++) {
      const [a, b] = [play(few, `one/${pair}`, 3, 0.95).sobol, play(few, `two/${pair}`, 3, 0.95).sobol];
      // A batch whose noise swamps the point means gets no indices (and a warning): nothing to compare.
      if (a.length === 0 || b.length === 0) {
        missing++;
        continue;
      }
      for (const x of a) {
        const y = b.find((e) => e.parameter === x.parameter)!;
        beyond += Number(Math.abs(x.s1 - y.s1) > x.s1Conf + y.s1Conf) + Number(Math.abs(x.st - y.st) > x.stConf + y.stConf);
        total += 2;
      }
    }
    expect(missing, 'pairs with a batch without indices').toBeLessThanOrEqual(2);
    expect(beyond / total, `${beyond} of ${total} beyond`).toBeLessThanOrEqual(0.05);
  });
});
