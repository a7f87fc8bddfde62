/**
 * A batch's runs and their rows: run i is design point ⌊i / replications⌋, replication
 * i mod replications, played with the seed `<batch seed>/<replication>` (the same seeds at every
 * point: common random numbers, so differences between points are the parameters', not the dice's).
 * A row has the same columns in runs.csv and runs.jsonl.
 */
import { flattenOutcome, outcomeOf, resolveSeats, type Cell, type Outcome, type Scenario } from '@geneva/engine';
import { createState } from '@geneva/engine/tooling';
import type { Design } from './sweep.js';
import type { CompiledOutcome } from './derived.js';

/** One run of a batch. */
export interface BatchRun {
  readonly run: number;
  readonly point: number;
  readonly replication: number;
  readonly seed: string;
}

/**
 * Run `index` of a batch.
 *
 * @example
 * batchRun(design, '42', 7); // { run: 7, point: 0, replication: 7, seed: '42/7' } without a sweep
 */
export function batchRun(design: Design, seed: string, index: number): BatchRun {
  const replication = index % design.replications;
  return { run: index, point: Math.floor(index / design.replications), replication, seed: `${seed}/${replication}` };
}

/**
 * The number of runs of a design.
 *
 * @example
 * runCount(singlePointDesign(1000)); // 1000
 */
export function runCount(design: Design): number {
  return design.points.length * design.replications;
}

/**
 * The columns of a batch's rows: `run`, `point`, `replication`, `seed`, every swept parameter by its
 * path, every outcome field (id lists joined with `;`, `text.<article>`, `welfareBy.<actor>`), then
 * the sweep's derived outcomes (`derived`, in the sweep's order), then `faults` and `error`.
 *
 * @example
 * batchColumns(scenario, design); // ['run', 'point', 'replication', 'seed', 'actors.usa.domesticHurdle', 'adopted', …, 'faults', 'error']
 */
export function batchColumns(scenario: Scenario, design: Design, derived: readonly string[] = []): string[] {
  const outcome = flattenOutcome(outcomeOf(createState(scenario, '0', resolveSeats(scenario))));
  const fields = Object.keys(outcome).filter((k) => k !== 'faults');
  return ['run', 'point', 'replication', 'seed', ...design.paths, ...fields, ...derived, 'faults', 'error'];
}

/**
 * The row of a run: its identity, its parameters, and its outcome, or its error (outcome cells empty).
 *
 * @example
 * batchRow(run, design, { ok: true, outcome }); // { run: 0, point: 0, …, inForce: true, …, faults: 0, error: '' }
 */
export function batchRow(run: BatchRun, design: Design, result: { readonly ok: true; readonly outcome: Outcome } | { readonly ok: false; readonly error: string }): Record<string, Cell | null> {
  const values = design.points[run.point] ?? [];
  const row: Record<string, Cell | null> = { run: run.run, point: run.point, replication: run.replication, seed: run.seed };
  design.paths.forEach((path, k) => (row[path] = cellOf(values[k])));
  if (result.ok) {
    const { faults, ...rest } = flattenOutcome(result.outcome);
    Object.assign(row, rest, { faults, error: '' });
  } else Object.assign(row, { faults: null, error: result.error.replace(/\s+/g, ' ') });
  return row;
}

/**
 * The formatted row of a run that failed: its identity and parameters, its error, no outcome.
 *
 * @example
 * failedRow(design, '1', 5, 'hang.mjs (seat usa) made no decision for 1000 ms (hung)', columns); // { csv: '5,0,5,1/5,…,hang.mjs …', json: '{"run":5,…}' }
 */
export function failedRow(design: Design, seed: string, index: number, error: string, columns: readonly string[]): FormattedRow {
  return formatRow(batchRow(batchRun(design, seed, index), design, { ok: false, error }), columns);
}

/** A parameter value as a cell: scalars as they are, anything else as JSON. */
function cellOf(value: unknown): Cell | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : (value as Cell);
}

/** A run's row, formatted once for both files: a CSV line and a JSON line (each without its newline). */
export interface FormattedRow {
  readonly csv: string;
  readonly json: string;
}

/**
 * A row as a CSV line (RFC 4180: a cell with a comma, a quote or a line break is quoted, quotes
 * doubled; null is an empty cell) and as a JSON line. Written by hand rather than with a CSV
 * library because it runs once per run on the batch's hot path, where a general stringifier cost
 * three times as much.
 *
 * @example
 * formatRow({ run: 0, seed: '1/0', error: '' }, ['run', 'seed', 'error']); // { csv: '0,1/0,', json: '{"run":0,"seed":"1/0","error":""}' }
 */
export function formatRow(row: Readonly<Record<string, Cell | null>>, columns: readonly string[]): FormattedRow {
  let csv = '';
  for (let k = 0; k < columns.length; k++) csv += (k === 0 ? '' : ',') + csvCell(row[columns[k]!]);
  return { csv, json: JSON.stringify(row) };
}

function csvCell(value: Cell | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The CSV header line of a batch's columns.
 *
 * @example
 * csvHeader(['run', 'actors.usa.domesticHurdle']); // 'run,actors.usa.domesticHurdle'
 */
export function csvHeader(columns: readonly string[]): string {
  return columns.map((c) => csvCell(c)).join(',');
}

/** How a run's outcome fills one column. */
type Extractor = (run: BatchRun, outcome: Outcome) => Cell | null;

/**
 * A formatter of successful runs' rows for a batch's columns, compiled once: each column gets its
 * own accessor, and the two lines are written straight from the outcome, with no intermediate row
 * object. It runs once per run on the batch's hot path, in the workers. The lines are byte for byte
 * those of `formatRow(batchRow(…), columns)` (a test checks it).
 *
 * @example
 * const format = rowFormatter(design, batchColumns(scenario, design));
 * format(batchRun(design, '1', 0), outcome); // { csv: '0,0,0,1/0,…', json: '{"run":0,…}' }
 */
export function rowFormatter(design: Design, columns: readonly string[], derived: readonly CompiledOutcome[] = []): (run: BatchRun, outcome: Outcome) => FormattedRow {
  const extractors = columns.map((column) => derivedExtractor(column, design, derived) ?? extractorOf(column, design));
  const csv: string[] = new Array<string>(columns.length);
  // The JSON line's pieces: its keys are fixed (`{"run":`, `,"point":`, …, `}`), its values go between.
  const json: string[] = columns.flatMap((column, k) => [`${k === 0 ? '{' : ','}${JSON.stringify(column)}:`, '']);
  json.push('}');
  return (run, outcome) => {
    for (let k = 0; k < extractors.length; k++) {
      const value = extractors[k]!(run, outcome);
      // A number is converted to text once for both lines.
      if (typeof value === 'number') {
        const text = String(value);
        csv[k] = text;
        json[2 * k + 1] = Number.isFinite(value) ? text : 'null';
      } else {
        csv[k] = csvCell(value);
        json[2 * k + 1] = jsonValue(value);
      }
    }
    return { csv: csv.join(','), json: json.join('') };
  };
}

/** The extractor of a derived outcome's column (null for the other columns): its expression over the run's other cells. */
function derivedExtractor(column: string, design: Design, derived: readonly CompiledOutcome[]): Extractor | null {
  const outcome = derived.find((d) => d.name === column);
  if (outcome === undefined) return null;
  const reads = new Map(outcome.reads.map((name) => [name, extractorOf(name, design)]));
  return (run, result) => outcome.evaluate((name) => reads.get(name)?.(run, result) ?? null);
}

function extractorOf(column: string, design: Design): Extractor {
  switch (column) {
    case 'run':
    case 'point':
    case 'replication':
    case 'seed':
      return (run) => run[column];
    case 'error':
      return () => '';
  }
  const param = design.paths.indexOf(column);
  if (param >= 0) return (run) => cellOf(design.points[run.point]?.[param]);
  const dot = column.indexOf('.');
  if (dot > 0) {
    const [field, key] = [column.slice(0, dot), column.slice(dot + 1)];
    return (_run, outcome) => (outcome[field as keyof Outcome] as unknown as Record<string, number>)[key] ?? null;
  }
  return (_run, outcome) => {
    const value = outcome[column as keyof Outcome];
    return Array.isArray(value) ? value.join(';') : (value as Cell);
  };
}

/** A cell as JSON.stringify writes it. */
function jsonValue(value: Cell | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}
