import { describe, expect, it } from 'vitest';
import { BatchSummarizer } from '../../../src/batch/summary.js';
import type { Design } from '../../../src/batch/sweep.js';
import type { Manifest } from '../../../src/cli/batch/manifest.js';
import { markdownOf } from '../../../src/cli/batch/summary-files.js';

/** A batch of `points` points × 1 run on made-up rows: civilianHarm = harm(point), inForce = harm above 100. */
function markdown(points: number, harm: (point: number) => number): string[] {
  const design: Design = { paths: ['x'], points: Array.from({ length: points }, (_, p) => [p / 10]), replications: 1 };
  const manifest = { scenario: { id: 'made-up', hash: 'abc' }, seed: '1', runs: points, design, sweep: null, engine: '0.0.0' } as unknown as Manifest;
  const summarizer = new BatchSummarizer(design);
  for (let p = 0; p < points; p++) summarizer.add({ run: p, point: p, replication: 0, seed: '1/0', x: p / 10, civilianHarm: harm(p), inForce: harm(p) > 100, error: '' });
  return markdownOf(manifest, summarizer.summary());
}

describe('summary.md', () => {
  it('lists every point of a design of up to 20, each with its own section', () => {
    const lines = markdown(20, (p) => p);
    expect(lines).toContain('## Key outcomes by point');
    expect(lines.filter((l) => l.startsWith('## Point '))).toHaveLength(20);
    // One run a point: no spread, no interval, and a sentence saying so.
    expect(lines).toContain('| civilianHarm | 7.0000 | – | – |');
    expect(lines).toContain('With one run, a mean has no standard deviation and no interval (–): more replications give them.');
  });

  it('shows a larger design by the points at each end of each key outcome, saying why, and where the rest is', () => {
    // Harm peaks in the middle of the design, so its highest and lowest points are not the first ones.
    const lines = markdown(2000, (p) => -Math.abs(p - 1000));
    expect(lines.length).toBeLessThan(40);
    expect(lines.some((l) => l.startsWith('## Point '))).toBe(false);
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    // The three highest are 999, 1000, 1001 (−1, 0, −1); the three lowest 0, 1, 1999 (−1000, −999, −999).
    expect(rows.map((r) => Number(r.split('|')[1]))).toEqual([0, 1, 999, 1000, 1001, 1999]);
    expect(rows.find((r) => r.startsWith('| 1000 |'))).toMatch(/\| civilianHarm high \|$/);
    expect(lines.join('\n')).toMatch(/2000 design points are too many to list here\. These 6 are/);
    expect(lines.at(-1)).toMatch(/are in points\.csv, one row per point \(2000 rows\)/);
  });

  it('says so when no key outcome varies over a large design', () => {
    const lines = markdown(30, () => 5);
    expect(lines).toContain('None of the key outcomes varies over the 30 design points: point 0 shows the values they all have; every point is in points.csv.');
    expect(lines.filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(1);
  });
});
