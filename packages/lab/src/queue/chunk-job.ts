/**
 * What travels on the queue: a chunk of a batch's runs (the games to play, and the hash of the
 * batch's setup in Redis), and what comes back (the runs' rows, as a local batch writes them). Both
 * are checked on arrival, since anyone who can write to the Redis can put anything there: a worker
 * plays only what it could have been given by `geneva batch`, and never runs a strategy file
 * outside its sandbox.
 */
import { z } from 'zod';
import { validateScenario, formatProblem } from '@geneva/engine';
import type { GameJob, GameResult, PoolSetup } from '../pool/jobs.js';
import type { RowBlock } from '../batch/row-blocks.js';
import { compileOutcomes } from '../batch/derived.js';

/** The most runs one chunk may hold (a chunk is one job on the queue, and its rows one return value). */
export const MAX_CHUNK = 2000;

const gameJob = z.strictObject({
  index: z.number().int().min(0),
  seed: z.string().max(300),
  point: z.number().int().min(0).optional(),
  seats: z.record(z.string().max(100), z.string().max(4096)),
});

/** A chunk of a batch: its runs' games, with the limits of the batch. */
export const chunkSchema = z.strictObject({
  format: z.literal('geneva-chunk'),
  version: z.literal(1),
  batch: z.string().regex(/^[0-9a-f]{6,64}$/),
  setup: z.string().regex(/^[0-9a-f]{64}$/),
  gameLimitMs: z.number().int().min(1).max(3_600_000),
  decisionLimitMs: z.number().int().min(1).max(3_600_000),
  jobs: z.array(gameJob).min(1).max(MAX_CHUNK),
});

/** A chunk of a batch on the queue. */
export type Chunk = z.infer<typeof chunkSchema>;

const sandboxed = z.strictObject({
  kind: z.literal('sandboxed'),
  code: z.string().max(20_000_000),
  limits: z.strictObject({ memoryMb: z.number().int().min(8).max(4096), timeMs: z.number().int().min(1).max(3_600_000) }),
  description: z.strictObject({
    id: z.string().max(200),
    name: z.string().max(500),
    description: z.string().max(5000),
    meta: z.strictObject({ kinds: z.array(z.enum(['state', 'firm', 'civil'])).max(3), stochastic: z.boolean(), memory: z.boolean() }),
    hooks: z.strictObject({ initialMemory: z.boolean(), observe: z.boolean() }),
  }),
});

const jsonValue: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]));

const setupSchema = z.strictObject({
  scenario: z.unknown(),
  design: z
    .strictObject({
      paths: z.array(z.string().max(500)).max(1000),
      points: z.array(z.array(jsonValue)).max(10_000_000),
      replications: z.number().int().min(1),
      trajectories: z.number().int().min(1).optional(),
      samples: z.number().int().min(1).optional(),
      secondOrder: z.boolean().optional(),
    })
    .optional(),
  // Only sandboxed files: a `--trusted` file runs unsandboxed, which a queue never allows.
  strategyFiles: z.record(z.string().max(4096), sandboxed),
  budgetMs: z.number().int().min(1).max(3_600_000),
  rows: z
    .strictObject({ columns: z.array(z.string().max(500)).max(100_000), seed: z.string().max(300), derived: z.record(z.string().max(100), z.string().max(2000)).optional() })
    .optional(),
});

/**
 * A batch's setup read from its JSON text, checked: the scenario as the engine validates a scenario
 * file, the rest by shape.
 *
 * @returns the setup, or why it is refused (one line)
 */
export function parseSetup(text: string): PoolSetup | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'the batch setup is not JSON';
  }
  const shape = setupSchema.safeParse(data);
  if (!shape.success) return `the batch setup is not one geneva batch writes (${shape.error.issues[0]?.path.join('.') ?? ''}: ${shape.error.issues[0]?.message ?? ''})`;
  const scenario = validateScenario(shape.data.scenario, 'the batch setup');
  if (!scenario.ok) return `its scenario is invalid: ${formatProblem(scenario.problems[0]!)}`;
  const derived = derivedProblem(shape.data.rows);
  if (derived !== null) return derived;
  return { ...shape.data, scenario: scenario.scenario } as PoolSetup;
}

/** Why a setup's derived outcomes would not compile in a worker (the coordinator checked them; a forged setup may not be), or null. */
function derivedProblem(rows: { readonly columns: readonly string[]; readonly derived?: Readonly<Record<string, string>> } | undefined): string | null {
  if (rows?.derived === undefined) return null;
  const names = new Set(Object.keys(rows.derived));
  const missing = [...names].find((name) => !rows.columns.includes(name));
  if (missing !== undefined) return `its derived outcome ${missing} is not one of its columns`;
  const compiled = compileOutcomes(rows.derived, rows.columns.filter((c) => !names.has(c)));
  return compiled.ok ? null : `its derived outcome ${compiled.name} is refused: ${compiled.reason}`;
}

/**
 * A chunk read from a job's data.
 *
 * @returns the chunk, or why it is refused (one line)
 */
export function parseChunk(data: unknown): Chunk | string {
  const chunk = chunkSchema.safeParse(data);
  if (chunk.success) return chunk.data;
  const issue = chunk.error.issues[0];
  return `not a chunk of a geneva batch (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`;
}

/** A chunk's rows as they travel back: the bytes of each block in base64. */
export interface ChunkResult {
  readonly rows: readonly { readonly first: number; readonly count: number; readonly failed: number; readonly csv: string; readonly json: string; readonly series: string }[];
  readonly results: readonly GameResult[];
}

/** The return value of a chunk's job. */
export function encodeResult(rows: readonly RowBlock[], results: readonly GameResult[]): ChunkResult {
  return {
    rows: rows.map((b) => ({ first: b.first, count: b.count, failed: b.failed, csv: Buffer.from(b.csv).toString('base64'), json: Buffer.from(b.json).toString('base64'), series: Buffer.from(b.series).toString('base64') })),
    results,
  };
}

const resultSchema = z.strictObject({
  rows: z.array(z.strictObject({ first: z.number().int().min(0), count: z.number().int().min(1), failed: z.number().int().min(0), csv: z.string(), json: z.string(), series: z.string() })),
  results: z.array(z.strictObject({ index: z.number().int().min(0), ok: z.literal(false), error: z.string().max(10_000), culprit: z.string().max(4096).nullable() })),
});

/**
 * A chunk's rows and failed games from its job's return value, checked against the chunk: the blocks
 * and failures must cover exactly the chunk's runs, each once.
 *
 * @returns the rows and failures, or why they are refused (one line)
 */
export function decodeResult(value: unknown, chunk: Pick<Chunk, 'jobs'>): { rows: RowBlock[]; results: GameResult[] } | string {
  const parsed = resultSchema.safeParse(value);
  if (!parsed.success) return 'its result is not one a geneva worker returns';
  const expected = new Set(chunk.jobs.map((j) => j.index));
  const seen = new Set<number>();
  const cover = (i: number) => {
    if (!expected.has(i) || seen.has(i)) return false;
    seen.add(i);
    return true;
  };
  for (const b of parsed.data.rows) for (let i = b.first; i < b.first + b.count; i++) if (!cover(i)) return `its rows name run ${i}, not one of the chunk's or twice`;
  for (const r of parsed.data.results) if (!cover(r.index)) return `its failures name run ${r.index}, not one of the chunk's or twice`;
  if (seen.size !== expected.size) return `it has ${seen.size} of the chunk's ${expected.size} runs`;
  const rows = parsed.data.rows.map((b) => ({ first: b.first, count: b.count, failed: b.failed, csv: Buffer.from(b.csv, 'base64'), json: Buffer.from(b.json, 'base64'), series: Buffer.from(b.series, 'base64') }));
  for (const block of rows) {
    const problem = blockProblem(block);
    if (problem !== null) return problem;
  }
  return { rows, results: parsed.data.results };
}

/** The games of a chunk as the pool plays them. */
export function gameJobs(chunk: Chunk): GameJob[] {
  return chunk.jobs.map((j) => ({ index: j.index, seed: j.seed, seats: j.seats, ...(j.point === undefined ? {} : { point: j.point }) }));
}

/**
 * Why a block's bytes are not its runs' lines (one JSON row per run, in order; CSV lines, which may
 * hold quoted newlines, ending with one), or null.
 */
function blockProblem(block: RowBlock): string | null {
  const jsonLines = Buffer.from(block.json).toString('utf8').split('\n');
  if (block.csv[block.csv.length - 1] !== 10 || jsonLines.pop() !== '' || jsonLines.length !== block.count) return `its block of runs ${block.first}… does not hold ${block.count} rows`;
  for (let k = 0; k < jsonLines.length; k++) {
    let row: unknown;
    try {
      row = JSON.parse(jsonLines[k]!);
    } catch {
      return `its row of run ${block.first + k} is not JSON`;
    }
    if (typeof row !== 'object' || row === null || (row as { run?: unknown }).run !== block.first + k) return `its row of run ${block.first + k} is another run's`;
  }
  return seriesProblem(block);
}

/** Why a block's series.csv lines are not lines of its runs, in run order, or null. */
function seriesProblem(block: RowBlock): string | null {
  if (block.series.length === 0) return null;
  const lines = Buffer.from(block.series).toString('utf8').split('\n');
  if (lines.pop() !== '') return `its series of runs ${block.first}… do not end with a line break`;
  let last = block.first;
  for (const line of lines) {
    const cells = line.split(',');
    const run = Number(cells[0]);
    if (cells.length !== 7 || !Number.isInteger(run) || run < last || run >= block.first + block.count) return `its series line "${line.slice(0, 80)}" is not one of its runs' in order`;
    last = run;
  }
  return null;
}
