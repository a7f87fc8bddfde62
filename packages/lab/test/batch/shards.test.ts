import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, shardRange } from '../../src/batch/shards.js';

describe('parseShard', () => {
  it('reads K/N with K from 1 to N, and says why anything else is not a shard', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    expect(parseShard('0/3')).toBe('K must be from 1 to N (3)');
    expect(parseShard('4/3')).toBe('K must be from 1 to N (3)');
    expect(parseShard('1/0')).toBe('N must be at least 1');
    for (const bad of ['2', '2/', '/3', 'a/b', '1.5/3', '-1/3']) expect(parseShard(bad)).toMatch(/^expected K\/N/);
  });
});

describe('shardRange', () => {
  it('cuts the runs into contiguous slices, in order, every run in one shard, sizes one apart at most', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 50 }), (runs, n) => {
        fc.pre(n <= runs);
        const ranges = Array.from({ length: n }, (_, k) => shardRange(runs, { index: k + 1, count: n }));
        expect(ranges[0]!.first).toBe(0);
        expect(ranges[n - 1]!.end).toBe(runs);
        ranges.forEach((r, k) => k > 0 && expect(r.first).toBe(ranges[k - 1]!.end));
        const sizes = ranges.map((r) => r.end - r.first);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        // As documented: run i is in shard ⌊i·N / runs⌋ + 1.
        for (const i of [0, runs - 1, Math.floor(runs / 2)]) {
          const r = ranges[Math.floor((i * n) / runs)]!;
          expect(i >= r.first && i < r.end).toBe(true);
        }
      }),
    );
  });

  it('gives the slices of the example', () => {
    expect([1, 2, 3].map((index) => shardRange(200, { index, count: 3 }))).toEqual([
      { first: 0, end: 67 },
      { first: 67, end: 134 },
      { first: 134, end: 200 },
    ]);
  });
});
