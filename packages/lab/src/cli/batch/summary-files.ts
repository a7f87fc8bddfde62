/**
 * points.csv, summary.json and summary.md of a batch, computed by reading runs.jsonl once, row by row
 * (memory stays flat however many runs there are, and grows by a few bytes per point and outcome).
 * Every point's statistics go to points.csv (and points.parquet); summary.json keeps the batch-level
 * results; the Markdown tells the story first (what moves what), then the key outcomes of the
 * points that matter, and stays short for any design.
 */
import { join } from 'node:path';
import { BatchSummarizer, type BatchSummary, type BoxStep, type Discovery, type ElementaryEffects, type PointSummary, type PointTable, type SobolIndices, type SobolPair } from '../../index.js';
import { writeFileAtomic } from '../io.js';
import { shardText, type Manifest } from './manifest.js';
import { POINTS_CSV, pointColumns, writePointsCsv, writePointsParquet } from './points-files.js';
import { readRows } from './run-files.js';

/** Outcomes shown side by side for every point in summary.md. */
const KEY_OUTCOMES = ['adopted', 'inForce', 'ratifications', 'civilianHarm', 'incidents', 'attributionTrust', 'welfareStates'] as const;
/** Up to this many points, summary.md shows every point; above, the points that matter (points.csv has all). */
const DETAILED_POINTS = 20;
/** Above DETAILED_POINTS: the points shown at each end of each key outcome's range. */
const EXTREMES = 3;

/**
 * Summarises the runs on disk.
 *
 * @example
 * const summary = await summarizeRuns('batch-rsa-2017', manifest);
 */
export async function summarizeRuns(dir: string, manifest: Manifest): Promise<BatchSummary> {
  const summarizer = new BatchSummarizer(manifest.design, manifest.sweep?.content.discovery ?? {});
  for await (const row of readRows(dir)) summarizer.add(row);
  return summarizer.summary();
}

/**
 * The files a batch command wrote, for its last line.
 *
 * @example
 * writtenFiles(true); // 'runs.csv, runs.jsonl, runs.parquet, series.csv, series.parquet, series-summary.csv, points.csv, points.parquet, summary.md, summary.json'
 */
export function writtenFiles(parquet: boolean): string {
  const p = (file: string) => (parquet ? `${file}, ` : '');
  return `runs.csv, runs.jsonl, ${p('runs.parquet')}series.csv, ${p('series.parquet')}series-summary.csv, points.csv, ${p('points.parquet')}summary.md, summary.json`;
}

/**
 * Writes points.csv (and points.parquet when asked), summary.json and summary.md, each atomically.
 *
 * @throws UserError naming the file that cannot be written
 */
export async function writeSummary(dir: string, manifest: Manifest, summary: BatchSummary, parquet = false): Promise<void> {
  const columns = pointColumns(manifest, summary.points);
  writePointsCsv(dir, columns, summary.points.count);
  if (parquet) await writePointsParquet(dir, manifest, columns, summary.points.count);
  const { points, ...batchLevel } = summary;
  const head = {
    format: 'geneva-batch-summary',
    version: 1,
    engine: manifest.engine,
    scenario: { id: manifest.scenario.id, hash: manifest.scenario.hash },
    seed: manifest.seed,
    runs: manifest.runs,
    method: manifest.sweep?.content.method ?? null,
    design: { paths: manifest.design.paths, points: manifest.design.points.length, replications: manifest.design.replications },
    ...(manifest.shard === undefined ? {} : { shard: manifest.shard }),
    // Every point's statistics are in points.csv: a JSON object per point and outcome grew to hundreds of megabytes.
    pointsFile: POINTS_CSV,
    failed: failedRuns(points),
  };
  writeFileAtomic(join(dir, 'summary.json'), jsonPieces({ ...head, ...batchLevel }));
  writeFileAtomic(join(dir, 'summary.md'), `${markdownOf(manifest, summary).join('\n')}\n`);
}

/**
 * The text of `JSON.stringify(value, null, 2)` and a newline, in pieces: an array is written an
 * element at a time, so a design of many points never becomes one string of hundreds of megabytes.
 */
function* jsonPieces(value: Readonly<Record<string, unknown>>): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [k, [key, item]] of entries.entries()) {
    yield `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(item) && item.length > 0) {
      yield '[';
      for (const [i, element] of item.entries()) yield `${i === 0 ? '' : ','}\n    ${indented(element, '    ')}`;
      yield '\n  ]';
    } else yield indented(item, '  ');
  }
  yield '\n}\n';
}

/** JSON.stringify(value, null, 2), its lines after the first indented by `by`. */
function indented(value: unknown, by: string): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${by}`);
}

/** The lines of summary.md. */
export function markdownOf(manifest: Manifest, summary: BatchSummary): string[] {
  const { design } = manifest;
  const failed = failedRuns(summary.points);
  const lines = [
    `# Batch: ${manifest.scenario.id}, ${manifest.runs} ${manifest.runs === 1 ? 'run' : 'runs'}${manifest.shard === undefined ? '' : `: ${shardText(manifest)}`}`,
    '',
    ...(manifest.shard === undefined ? [] : [`This folder holds one shard of the batch, and this summary covers its runs only: \`geneva merge\` puts the shards together into the whole batch, with its summary.`, '']),
    `Scenario \`${manifest.scenario.id}\` (content hash ${manifest.scenario.hash}) · seed \`${manifest.seed}\`${manifest.designSeed === undefined || manifest.designSeed === manifest.seed ? '' : ` · design seed \`${manifest.designSeed}\``} · ${design.points.length} design ${design.points.length === 1 ? 'point' : 'points'} × ${design.replications} ${design.replications === 1 ? 'replication' : 'replications'}${manifest.sweep ? ` (${manifest.sweep.content.method}, ${manifest.sweep.file})` : ''} · engine ${manifest.engine}`,
    '',
    `Runs that failed: ${failed}${failed > 0 ? ' (their rows in runs.csv carry the error; they are left out below)' : ''}.`,
  ];
  if (design.paths.length > 0) lines.push('', ...sensitivityLines(summary));
  for (const found of summary.discovery) lines.push('', ...discoveryLines(found, design.points.length, manifest.sweep?.content.discovery?.minCoverage ?? 0.5));
  if (summary.morris.length > 0) lines.push('', ...morrisLines(summary.morris, design.trajectories ?? 0), ...noiseLines(summary));
  if (design.samples !== undefined) lines.push('', ...sobolLines(summary.sobol, design.samples), ...pairLines(summary.sobolPairs ?? []), ...noiseLines(summary));
  lines.push('', ...keyLines(design.paths, summary.points));
  if (summary.points.count <= DETAILED_POINTS) for (const point of summary.points) lines.push('', ...pointLines(point));
  lines.push('', `Every point's statistics (each outcome's mean, standard deviation and 95% interval, each rate with its interval) are in ${POINTS_CSV}, one row per point (${summary.points.count} ${summary.points.count === 1 ? 'row' : 'rows'}); the correlations, boxes and indices of this summary, every one of them, are in summary.json.`);
  return lines;
}

/** Runs that failed, over every point. */
function failedRuns(points: PointTable): number {
  let failed = 0;
  for (let p = 0; p < points.count; p++) failed += points.failedAt(p);
  return failed;
}

function sensitivityLines(summary: BatchSummary): string[] {
  const top = summary.sensitivity.filter((s) => Math.abs(s.rho) >= 0.3 && !s.outcome.startsWith('welfareBy.')).slice(0, 20);
  const intro = "## What moves what\n\nSpearman's rank correlation between each swept parameter and each outcome's mean over the design points, strongest first (|ρ| ≥ 0.3; every pair is in summary.json).";
  if (summary.sensitivity.length === 0) return [intro, '', 'Not computed: it needs at least three design points with runs and a numeric parameter.'];
  if (top.length === 0) return [intro, '', 'No parameter moves any outcome that much.'];
  return [intro, '', '| parameter | outcome | ρ |', '|---|---|---|', ...top.map((s) => `| ${s.parameter} | ${s.outcome} | ${signed(s.rho, 2)} |`)];
}

function morrisLines(effects: readonly ElementaryEffects[], trajectories: number): string[] {
  const keys: readonly string[] = KEY_OUTCOMES;
  const key = effects.filter((e) => keys.includes(e.outcome));
  const moved = new Set(key.filter((e) => e.muStar > 0).map((e) => e.outcome));
  const still = keys.filter((k) => key.some((e) => e.outcome === k) && !moved.has(k));
  const shown = key.filter((e) => moved.has(e.outcome)).sort((a, b) => keys.indexOf(a.outcome) - keys.indexOf(b.outcome) || b.muStar - a.muStar);
  return [
    '## Morris screening (elementary effects)',
    '',
    `Along each of the ${trajectories} trajectories one parameter moves at a time; an elementary effect is the change of an outcome's mean (or rate) per swept range of the parameter. μ* (the mean absolute effect) ranks how much a parameter matters, μ gives its direction, and σ (their spread) large against μ* means interactions or a non-linear effect; ± is the half-width of μ*'s 95% bootstrap interval, over trajectories and over the replications within points (so it includes the seeds' noise). The key outcomes here; every outcome is in summary.json.`,
    '',
    '| outcome | parameter | μ* | μ | σ |',
    '|---|---|---|---|---|',
    ...shown.map((e) => `| ${e.outcome} | ${e.parameter} | ${fixed(e.muStar)} ± ${fixed(e.muStarConf)} | ${signed(e.mu, 4)} | ${e.sigma === null ? '–' : fixed(e.sigma)} |`),
    ...(still.length === 0 ? [] : ['', `No parameter moves ${still.join(', ')} anywhere in the design.`]),
  ];
}

function sobolLines(indices: readonly SobolIndices[], samples: number): string[] {
  const keys: readonly string[] = KEY_OUTCOMES;
  const shown = indices.filter((e) => keys.includes(e.outcome)).sort((a, b) => keys.indexOf(a.outcome) - keys.indexOf(b.outcome) || b.st - a.st);
  const used = indices[0]?.samples ?? 0;
  const still = keys.filter((k) => !shown.some((e) => e.outcome === k));
  return [
    '## Sobol indices (variance decomposition)',
    '',
    `Over ${used} of the ${samples} base samples of Saltelli's design (on a Sobol sequence; those whose every point has a finished run), the share of each outcome's variance (of its mean or rate at a point, the noise those means carry taken out) that a parameter explains alone (S1, first order) and with its interactions (ST, total); ± is the half-width of a 95% bootstrap interval, over base samples and over the replications within points (so it includes the seeds' noise). ST near 0 means the parameter can be fixed anywhere in its range; ST well above S1 means it acts through interactions. Small samples or much noise give wide intervals, and an estimate can then fall slightly outside [0, 1]. The key outcomes here; every outcome is in summary.json.`,
    '',
    '| outcome | parameter | S1 | ST |',
    '|---|---|---|---|',
    ...shown.map((e) => `| ${e.outcome} | ${e.parameter} | ${e.s1.toFixed(3)} ± ${e.s1Conf.toFixed(3)} | ${e.st.toFixed(3)} ± ${e.stConf.toFixed(3)} |`),
    ...(still.length === 0 ? [] : ['', `Not computed for ${still.join(', ')}: its point means do not vary over the design, or no more than the seeds' noise makes them (see the noise below), or it had no finished runs.`]),
  ];
}

/** Pairs shown per key outcome in summary.md (all of them are in summary.json). */
const SHOWN_PAIRS = 3;

/** The largest second-order indices of the key outcomes (a design with `secondOrder: true`). */
function pairLines(pairs: readonly SobolPair[]): string[] {
  const keys: readonly string[] = KEY_OUTCOMES;
  const shown = keys.flatMap((k) => pairs.filter((e) => e.outcome === k).slice(0, SHOWN_PAIRS));
  if (shown.length === 0) return [];
  return [
    '',
    `Second order (S2): the share of the variance that the interaction of two parameters explains beyond what each explains alone, with its 95% interval; the ${SHOWN_PAIRS} largest pairs of each key outcome here, every pair in summary.json.`,
    '',
    '| outcome | parameters | S2 |',
    '|---|---|---|',
    ...shown.map((e) => `| ${e.outcome} | ${e.parameters.join(' × ')} | ${e.s2.toFixed(3)} ± ${e.s2Conf.toFixed(3)} |`),
  ];
}

/** The noise shares of the key outcomes and every warning of a Sobol or Morris analysis. */
function noiseLines(summary: BatchSummary): string[] {
  const keys: readonly string[] = KEY_OUTCOMES;
  const warnings = (summary.warnings ?? []).map((w) => `- ${w}`);
  const head = warnings.length === 0 ? [] : ['', `Warnings (${warnings.length}):`, '', ...warnings];
  if (summary.noise === undefined) return head;
  if (summary.noise === null) return [...head, '', "Noise: with one replication a point, the seeds' variance cannot be told from the parameters': the indices describe this one set of seeds, and their intervals say nothing about it. Run two replications or more to measure it."];
  const shown = summary.noise.filter((n) => keys.includes(n.outcome)).sort((a, b) => keys.indexOf(a.outcome) - keys.indexOf(b.outcome));
  return [
    ...head,
    '',
    `Noise: the share of each outcome's variance that is the seeds' (within a point) rather than the parameters'. Over single runs, the mean variance within a point against itself plus the variance of the true point means; over point means (what the indices decompose), a mean of ${summary.noise[0]?.replications ?? 0} runs' noise (the within variance / ${summary.noise[0]?.replications ?? 0}) against the variance of the point means, which can pass 100% since every point plays the same seeds. Above 50%, the indices mostly describe the seeds. Every outcome whose point means vary is in summary.json.`,
    '',
    '| outcome | noise in single runs | noise in point means |',
    '|---|---|---|',
    ...shown.map((n) => `| ${n.outcome} | ${pct(n.runShare)} | ${pct(n.meanShare)} |`),
  ];
}

/** Trajectory steps shown in summary.md (all of them are in summary.json). */
const SHOWN_STEPS = 12;

function discoveryLines(found: Discovery, points: number, minCoverage: number): string[] {
  const share = minCoverage === 0.5 ? 'half' : pct(minCoverage);
  const { outcome, trajectory, chosen } = found;
  const box = trajectory[chosen]!;
  const intro = [
    `## Where ${outcome} happens (scenario discovery, PRIM)`,
    '',
    `Over all runs, ${outcome} in ${pct(found.baseRate)}. PRIM peels the swept space a slice at a time toward the runs where it happens: each box below trades how often ${outcome} happens inside it against how many of those runs it keeps (coverage). Every box is in summary.json.`,
  ];
  const finding =
    chosen === 0
      ? ['', `No box keeps ${share} of those runs at a higher rate: no swept condition stands out for ${outcome}.`]
      : [
          '',
          `The densest box that keeps at least ${share} of the runs with ${outcome}: ${boxText(box)}. It holds ${pct(box.mass)} of the runs; ${outcome} in ${pct(box.density)} of them, and ${pct(box.coverage)} of all the runs with ${outcome} are in it.`,
        ];
  const shown = trajectory.map((s, k) => [k, s] as const).filter(([k]) => trajectory.length <= SHOWN_STEPS || k === chosen || k === trajectory.length - 1 || k % Math.ceil(trajectory.length / SHOWN_STEPS) === 0);
  const table = ['', `| box | runs inside | ${outcome} | coverage |`, '|---|---|---|---|', ...shown.map(([k, s]) => `| ${k === chosen ? '**' : ''}${boxText(s)}${k === chosen ? '**' : ''} | ${pct(s.mass)} | ${pct(s.density)} | ${pct(s.coverage)} |`)];
  const caution = ['', `Over ${points} design points, a box is a lead to check (a new sweep inside it, more points), not a finding.`];
  return [...intro, ...finding, ...table, ...caution];
}

/**
 * A box in words: each narrowed parameter with the range of swept values kept.
 *
 * @example
 * boxText({ box: { 'rules.entryIntoForce.ratifications': [3, 5] }, mass: 0.3, density: 0.9, coverage: 0.63 }); // 'rules.entryIntoForce.ratifications in [3, 5]'
 */
export function boxText(step: BoxStep): string {
  const bounds = Object.entries(step.box);
  if (bounds.length === 0) return 'the whole swept space';
  return bounds.map(([path, [lo, hi]]) => `${path} ${lo === hi ? `= ${short(lo)}` : `in [${short(lo)}, ${short(hi)}]`}`).join(' and ');
}

function short(x: number): string {
  return String(Number(x.toPrecision(4)));
}

/**
 * "Key outcomes by point": every point of a small design; of a large one, the points at each end of
 * each key outcome's range, each with the reasons it is shown, so the section stays short.
 */
function keyLines(paths: readonly string[], points: PointTable): string[] {
  if (points.count <= DETAILED_POINTS) return ['## Key outcomes by point', '', ...keyTable(paths, points, [...Array(points.count).keys()], null)];
  const why = extremePoints(points);
  const shown = [...why.keys()].sort((a, b) => a - b);
  if (shown.length === 0)
    return [
      '## Key outcomes at the points that matter',
      '',
      `None of the key outcomes varies over the ${points.count} design points: point 0 shows the values they all have; every point is in ${POINTS_CSV}.`,
      '',
      ...keyTable(paths, points, [0], null),
    ];
  return [
    '## Key outcomes at the points that matter',
    '',
    `${points.count} design points are too many to list here. These ${shown.length} are, for each key outcome that varies over the design, the ${EXTREMES} points where its mean (or rate) is highest and the ${EXTREMES} where it is lowest (ties to the lower point number); every point is in ${POINTS_CSV}.`,
    '',
    ...keyTable(paths, points, shown, why),
  ];
}

/** For each key outcome that varies, its highest and lowest points, with why each is shown. */
function extremePoints(points: PointTable): Map<number, string[]> {
  const why = new Map<number, string[]>();
  const note = (point: number, reason: string) => why.set(point, [...(why.get(point) ?? []), reason]);
  for (const outcome of KEY_OUTCOMES) {
    const value = Float64Array.from({ length: points.count }, (_, p) => points.valueAt(outcome, p));
    const played = [...value.keys()].filter((p) => !Number.isNaN(value[p]!));
    const low = [...played].sort((a, b) => value[a]! - value[b]! || a - b);
    const high = played.sort((a, b) => value[b]! - value[a]! || a - b);
    if (low.length === 0 || value[low[0]!] === value[high[0]!]) continue;
    for (const p of high.slice(0, EXTREMES)) note(p, `${outcome} high`);
    for (const p of low.slice(0, EXTREMES)) note(p, `${outcome} low`);
  }
  return why;
}

function keyTable(paths: readonly string[], points: PointTable, shown: readonly number[], why: ReadonlyMap<number, string[]> | null): string[] {
  const header = ['point', ...paths, 'runs', ...KEY_OUTCOMES, ...(why === null ? [] : ['shown for'])];
  const rows = shown.map((point) => {
    const p = points.at(point);
    return [
      String(p.point),
      ...paths.map((path) => JSON.stringify(p.parameters[path])),
      String(p.runs),
      ...KEY_OUTCOMES.map((k) => (p.rates[k] ? pct(p.rates[k].rate) : p.numeric[k] ? fixed(p.numeric[k].mean) : '–')),
      ...(why === null ? [] : [(why.get(point) ?? []).join(', ')]),
    ];
  });
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function pointLines(p: PointSummary): string[] {
  const title = Object.entries(p.parameters).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ');
  return [
    `## Point ${p.point}${title ? `: ${title}` : ''}`,
    '',
    `${p.runs} runs${p.failed > 0 ? `, ${p.failed} failed` : ''}.`,
    '',
    '| outcome | mean | sd | 95% CI |',
    '|---|---|---|---|',
    ...Object.entries(p.numeric).map(([k, s]) => `| ${k} | ${fixed(s.mean)} | ${s.sd === null ? '–' : fixed(s.sd)} | ${s.ci95 === null ? '–' : `[${fixed(s.ci95[0])}, ${fixed(s.ci95[1])}]`} |`),
    ...(p.runs === 1 ? ['', 'With one run, a mean has no standard deviation and no interval (–): more replications give them.'] : []),
    '',
    '| outcome | rate | 95% CI (Wilson) |',
    '|---|---|---|',
    ...Object.entries(p.rates).map(([k, r]) => `| ${k} | ${pct(r.rate)} | [${pct(r.ci95[0])}, ${pct(r.ci95[1])}] |`),
  ];
}

function fixed(x: number): string {
  return Number.isNaN(x) ? '–' : x.toFixed(4);
}

function signed(x: number, digits: number): string {
  return `${x >= 0 ? '+' : '-'}${Math.abs(x).toFixed(digits)}`;
}

/**
 * A share as a percentage with one decimal (– when there is none).
 *
 * @example
 * pct(0.425); // '42.5%'
 */
export function pct(x: number): string {
  return Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`;
}
