/**
 * `geneva plot` against the real binary: a small Sobol study (examples/sweeps/variance.yaml with
 * fewer samples) and a plain batch are played, then plotted; every SVG is well-formed XML naming its
 * outcome or parameters, and every refusal (not a batch, a cut runs.csv, a summary.json that is not
 * JSON, a series file with other columns, an unknown outcome) is one line, exit 2, and writes nothing.
 */
import { copyFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, geneva, linesOf, oneLineError, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(() => temp.remove());

/** The parsed SVG document of a file; throws on any XML error. */
function svgOf(file: string): Document {
  const text = readFileSync(file, 'utf8');
  const fail = (message: string): never => {
    throw new Error(`${file}: ${message}`);
  };
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'image/svg+xml');
  return doc as unknown as Document;
}

/** A batch played into a temporary folder, checked to exit 0. */
function batch(name: string, args: readonly string[]): string {
  const dir = join(temp.dir, name);
  const result = geneva(['batch', 'rsa-2017', ...args, '--quiet', '--workers', '2', '--out', dir]);
  expect(result.status, result.stderr).toBe(0);
  return dir;
}

const variance = readFileSync(join(REPO, 'examples/sweeps/variance.yaml'), 'utf8').replace(/^samples: \d+/m, 'samples: 8').replace(/^replications: \d+/m, 'replications: 2');
let sobolDir = '';
let plainDir = '';

beforeAll(() => {
  sobolDir = batch('variance', ['--sweep', temp.file('variance.yaml', variance)]);
  plainDir = batch('plain', ['--runs', '8']);
  copyFileSync(join(REPO, 'tests/cli/fixtures/series-summary.csv'), join(plainDir, 'series-summary.csv'));
}, 120_000);

describe('geneva plot', () => {
  it('writes the figures of a Sobol study: outcomes per point, ρ, S1 and ST with intervals, PRIM', () => {
    const result = geneva(['plot', sobolDir]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const files = readdirSync(join(sobolDir, 'plots')).sort();
    for (const file of ['rate-inForce.svg', 'outcome-civilianHarm.svg', 'outcome-ratifications.svg', 'spearman.svg', 'sobol.svg']) expect(files).toContain(file);
    expect(files.filter((f) => !f.endsWith('.svg'))).toEqual([]);
    const lines = linesOf(result.stdout);
    expect(lines.filter((l) => l.startsWith('Wrote '))).toHaveLength(files.length);
    // The batch's own series: one figure per quantity of series-summary.csv.
    for (const file of ['series-civilianHarm-year.svg', 'series-amendmentsPassed-round.svg']) expect(files).toContain(file);
    expect(lines.at(-1)).toMatch(new RegExp(`^${files.length} figures of the batch of 96 runs of rsa-2017 are in .*plots; open them in a browser`));
    for (const file of files) expect(svgOf(join(sobolDir, 'plots', file)).documentElement.tagName).toBe('svg');
    const sobol = readFileSync(join(sobolDir, 'plots', 'sobol.svg'), 'utf8');
    for (const name of ['rules.entryIntoForce.ratifications', 'rules.sanction', 'actors.usa.domesticHurdle', 'rules.leakRate', 'inForce', 'civilianHarm', 'S1, alone', 'ST, with interactions']) expect(sobol).toContain(name);
    expect(readFileSync(join(sobolDir, 'plots', 'outcome-civilianHarm.svg'), 'utf8')).toContain('30 of the 48 design points, evenly spaced');
  });

  it('skips the time series with a sentence where the folder has no series-summary.csv (a batch written before series)', () => {
    const older = join(temp.dir, 'older');
    cpSync(sobolDir, older, { recursive: true });
    rmSync(join(older, 'series-summary.csv'));
    rmSync(join(older, 'plots'), { recursive: true, force: true });
    const result = geneva(['plot', older]);
    expect(result.status, result.stderr).toBe(0);
    expect(linesOf(result.stdout)).toContain('No time-series figure: the folder has no series-summary.csv.');
    expect(readdirSync(join(older, 'plots')).filter((f) => f.startsWith('series-'))).toEqual([]);
  });

  it('writes the figures of a plain batch where --out says, with the time series, for the outcomes asked', () => {
    const out = join(temp.dir, 'figures');
    const result = geneva(['plot', plainDir, '--out', out, '--outcomes', 'inForce,welfareBy.usa']);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['outcome-welfareBy.usa.svg', 'rate-inForce.svg', 'series-attributionTrust-year.svg', 'series-incidents-year.svg', 'series-support-round.svg']);
    expect(existsSync(join(plainDir, 'plots'))).toBe(false);
    expect(readFileSync(join(out, 'outcome-welfareBy.usa.svg'), 'utf8')).toContain('welfareBy.usa (per run)');
    const series = readFileSync(join(out, 'series-attributionTrust-year.svg'), 'utf8');
    svgOf(join(out, 'series-attributionTrust-year.svg'));
    for (const text of ['attributionTrust by year', 'point 0', 'point 2', 'p25–p75']) expect(series).toContain(text);
    expect(result.stdout).not.toContain('No time-series');
    expect(linesOf(result.stdout).at(-1)).toMatch(/^5 figures of the batch of 8 runs of rsa-2017 are in .*figures; /);
  });

  /** A copy of the plain batch with one file replaced (or removed with null). */
  function altered(name: string, file: string, text: string | null): string {
    const dir = join(temp.dir, name);
    cpSync(plainDir, dir, { recursive: true });
    if (text !== null) writeFileSync(join(dir, file), text);
    return dir;
  }

  it.each([
    ['a folder that is not a batch', () => temp.dir, (dir: string) => `geneva: plot: ${dir}: not a batch folder (it has no manifest.json; give the --out folder of geneva batch)`],
    ['a folder that does not exist', () => join(temp.dir, 'nosuch'), (dir: string) => `geneva: plot: ${dir}: no such folder`],
    ['a manifest.json that is not JSON', () => altered('badmanifest', 'manifest.json', '{"format": "geneva-batch"'), (dir: string) => new RegExp(`^${dir}/manifest\\.json: not JSON \\(`)],
    ['a runs.csv cut in the middle of a row', () => altered('cut', 'runs.csv', readFileSync(join(plainDir, 'runs.csv'), 'utf8').slice(0, -200)), (dir: string) => new RegExp(`^${dir}/runs\\.csv: line 9: \\d+ fields where the header has \\d+ \\(a truncated or altered file\\?\\)$`)],
    ['a summary.json that is not JSON', () => altered('notjson', 'summary.json', '{"format": "geneva-batch-summary",'), (dir: string) => new RegExp(`^${dir}/summary\\.json: not JSON \\(`)],
    ['a series-summary.csv with other columns', () => altered('series', 'series-summary.csv', 'run,year,quantity,value\n0,1,trust,0.5\n'), (dir: string) => `${dir}/series-summary.csv: line 1: the columns are not point,clock,t,quantity,n,mean,sd,p05,p25,p50,p75,p95`],
  ])('refuses %s in one line, exit 2, writing nothing', (_what, make, expected) => {
    const dir = make();
    const result = geneva(['plot', dir]);
    const line = oneLineError(result);
    const want = expected(dir);
    if (typeof want === 'string') expect(line).toBe(want);
    else expect(line).toMatch(want);
    expect(result.status).toBe(2);
    expect(existsSync(join(dir, 'plots'))).toBe(false);
  });

  it('draws what it can of a batch with no summary.json yet, and says what it left out', () => {
    const dir = altered('running', 'summary.json', null);
    rmSync(join(dir, 'summary.json'));
    const result = geneva(['plot', dir, '--outcomes', 'civilianHarm']);
    expect(result.status, result.stderr).toBe(0);
    expect(linesOf(result.stdout)).toContain('No sensitivity or PRIM figure: the folder has no summary.json (is the batch still running?).');
    expect(readdirSync(join(dir, 'plots'))).toContain('outcome-civilianHarm.svg');
  });

  it('refuses an outcome the batch does not have, naming the flag', () => {
    const result = geneva(['plot', plainDir, '--outcomes', 'inforce', '--out', join(temp.dir, 'never')]);
    expect(oneLineError(result)).toMatch(/^geneva: plot: --outcomes: the batch has no numeric or yes\/no outcome inforce \(it has /);
    expect(result.status).toBe(2);
    expect(existsSync(join(temp.dir, 'never'))).toBe(false);
  });
});
