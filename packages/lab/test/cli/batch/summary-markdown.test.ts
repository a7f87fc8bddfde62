import { describe, expect, it } from 'vitest';
import { BatchSummarizer } from '../../../src/batch/summary.js';
import { parseSweep, type Design } from '../../../src/batch/sweep.js';
import type { Manifest } from '../../../src/cli/batch/manifest.js';
import { markdownOf } from '../../../src/cli/batch/summary-files.js';

/** 20 points of x in 0 … 0.95, ten runs each, the outcome more frequent as x grows. */
const design: Design = { paths: ['x'], points: Array.from({ length: 20 }, (_, k) => [k / 20]), replications: 10 };
const hits = (k: number) => Math.min(10, Math.floor(k / 2));

/** summary.md of that batch, drawn with the design seed `designSeed`, under the sweep's `discovery:` block. */
function markdown(discovery: string, designSeed: string): string {
  const parsed = parseSweep(`method: lhs\npoints: 20\nreplications: 10\n${discovery}parameters:\n  x: { min: 0, max: 1 }\n`, 's.yaml');
  if (!parsed.ok) throw new Error('the sweep parses');
  const summarizer = new BatchSummarizer(design, parsed.sweep.discovery ?? {});
  design.points.forEach((_, k) => {
    for (let r = 0; r < 10; r++) summarizer.add({ run: k * 10 + r, point: k, replication: r, seed: `1/${r}`, x: k / 20, hit: r < hits(k), error: '' });
  });
  const manifest = { scenario: { id: 'toy', hash: 'abc' }, seed: '1', designSeed, runs: 200, design, sweep: { file: 's.yaml', hash: 'h', content: parsed.sweep }, engine: '0.1.0' } as unknown as Manifest;
  return markdownOf(manifest, summarizer.summary()).join('\n');
}

describe('summary.md under a sweep\'s PRIM settings and design seed', () => {
  it('names the coverage the chosen box keeps: half by default, the sweep\'s minCoverage otherwise', () => {
    expect(markdown('', '1')).toMatch(/The densest box that keeps at least half of the runs with hit: /);
    const strict = markdown('discovery: { minCoverage: 0.8 }\n', '1');
    expect(strict).toMatch(/The densest box that keeps at least 80\.0% of the runs with hit: /);
    const coverage = Number(/and (\d+\.\d)% of all the runs with hit are in it/.exec(strict)?.[1]);
    expect(coverage).toBeGreaterThanOrEqual(80);
  });

  it('names the design seed beside the seed when they differ, and not otherwise', () => {
    expect(markdown('', '7')).toMatch(/· seed `1` · design seed `7` · 20 design points/);
    expect(markdown('', '1')).toMatch(/· seed `1` · 20 design points/);
  });
});
