import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult, parseChunk, parseSetup } from '../../src/queue/chunk-job.js';
import type { RowBlock } from '../../src/batch/row-blocks.js';
import { loadScenario } from '../support/scenarios.js';

const enc = (text: string) => new TextEncoder().encode(text);
const block = (first: number, runs: number[]): RowBlock => ({
  first,
  count: runs.length,
  failed: 0,
  csv: enc(runs.map((r) => `${r},x\n`).join('')),
  json: enc(runs.map((r) => `${JSON.stringify({ run: r })}\n`).join('')),
  series: enc(runs.map((r) => `${r},0,${r},year,2018,incidents,1\n${r},0,${r},year,2019,incidents,0\n`).join('')),
});
const chunk = { jobs: [0, 1, 2].map((index) => ({ index, seed: `1/${index}`, seats: {} })) };

describe('a chunk and its result on the queue', () => {
  it('travel back and forth unchanged', () => {
    const sent = encodeResult([block(0, [0, 1]), block(2, [2])], []);
    const back = decodeResult(JSON.parse(JSON.stringify(sent)), chunk);
    expect(typeof back).not.toBe('string');
    const { rows } = back as { rows: RowBlock[] };
    expect(rows.map((b) => new TextDecoder().decode(b.json))).toEqual(['{"run":0}\n{"run":1}\n', '{"run":2}\n']);
    expect(new TextDecoder().decode(rows[1]!.series)).toBe('2,0,2,year,2018,incidents,1\n2,0,2,year,2019,incidents,0\n');
  });

  it("refuse series lines that are not the block's runs' in order", () => {
    const forged = (series: string) => decodeResult(encodeResult([{ ...block(0, [0, 1, 2]), series: enc(series) }], []), chunk);
    expect(forged('0,0,0,year,2018,incidents,1\n5,0,5,year,2018,incidents,1\n')).toMatch(/is not one of its runs' in order/);
    expect(forged('1,0,1,year,2018,incidents,1\n0,0,0,year,2018,incidents,1\n')).toMatch(/in order/);
    expect(forged('0,0,0,year,2018\n')).toMatch(/in order/);
    expect(forged('0,0,0,year,2018,incidents,1')).toMatch(/do not end with a line break/);
    expect(typeof forged('')).not.toBe('string');
  });

  it('refuse results that miss, repeat, forge or mislabel runs', () => {
    expect(decodeResult(encodeResult([block(0, [0, 1])], []), chunk)).toBe("it has 2 of the chunk's 3 runs");
    expect(decodeResult(encodeResult([block(0, [0, 1]), block(1, [1, 2])], []), chunk)).toMatch(/run 1, not one of the chunk's or twice/);
    expect(decodeResult(encodeResult([block(0, [0, 1, 2, 3])], []), chunk)).toMatch(/run 3/);
    expect(decodeResult(encodeResult([{ ...block(0, [0, 1, 2]), json: enc('{"run":0}\n{"run":7}\n{"run":2}\n') }], []), chunk)).toBe("its row of run 1 is another run's");
    expect(decodeResult(encodeResult([{ ...block(0, [0, 1, 2]), json: enc('{"run":0}\n') }], []), chunk)).toMatch(/does not hold 3 rows/);
    expect(decodeResult({ rows: 'nope' }, chunk)).toBe('its result is not one a geneva worker returns');
    expect(decodeResult(null, chunk)).toBe('its result is not one a geneva worker returns');
  });

  it('is refused by a worker when it is not one geneva batch puts there', () => {
    expect(parseChunk({ format: 'geneva-chunk', version: 1, jobs: 'rm -rf /' })).toMatch(/^not a chunk of a geneva batch \(/);
    expect(parseChunk(null)).toMatch(/^not a chunk of a geneva batch/);
  });

  it('has a setup that carries only sandboxed strategy files and a valid scenario', () => {
    const scenario = loadScenario('rsa-2017');
    const setup = { scenario, strategyFiles: {}, budgetMs: 1000 };
    expect(parseSetup(JSON.stringify(setup))).toMatchObject({ budgetMs: 1000 });
    expect(parseSetup(JSON.stringify({ ...setup, strategyFiles: { '/x.js': { kind: 'trusted', path: '/x.js' } } }))).toMatch(/^the batch setup is not one geneva batch writes/);
    expect(parseSetup(JSON.stringify({ ...setup, scenario: { ...scenario, actors: {} } }))).toMatch(/^its scenario is invalid: /);
    expect(parseSetup('{')).toBe('the batch setup is not JSON');
    const rows = (derived: Record<string, string>, columns = ['run', 'civilianHarm', 'high', 'error']) => parseSetup(JSON.stringify({ ...setup, rows: { columns, seed: '1', derived } }));
    expect(rows({ high: 'civilianHarm > 5' })).toMatchObject({ rows: { derived: { high: 'civilianHarm > 5' } } });
    expect(rows({ high: 'process.exit()' })).toBe('its derived outcome high is refused: unknown function (an expression) (only abs, min, max, has)');
    expect(rows({ low: 'civilianHarm < 1' })).toBe('its derived outcome low is not one of its columns');
  });

  it('carries a Sobol design with second-order points (secondOrder)', () => {
    const design = { paths: ['rules.sanction'], points: [[0.5], [0.25], [0.75], [0.25]], replications: 2, samples: 1, secondOrder: true };
    const setup = { scenario: loadScenario('rsa-2017'), design, strategyFiles: {}, budgetMs: 1000 };
    expect(parseSetup(JSON.stringify(setup))).toMatchObject({ design: { secondOrder: true } });
    expect(parseSetup(JSON.stringify({ ...setup, design: { ...design, secondOrder: 'yes' } }))).toMatch(/^the batch setup is not one geneva batch writes/);
  });
});
