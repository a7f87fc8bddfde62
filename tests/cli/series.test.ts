/**
 * Series and derived outcomes of `geneva batch` against the real binary: series.csv's columns and
 * rows (checked against runs.csv), series-summary.csv recomputed here from series.csv, series.parquet
 * equal to series.csv, derived outcomes in runs.csv and summary.json, and bad outcomes refused in one
 * line before any run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import { geneva, oneLineError, tempDir } from './helpers.js';

const temp = tempDir();
afterAll(() => temp.remove());

const SWEEP = `method: lhs
points: 3
replications: 5
parameters:
  actors.usa.domesticHurdle: { min: 0.5, max: 4 }
  rules.bodyAccuracy: { min: 0.5, max: 0.95 }
outcomes:
  highHarm: civilianHarm > 1
  bothRatified: has(ratifiedBy, "usa") + has(ratifiedBy, "rus")
  harmPerIncident: "incidents > 0 ? civilianHarm / incidents : 0"
`;

type Cells = Record<string, string>;
/** A CSV file without quoted cells, as rows keyed by its header. */
function csv(dir: string, file: string): { header: string[]; rows: Cells[] } {
  const [head, ...lines] = readFileSync(join(dir, file), 'utf8').trim().split('\n');
  const header = head!.split(',');
  return { header, rows: lines.map((line) => Object.fromEntries(line.split(',').map((cell, k) => [header[k]!, cell]))) };
}

/** The p-quantile as numpy's default computes it (linear between order statistics). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!);
}

describe('geneva batch: series and derived outcomes', () => {
  const dir = join(temp.dir, 'series');
  const run = geneva(['batch', 'us-russia-bilateral', '--sweep', temp.file('sweep.yaml', SWEEP), '--seed', '2', '--workers', '2', '--quiet', '--parquet', '--out', dir]);

  it('writes series.csv: one line per run, clock, time and quantity, agreeing with runs.csv', () => {
    expect(run.status, run.stderr).toBe(0);
    const { header, rows } = csv(dir, 'series.csv');
    expect(header).toEqual(['run', 'point', 'replication', 'clock', 't', 'quantity', 'value']);
    const runs = csv(dir, 'runs.csv').rows;
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { scenario: { data: { year: number; horizon: { years: number } } } };
    const { year, horizon } = manifest.scenario.data;
    expect(new Set(rows.map((r) => r['run']))).toEqual(new Set(runs.map((r) => r['run'])));
    for (const row of runs) {
      const mine = rows.filter((r) => r['run'] === row['run']);
      expect(mine.every((r) => r['point'] === row['point'] && r['replication'] === row['replication'])).toBe(true);
      const years = mine.filter((r) => r['clock'] === 'year');
      expect(years).toHaveLength(9 * horizon.years);
      expect([...new Set(years.map((r) => Number(r['t'])))]).toEqual(Array.from({ length: horizon.years }, (_, k) => year + 1 + k));
      const rounds = [...new Set(mine.filter((r) => r['clock'] === 'round').map((r) => Number(r['t'])))];
      expect(rounds).toEqual(Array.from({ length: rounds.length }, (_, k) => k + 1));
      const total = (q: string) => years.filter((r) => r['quantity'] === q).reduce((s, r) => s + Number(r['value']), 0);
      expect(total('operations')).toBe(Number(row['covertOpsParties']) + Number(row['covertOpsNonParties']));
      expect(total('attributionsCorrect')).toBe(Number(row['attributionsCorrect']));
      expect(total('civilianHarm')).toBeLessThanOrEqual(Number(row['civilianHarm']) + 1e-6);
      const last = (q: string) => years.find((r) => r['quantity'] === q && Number(r['t']) === year + horizon.years)!['value'];
      expect(Number(last('attributionTrust'))).toBe(Number(row['attributionTrust']));
      expect(last('inForce')).toBe(row['inForce'] === 'true' ? '1' : '0');
    }
  });

  it('summarises series.csv per point in series-summary.csv: n, mean, sd and percentiles as a direct computation gives them', () => {
    const { header, rows } = csv(dir, 'series-summary.csv');
    expect(header).toEqual(['point', 'clock', 't', 'quantity', 'n', 'mean', 'sd', 'p05', 'p25', 'p50', 'p75', 'p95']);
    const cells = new Map<string, number[]>();
    for (const r of csv(dir, 'series.csv').rows) {
      const key = [r['point'], r['clock'], r['t'], r['quantity']].join(',');
      cells.set(key, [...(cells.get(key) ?? []), Number(r['value'])]);
    }
    expect(rows).toHaveLength(cells.size);
    for (const row of rows) {
      const values = cells.get([row['point'], row['clock'], row['t'], row['quantity']].join(','))!;
      const sorted = [...values].sort((a, b) => a - b);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      expect(Number(row['n'])).toBe(values.length);
      expect(Number(row['mean'])).toBeCloseTo(mean, 5);
      if (values.length < 2) {
        expect([row['sd'], row['p05'], row['p95']]).toEqual(['', '', '']);
        continue;
      }
      expect(Number(row['sd'])).toBeCloseTo(Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)), 5);
      for (const [column, p] of [['p05', 0.05], ['p25', 0.25], ['p50', 0.5], ['p75', 0.75], ['p95', 0.95]] as const) expect(Number(row[column]), column).toBeCloseTo(quantile(sorted, p), 5);
    }
    // Rounds before years, each in time order, within each point.
    const keys = rows.map((r) => [Number(r['point']), r['clock'] === 'round' ? 0 : 1, Number(r['t'])]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!));
  });

  it('writes series.parquet with --parquet: the lines of series.csv in typed columns', async () => {
    const buffer = readFileSync(join(dir, 'series.parquet'));
    const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const rows = await parquetReadObjects({ file });
    const lines = csv(dir, 'series.csv').rows;
    expect(rows).toHaveLength(lines.length);
    rows.forEach((row, k) => expect(Object.values(row).map(String).join(',')).toBe(Object.values(lines[k]!).join(',')));
  });

  it('computes the derived outcomes of the sweep in runs.csv, and summarises them like built-in ones', () => {
    const { header, rows } = csv(dir, 'runs.csv');
    expect(header.slice(-5)).toEqual(['highHarm', 'bothRatified', 'harmPerIncident', 'faults', 'error']);
    for (const row of rows) {
      expect(row['highHarm']).toBe(String(Number(row['civilianHarm']) > 1));
      const ratified = row['ratifiedBy']!.split(';');
      expect(Number(row['bothRatified'])).toBe(Number(ratified.includes('usa')) + Number(ratified.includes('rus')));
      const incidents = Number(row['incidents']);
      expect(Number(row['harmPerIncident'])).toBeCloseTo(incidents > 0 ? Number(row['civilianHarm']) / incidents : 0, 10);
    }
    // points.csv summarises them per point like any outcome.
    const points = csv(dir, 'points.csv').rows;
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      const mine = rows.filter((r) => r['point'] === point['point']);
      expect(Number(point['highHarm.rate'])).toBeCloseTo(mine.filter((r) => r['highHarm'] === 'true').length / mine.length, 8);
      expect(Number(point['bothRatified.mean'])).toBeCloseTo(mine.reduce((s, r) => s + Number(r['bothRatified']), 0) / mine.length, 8);
    }
  });

  it('leaves sd and the bands empty where a point has one run', () => {
    const single = join(temp.dir, 'single');
    const one = geneva(['batch', 'us-russia-bilateral', '--sweep', temp.file('one.yaml', SWEEP.replace('replications: 5', 'replications: 1')), '--quiet', '--out', single]);
    expect(one.status, one.stderr).toBe(0);
    const { rows } = csv(single, 'series-summary.csv');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([row['n'], row['sd'], row['p05'], row['p25'], row['p50'], row['p75'], row['p95']]).toEqual(['1', '', '', '', '', '', '']);
  });

  // Exit 1, as every other mistake inside a sweep file (EXIT.invalid: the input was read but is wrong).
  it('refuses a bad derived outcome in one line naming the sweep file and the outcome, before any run', () => {
    const cases: [string, RegExp][] = [
      ['civilHarm > 5', /: outcomes\.bad: unknown name "civilHarm" \(not a column of runs\.csv\)$/],
      ['civilianHarm >', /: outcomes\.bad: syntax error: /],
      ['civilianHarm.constructor', /: outcomes\.bad: unknown name "civilianHarm\.constructor" \(not a column of runs\.csv\)$/],
      ['this.process', /: outcomes\.bad: "this" is not allowed/],
      ['eval("1")', /: outcomes\.bad: unknown function eval \(only abs, min, max, has\)$/],
      ['ratifiedBy', /: outcomes\.bad: the expression gives text; it must give a number or a yes\/no/],
      ['ratifiedBy > 2', /: outcomes\.bad: > needs numbers, not a list of ids/],
      ['seed == "1/0"', /: outcomes\.bad: seed identifies a run/],
      ['civilianHarm | 1', /: outcomes\.bad: the operator \| is not allowed$/],
    ];
    cases.forEach(([expression, expected], k) => {
      const file = temp.file(`bad-${k}.yaml`, SWEEP.replace(/outcomes:\n[\s\S]*$/, `outcomes:\n  bad: ${JSON.stringify(expression)}\n`));
      const out = join(temp.dir, `never-${k}`);
      const bad = geneva(['batch', 'us-russia-bilateral', '--sweep', file, '--out', out]);
      expect(bad.status, expression).toBe(1);
      expect(oneLineError(bad), expression).toMatch(new RegExp(`bad-${k}\\.yaml${expected.source}`));
      expect(existsSync(out), expression).toBe(false);
    });
    const clash = temp.file('clash.yaml', SWEEP.replace('highHarm:', 'inForce:'));
    const refused = geneva(['batch', 'us-russia-bilateral', '--sweep', clash, '--out', join(temp.dir, 'never-clash')]);
    expect(refused.status).toBe(1);
    expect(oneLineError(refused)).toMatch(/clash\.yaml: outcomes\.inForce: the name clashes with the built-in column inForce: choose another$/);
  });
});
