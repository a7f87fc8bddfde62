import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { UserError } from '../../src/cli/errors.js';
import { csvFields, csvRecords } from '../../src/plot/csv-records.js';
import { readRunOutcomes } from '../../src/plot/run-outcomes.js';
import { readPlottedSummary } from '../../src/plot/summary-file.js';
import { SERIES_COLUMNS, readSeries } from '../../src/plot/series-file.js';
import { KEY_OUTCOMES, chooseOutcomes, isAsked, outcomesAsked } from '../../src/plot/outcome-choice.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder holding the files given. */
function folder(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'geneva-plot-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The one line of the UserError a promise or a call ends with. */
async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserError) return error.lines.join('\n');
    throw error;
  }
  throw new Error('no refusal');
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('csv records', () => {
  it('reads quoted fields, doubled quotes and a quoted line break as csv-stringify writes them', async () => {
    expect(csvFields('1,"a, b","say ""no""",', 'f', 2)).toEqual(['1', 'a, b', 'say "no"', '']);
    const dir = folder({ 'x.csv': 'a,b\n1,"two\nlines"\n3,4\n' });
    expect((await all(csvRecords(join(dir, 'x.csv')))).map((r) => [r.line, ...r.fields])).toEqual([[1, 'a', 'b'], [2, '1', 'two\nlines'], [4, '3', '4']]);
  });

  it('refuses a cut record and an unclosed quote, naming the file and the line', async () => {
    const dir = folder({ 'cut.csv': 'a,b,c\n1,2,3\n4,5\n', 'open.csv': 'a,b\n1,"2\n' });
    expect(await refusal(() => all(csvRecords(join(dir, 'cut.csv'))))).toBe(`${join(dir, 'cut.csv')}: line 3: 2 fields where the header has 3 (a truncated or altered file?)`);
    expect(await refusal(() => all(csvRecords(join(dir, 'open.csv'))))).toBe(`${join(dir, 'open.csv')}: line 2: a quoted field is never closed (a truncated file?)`);
  });
});

describe('readRunOutcomes', () => {
  const runs = [
    'run,point,replication,seed,rules.sanction,inForce,civilianHarm,adoptedRound,signedBy,error',
    '0,0,0,1/0,0.5,true,5.5,6,usa;gbr,',
    '1,0,1,1/1,0.5,false,4.5,,usa,',
    '2,1,0,1/0,0.9,true,7,3,usa,',
    '3,1,1,1/1,0.9,,,,,"boom, it failed"',
    '4,2,0,1/0,0.1,false,1,2,,',
  ].join('\n');

  it('sorts the columns into numeric and yes/no outcomes, leaves out parameters, texts and failed runs, keeps the points shown', async () => {
    const outcomes = await readRunOutcomes(folder({ 'runs.csv': `${runs}\n` }), ['rules.sanction'], new Set([0, 1]));
    expect([...outcomes.numeric.keys()]).toEqual(['civilianHarm', 'adoptedRound']);
    expect([...outcomes.yesNo.keys()]).toEqual(['inForce']);
    expect(outcomes.numeric.get('civilianHarm')).toEqual(new Map([[0, [5.5, 4.5]], [1, [7]]]));
    expect(outcomes.numeric.get('adoptedRound')).toEqual(new Map([[0, [6]], [1, [3]]]));
    expect(outcomes.yesNo.get('inForce')).toEqual(new Map([[0, [1, 2]], [1, [1, 1]]]));
    expect([outcomes.rows, outcomes.failed]).toEqual([5, 1]);
  });

  it('keeps the values of the outcomes plotted only, and still finds every outcome’s kind', async () => {
    const outcomes = await readRunOutcomes(folder({ 'runs.csv': `${runs}\n` }), ['rules.sanction'], new Set([0, 1]), (name) => name === 'inForce');
    expect([...outcomes.numeric.keys()]).toEqual(['civilianHarm', 'adoptedRound']);
    expect(outcomes.numeric.get('civilianHarm')?.size).toBe(0);
    expect(outcomes.yesNo.get('inForce')?.size).toBe(2);
  });

  it('refuses runs.csv cut in the middle of a row, and a file that is not a batch’s runs', async () => {
    const cut = folder({ 'runs.csv': runs.slice(0, runs.length - 8) });
    expect(await refusal(() => readRunOutcomes(cut, [], new Set([0])))).toMatch(/runs\.csv: line 6: 6 fields where the header has 10 \(a truncated or altered file\?\)$/);
    const other = folder({ 'runs.csv': 'a,b\n1,2\n' });
    expect(await refusal(() => readRunOutcomes(other, [], new Set([0])))).toMatch(/runs\.csv: no "point" column: not the runs of a batch$/);
  });
});

describe('readPlottedSummary', () => {
  it('reads what the figures draw, lets new fields through, and is null without summary.json', () => {
    const sobol = [{ parameter: 'p', outcome: 'inForce', s1: 0.2, s1Conf: 0.1, st: 0.3, stConf: 0.1, samples: 8, noiseShare: 0.4 }];
    const summary = readPlottedSummary(folder({ 'summary.json': JSON.stringify({ format: 'geneva-batch-summary', sobol, sensitivity: [] }) }))!;
    expect(summary.sobol).toEqual(sobol);
    expect(summary.morris).toEqual([]);
    expect(readPlottedSummary(folder({}))).toBeNull();
  });

  it('refuses a summary.json that is not JSON, or whose field is wrong, naming the file and the field', async () => {
    const notJson = folder({ 'summary.json': '{"sobol": [' });
    expect(await refusal(() => readPlottedSummary(notJson))).toMatch(new RegExp(`^${join(notJson, 'summary.json')}: not JSON \\(`));
    const wrong = folder({ 'summary.json': JSON.stringify({ sobol: [{ parameter: 'p', outcome: 'o', s1: 'high', s1Conf: 0, st: 0, stConf: 0 }] }) });
    expect(await refusal(() => readPlottedSummary(wrong))).toMatch(new RegExp(`^${join(wrong, 'summary.json')}: sobol\\[0\\]\\.s1: `));
  });
});

describe('readSeries', () => {
  const header = SERIES_COLUMNS.join(',');

  it('reads each row, an empty spread as missing, and is null without the file', async () => {
    const rows = await readSeries(folder({ 'series-summary.csv': `${header}\n0,year,1,trust,1,0.5,,,,0.5,,\n` }));
    expect(rows).toEqual([{ point: 0, clock: 'year', t: 1, quantity: 'trust', n: 1, mean: 0.5, sd: Number.NaN, p05: Number.NaN, p25: Number.NaN, p50: 0.5, p75: Number.NaN, p95: Number.NaN }]);
    expect(await readSeries(folder({}))).toBeNull();
  });

  it('refuses other columns, a value that is not a number, a row without its point', async () => {
    const other = folder({ 'series-summary.csv': 'point,year,quantity,value\n' });
    expect(await refusal(() => readSeries(other))).toMatch(/series-summary\.csv: line 1: the columns are not point,clock,t,quantity,n,mean,sd,p05,p25,p50,p75,p95$/);
    const bad = folder({ 'series-summary.csv': `${header}\n0,year,1,trust,10,high,0,0,0,0,0,0\n` });
    expect(await refusal(() => readSeries(bad))).toMatch(/series-summary\.csv: line 2: mean "high" is not a number$/);
    const nopoint = folder({ 'series-summary.csv': `${header}\n,year,1,trust,10,1,0,0,0,0,0,0\n` });
    expect(await refusal(() => readSeries(nopoint))).toMatch(/series-summary\.csv: line 2: point "" is not a design point$/);
  });
});

describe('chooseOutcomes', () => {
  const available = ['inForce', 'civilianHarm', 'welfareBy.usa', 'incidents'];
  const choose = (flag: string | undefined): string[] => chooseOutcomes(outcomesAsked(flag), available);

  it('defaults to the key outcomes the batch has, takes all or a list', () => {
    expect(choose(undefined)).toEqual(KEY_OUTCOMES.filter((k) => available.includes(k)));
    expect(choose('all')).toEqual(available);
    expect(choose('welfareBy.usa, inForce,inForce')).toEqual(['welfareBy.usa', 'inForce']);
    expect([isAsked(outcomesAsked(undefined), 'inForce'), isAsked(outcomesAsked(undefined), 'welfareBy.usa'), isAsked(outcomesAsked('welfareBy.usa'), 'welfareBy.usa')]).toEqual([true, false, true]);
  });

  it('refuses an outcome the batch does not have, and an empty name', async () => {
    expect(await refusal(() => choose('inforce'))).toBe('geneva: plot: --outcomes: the batch has no numeric or yes/no outcome inforce (it has inForce, civilianHarm, welfareBy.usa, incidents)');
    expect(await refusal(() => choose('inForce,,x'))).toBe('geneva: plot: --outcomes inForce,,x: an empty name in the list');
  });
});
