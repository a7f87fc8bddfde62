import { describe, expect, it } from 'vitest';
import { batchColumns, batchRow, batchRun, runCount } from '../../src/batch/runs.js';
import { designOf, parseSweep, singlePointDesign } from '../../src/batch/sweep.js';
import { outcomeOf, playGame, ARTICLES } from '@geneva/engine';
import { loadScenario } from '../support/scenarios.js';

const scenario = loadScenario('us-russia-bilateral');
const parsed = parseSweep('method: grid\nreplications: 3\nparameters:\n  actors.usa.domesticHurdle: { values: [1, 2] }\n', 's.yaml');
if (!parsed.ok) throw new Error('bad sweep');
const design = designOf(parsed.sweep, '9');

describe('batch runs', () => {
  it('number runs point by point, with the same replication seeds at every point', () => {
    expect(runCount(design)).toBe(6);
    expect([0, 1, 2, 3, 4, 5].map((i) => batchRun(design, '9', i))).toEqual([
      { run: 0, point: 0, replication: 0, seed: '9/0' },
      { run: 1, point: 0, replication: 1, seed: '9/1' },
      { run: 2, point: 0, replication: 2, seed: '9/2' },
      { run: 3, point: 1, replication: 0, seed: '9/0' },
      { run: 4, point: 1, replication: 1, seed: '9/1' },
      { run: 5, point: 1, replication: 2, seed: '9/2' },
    ]);
    expect(batchRun(singlePointDesign(10), 's', 7)).toEqual({ run: 7, point: 0, replication: 7, seed: 's/7' });
  });

  it('make rows with exactly the columns, in order: identity, parameters, outcome fields, faults, error', () => {
    const columns = batchColumns(scenario, design);
    expect(columns.slice(0, 5)).toEqual(['run', 'point', 'replication', 'seed', 'actors.usa.domesticHurdle']);
    expect(columns.slice(-2)).toEqual(['faults', 'error']);
    for (const article of ARTICLES) expect(columns).toContain(`text.${article}`);
    expect(columns).toContain('welfareBy.usa');
    expect(columns).toContain('ratifiedBy');
    const run = batchRun(design, '9', 4);
    const row = batchRow(run, design, { ok: true, outcome: outcomeOf(playGame(scenario, { seed: run.seed })) });
    expect(Object.keys(row)).toEqual(columns);
    expect(row['actors.usa.domesticHurdle']).toBe(2);
    expect(row['error']).toBe('');
    const failed = batchRow(run, design, { ok: false, error: 'hung\nfor ever' });
    expect(failed['error']).toBe('hung for ever');
    expect(failed['faults']).toBeNull();
    expect(failed['inForce']).toBeUndefined();
  });
});

describe('formatRow', () => {
  it('writes RFC 4180 CSV (quoting commas, quotes and line breaks; null empty) and the same row as JSON', async () => {
    const { formatRow, csvHeader } = await import('../../src/batch/runs.js');
    const columns = ['run', 'flag', 'names', 'error', 'missing'];
    const row = { run: 3, flag: true, names: 'usa;gbr', error: 'a "quoted", multi\nline reason', missing: null };
    const formatted = formatRow(row, columns);
    expect(formatted.csv).toBe('3,true,usa;gbr,"a ""quoted"", multi\nline reason",');
    expect(JSON.parse(formatted.json)).toEqual(row);
    expect(csvHeader(['run', 'a,b'])).toBe('run,"a,b"');
  });
});

describe('rowFormatter', () => {
  it('writes, byte for byte, the lines formatRow(batchRow(…)) writes, for every kind of column', async () => {
    const { rowFormatter, formatRow } = await import('../../src/batch/runs.js');
    const swept = parseSweep('method: grid\nreplications: 2\nparameters:\n  actors.usa.domesticHurdle: { values: [1.5, 3] }\n  actors.usa.strategy: { values: [realist, norm-entrepreneur] }\n  rules.bodyCreated: { values: [true] }\n', 's.yaml');
    if (!swept.ok) throw new Error('bad sweep');
    const d = designOf(swept.sweep, '4');
    const columns = batchColumns(scenario, d);
    const format = rowFormatter(d, columns);
    for (let i = 0; i < runCount(d); i++) {
      const run = batchRun(d, '4', i);
      const outcome = outcomeOf(playGame(scenario, { seed: run.seed }));
      expect(format(run, outcome)).toEqual(formatRow(batchRow(run, d, { ok: true, outcome }), columns));
    }
  });
});
