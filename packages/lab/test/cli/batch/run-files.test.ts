import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RowBlocks } from '../../../src/batch/row-blocks.js';
import { RunFiles } from '../../../src/cli/batch/run-files.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function blockOf(first: number, count: number) {
  const blocks = new RowBlocks();
  for (let run = first; run < first + count; run++) blocks.add(run, { csv: `${run}`, json: `{"run":${run}}` }, false, seriesOf(run));
  return blocks.take()[0]!;
}

/** Two series lines a run (an odd run failed: none). */
function seriesOf(run: number): string {
  return run % 2 === 1 ? '' : `${run},0,${run},year,2018,incidents,${run}\n${run},0,${run},year,2019,incidents,0`;
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
    expect(readFileSync(join(dir, 'series.csv'), 'utf8')).toBe(`run,point,replication,clock,t,quantity,value\n${[0, 2, 4, 6].map((r) => `${seriesOf(r)}\n`).join('')}`);
  });

  it("resumes series.csv at the runs the run files keep: a killed batch's extra or half-written series lines go", () => {
    const dir = mkdtempSync(join(tmpdir(), 'geneva-run-files-'));
    dirs.push(dir);
    const files = RunFiles.create(dir, ['run']);
    files.add(blockOf(0, 5));
    files.flush();
    files.close();
    const series = readFileSync(join(dir, 'series.csv'), 'utf8');
    // As a kill leaves it: run 4's row half written, series.csv ahead with half a line of run 6.
    writeFileSync(join(dir, 'runs.jsonl'), readFileSync(join(dir, 'runs.jsonl'), 'utf8').slice(0, -4));
    writeFileSync(join(dir, 'series.csv'), `${series}6,0,6,year,20`);
    const { files: resumed, done } = RunFiles.resume(dir);
    expect(done).toBe(4);
    expect(readFileSync(join(dir, 'series.csv'), 'utf8')).toBe(`run,point,replication,clock,t,quantity,value\n${seriesOf(0)}\n${seriesOf(2)}\n`);
    resumed.add(blockOf(4, 2));
    resumed.flush();
    resumed.close();
    expect(readFileSync(join(dir, 'series.csv'), 'utf8')).toBe(`${series}`);
  });
});
