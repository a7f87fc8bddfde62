import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RowBlocks } from '../../../src/batch/row-blocks.js';
import { RunFiles } from '../../../src/cli/batch/run-files.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function blockOf(first: number, count: number) {
  const blocks = new RowBlocks();
  for (let run = first; run < first + count; run++) blocks.add(run, { csv: `${run}`, json: `{"run":${run}}` }, false);
  return blocks.take()[0]!;
}

describe('RunFiles', () => {
  it('writes blocks in run order whatever order they come in, each as soon as the runs before it are in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geneva-run-files-'));
    dirs.push(dir);
    const files = RunFiles.create(dir, ['run']);
    files.add(blockOf(3, 2));
    files.flush();
    expect(files.written).toBe(0);
    files.add(blockOf(0, 3));
    files.flush();
    expect(files.written).toBe(5);
    files.add(blockOf(7, 1));
    files.add(blockOf(5, 2));
    files.flush();
    files.close();
    expect(readFileSync(join(dir, 'runs.csv'), 'utf8')).toBe('run\n0\n1\n2\n3\n4\n5\n6\n7\n');
    expect(readFileSync(join(dir, 'runs.jsonl'), 'utf8').split('\n').slice(0, -1).map((line) => (JSON.parse(line) as { run: number }).run)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
