import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { afterEach, describe, expect, it } from 'vitest';
import { parquetType, writeRunsParquet } from '../../../src/cli/batch/runs-parquet.js';
import type { Manifest } from '../../../src/cli/batch/manifest.js';
import { UserError } from '../../../src/cli/errors.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folderWith(rows: readonly Record<string, unknown>[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'geneva-parquet-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'runs.jsonl'), rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return dir;
}

const columns = ['run', 'seed', 'x', 'inForce', 'harm', 'mixed', 'empty', 'signedBy', 'error'];
const manifest = {
  format: 'geneva-batch',
  engine: '0.1.0',
  scenario: { id: 'rsa-2017', hash: 'abc' },
  sweep: null,
  seed: '1',
  runs: 5,
  seeds: 'run i plays …',
  columns,
} as unknown as Manifest;

const rows = [
  { run: 0, seed: '1/0', x: 1, inForce: true, harm: 0.5, mixed: 1, empty: null, signedBy: 'usa;gbr', error: '' },
  { run: 1, seed: '1/1', x: 2, inForce: false, harm: 2, mixed: 'a', empty: null, signedBy: '', error: '' },
  // A failed run: no outcome at all in its JSON line.
  { run: 2, seed: '1/2', x: 3, empty: null, faults: null, error: 'bot.mjs (seat usa) made no decision for 1000 ms (hung)' },
  { run: 3, seed: '1/3', x: 4, inForce: true, harm: 1.25, mixed: true, empty: null, signedBy: 'usa', error: '' },
  { run: 4, seed: '1/4', x: 5, inForce: false, harm: 0, mixed: 2.5, empty: null, signedBy: 'fra', error: '' },
];

async function readBack(dir: string) {
  const buffer = readFileSync(join(dir, 'runs.parquet'));
  const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  return { metadata: parquetMetadata(file), rows: await parquetReadObjects({ file }) };
}

describe('parquetType', () => {
  it('types a column by everything it held', () => {
    const none = { integers: false, fractions: false, booleans: false, strings: false };
    expect(parquetType({ ...none, integers: true })).toBe('INT64');
    expect(parquetType({ ...none, integers: true, fractions: true })).toBe('DOUBLE');
    expect(parquetType({ ...none, fractions: true })).toBe('DOUBLE');
    expect(parquetType({ ...none, booleans: true })).toBe('BOOLEAN');
    expect(parquetType({ ...none, strings: true })).toBe('STRING');
    expect(parquetType({ ...none, integers: true, booleans: true })).toBe('STRING');
    expect(parquetType({ ...none, integers: true, strings: true })).toBe('STRING');
    expect(parquetType(none)).toBe('STRING');
  });
});

describe('writeRunsParquet', () => {
  it('writes every row in typed, nullable columns, in row groups, with the batch in its metadata', async () => {
    const dir = folderWith(rows);
    expect(await writeRunsParquet(dir, manifest, { rowGroup: 2 })).toBe(5);
    const { metadata, rows: back } = await readBack(dir);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([2, 2, 1]);
    const types = Object.fromEntries(metadata.schema.slice(1).map((e) => [e.name, e.type]));
    expect(types).toEqual({ run: 'INT64', seed: 'BYTE_ARRAY', x: 'INT64', inForce: 'BOOLEAN', harm: 'DOUBLE', mixed: 'BYTE_ARRAY', empty: 'BYTE_ARRAY', signedBy: 'BYTE_ARRAY', error: 'BYTE_ARRAY' });
    expect(metadata.schema.slice(1).every((e) => e.repetition_type === 'OPTIONAL')).toBe(true);
    expect(back.map((r) => Number(r['run']))).toEqual([0, 1, 2, 3, 4]);
    expect(back.map((r) => r['harm'])).toEqual([0.5, 2, null, 1.25, 0]);
    expect(back.map((r) => r['inForce'])).toEqual([true, false, null, true, false]);
    expect(back.map((r) => r['mixed'])).toEqual(['1', 'a', null, 'true', '2.5']);
    expect(back.map((r) => r['empty'])).toEqual([null, null, null, null, null]);
    expect(back[2]!['error']).toBe(rows[2]!.error);
    expect(back[1]!['signedBy']).toBe('');
    const provenance = JSON.parse(metadata.key_value_metadata!.find((kv) => kv.key === 'geneva.batch')!.value!) as Record<string, unknown>;
    expect(provenance).toMatchObject({ engine: '0.1.0', scenario: { id: 'rsa-2017', hash: 'abc' }, seed: '1', runs: 5 });
    expect(readdirSync(dir).sort()).toEqual(['runs.jsonl', 'runs.parquet']);
  });

  it('refuses a runs.jsonl line that is not a row, naming the file and line, and leaves no partial file', async () => {
    const dir = folderWith(rows.slice(0, 2));
    writeFileSync(join(dir, 'runs.jsonl'), `${readFileSync(join(dir, 'runs.jsonl'), 'utf8')}{"run":2,"se\n`);
    const failure = writeRunsParquet(dir, manifest);
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(/runs\.jsonl: line 3: not a row \(/);
    expect(existsSync(join(dir, 'runs.parquet'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['runs.jsonl']);
  });
});
