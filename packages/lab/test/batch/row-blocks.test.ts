import { describe, expect, it } from 'vitest';
import { RowBlocks } from '../../src/batch/row-blocks.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const row = (run: number, extra = '') => ({ csv: `${run},${extra}`, json: `{"run":${run},"x":"${extra}"}` });

describe('RowBlocks', () => {
  it('puts consecutive runs in one block, each line with its newline, and counts the failed ones', () => {
    const blocks = new RowBlocks();
    blocks.add(4, row(4), false);
    blocks.add(5, row(5), true);
    blocks.add(6, row(6), false);
    const [block, ...more] = blocks.take();
    expect(more).toEqual([]);
    expect(block).toMatchObject({ first: 4, count: 3, failed: 1 });
    expect(text(block!.csv)).toBe('4,\n5,\n6,\n');
    expect(text(block!.json)).toBe('{"run":4,"x":""}\n{"run":5,"x":""}\n{"run":6,"x":""}\n');
  });

  it('starts a new block where a run does not follow the last (a chunk played again without its hung game)', () => {
    const blocks = new RowBlocks();
    for (const run of [10, 11, 13, 14]) blocks.add(run, row(run), false);
    const taken = blocks.take();
    expect(taken.map((b) => [b.first, b.count])).toEqual([
      [10, 2],
      [13, 2],
    ]);
    expect(text(taken[1]!.csv)).toBe('13,\n14,\n');
  });

  it('encodes text as UTF-8 and grows past its first buffer', () => {
    const blocks = new RowBlocks();
    const long = 'é✓'.repeat(40_000);
    blocks.add(0, row(0, 'Zürich — 東京'), false);
    blocks.add(1, row(1, long), false);
    const [block] = blocks.take();
    expect(text(block!.csv)).toBe(`0,Zürich — 東京\n1,${long}\n`);
    expect(text(block!.json)).toBe(`{"run":0,"x":"Zürich — 東京"}\n{"run":1,"x":"${long}"}\n`);
  });

  it('starts afresh after take, and hands over copies that later rows do not overwrite', () => {
    const blocks = new RowBlocks();
    blocks.add(0, row(0, 'first'), false);
    const [first] = blocks.take();
    blocks.add(1, row(1, 'second'), false);
    const [second] = blocks.take();
    expect(blocks.take()).toEqual([]);
    expect(text(first!.csv)).toBe('0,first\n');
    expect(second).toMatchObject({ first: 1, count: 1 });
    expect(text(second!.csv)).toBe('1,second\n');
  });
});
