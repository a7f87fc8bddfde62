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

/** The summary of the model played over the design with the batch seed `seed`. */
function play(d: Design, seed: string, noise = 1): BatchSummary {
  const rng = seedRng(`noise-test/${seed}`);
  const shared = Array.from({ length: d.replications }, () => normal(rng));
  const summarizer = new BatchSummarizer(d);
  d.points.forEach((values, point) => {
    const [x1, x2, x3] = values as number[];
    for (let r = 0; r < d.replications; r++) {
      const e = noise * (0.5 + 2 * x3!) * (0.6 * shared[r]! + 0.8 * normal(rng));
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

  it('agree between two seeds within their combined intervals', () => {
    const [a, b] = [play(d, 'one').sobol, play(d, 'two').sobol];
    for (const x of a) {
      const y = b.find((e) => e.parameter === x.parameter)!;
      expect(Math.abs(x.s1 - y.s1), `S1 ${x.parameter}`).toBeLessThanOrEqual(x.s1Conf + y.s1Conf);
      expect(Math.abs(x.st - y.st), `ST ${x.parameter}`).toBeLessThanOrEqual(x.stConf + y.stConf);
    }
  });
});
