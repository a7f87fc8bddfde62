/**
 * `geneva merge <shard folders…> --out DIR`: puts the shards of a batch played on several machines
 * (`geneva batch … --shard K/N`) back together. It checks that they are the shards of one batch (same
 * engine, scenario, sweep, seed, seats, budget), every one of them once and complete, then writes
 * the whole batch's folder: its runs in order, its manifest and its summary, byte for byte those of
 * the batch played on one machine.
 */
import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvHeader } from '../../index.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { makeDirectory, printLines } from '../io.js';
import { batchDifference, readManifest, shardText, withoutProvenance, writeManifest, type Manifest } from '../batch/manifest.js';
import { provenanceWith, sessionEnded, sessionStarted } from '../batch/provenance.js';
import { RUN_FILES, SERIES, appendFileFrom, batchFileIn, writtenRuns } from '../batch/run-files.js';
import { writeRunsParquet } from '../batch/runs-parquet.js';
import { writeSeriesParquet, writeSeriesSummary } from '../batch/series-files.js';
import { SERIES_COLUMNS } from '../../batch/series-rows.js';
import { summarizeRuns, writeSummary, writtenFiles } from '../batch/summary-files.js';

/** The options of `geneva merge`. */
export interface MergeOptions {
  readonly out: string;
  /** Also write runs.parquet (`--parquet`). */
  readonly parquet?: boolean;
  /** The command line after `geneva`, for the manifest's provenance. */
  readonly command?: readonly string[];
}

/** A shard folder and its manifest. */
interface ShardFolder {
  readonly dir: string;
  readonly manifest: Manifest & { readonly shard: NonNullable<Manifest['shard']> };
}

/**
 * Merges shard folders into one batch folder.
 *
 * @throws UserError (exit 2) naming the folder and the reason: not a shard, another batch, a shard missing, twice or incomplete, an --out that holds files
 * @example
 * await mergeCommand(['part-1', 'part-2', 'part-3'], { out: 'batch-rsa-2017' });
 */
export async function mergeCommand(dirs: readonly string[], options: MergeOptions): Promise<ExitCode> {
  const session = sessionStarted(options.command ?? ['merge', ...dirs], Date.now());
  const shards = checkedShards(dirs);
  const whole = wholeManifest(shards[0]!.manifest);
  const out = options.out;
  const held = batchFileIn(out);
  if (held !== null) throw new UserError(`geneva: merge: --out ${out}: ${held === 'manifest.json' ? 'holds a batch already' : `holds a ${held}`} (choose another --out)`);
  makeDirectory(out);
  writeRunFiles(out, whole, shards);
  writeManifest(out, whole);
  await writeSummary(out, whole, await summarizeRuns(out, whole), options.parquet === true);
  await writeSeriesSummary(out);
  if (options.parquet === true) {
    await writeRunsParquet(out, whole);
    await writeSeriesParquet(out);
  }
  // The merge's own session, with each shard's provenance under it.
  writeManifest(out, { ...whole, provenance: { ...provenanceWith(undefined, sessionEnded(session, Date.now()), false), shards: shards.map((s) => s.manifest.provenance ?? null) } });
  printLines([
    `Merged ${shards.length} ${shards.length === 1 ? 'shard' : 'shards'} of the batch of ${whole.runs} runs of ${whole.scenario.id} (seed ${whole.seed}) into ${out}`,
    `Wrote ${out}/${writtenFiles(options.parquet === true)} (manifest.json describes the batch)`,
  ]);
  return EXIT.ok;
}

/** The folders' manifests, checked to be every shard of one batch, once each, each complete; in run order. */
function checkedShards(dirs: readonly string[]): ShardFolder[] {
  if (dirs.length === 0) throw new UserError('geneva: merge: give the shard folders to merge');
  const shards = dirs.map((dir) => {
    const manifest = readManifest(dir);
    if (manifest.shard === undefined) throw new UserError(`geneva: merge: ${dir}: holds a whole batch, not a shard (made with --shard K/N)`);
    return { dir, manifest: manifest as ShardFolder['manifest'] };
  });
  const first = shards[0]!;
  for (const shard of shards.slice(1)) {
    const difference = batchDifference(first.manifest, shard.manifest) ?? (shard.manifest.shard.count !== first.manifest.shard.count ? `it was split in ${first.manifest.shard.count} shards, not ${shard.manifest.shard.count}` : null);
    if (difference !== null) throw new UserError(`geneva: merge: ${shard.dir} is not a shard of the batch in ${first.dir}: ${difference}`);
  }
  const { count } = first.manifest.shard;
  const byIndex = new Map<number, ShardFolder>();
  for (const shard of shards) {
    const twice = byIndex.get(shard.manifest.shard.index);
    if (twice !== undefined) throw new UserError(`geneva: merge: ${twice.dir} and ${shard.dir} are both ${shardText(shard.manifest)}`);
    byIndex.set(shard.manifest.shard.index, shard);
  }
  const ordered: ShardFolder[] = [];
  for (let index = 1; index <= count; index++) {
    const shard = byIndex.get(index);
    if (shard === undefined) throw new UserError(`geneva: merge: shard ${index}/${count} is missing (give every shard's folder)`);
    const { first: from, end } = shard.manifest.shard;
    const written = writtenRuns(shard.dir, from);
    if (written !== end - from) throw new UserError(`geneva: merge: ${shard.dir}: ${shardText(shard.manifest)} has ${written} of its ${end - from} runs (finish it with geneva batch … --resume)`);
    if (!existsSync(join(shard.dir, SERIES))) throw new UserError(`geneva: merge: ${join(shard.dir, SERIES)}: missing (a shard played before series were written: play it again)`);
    ordered.push(shard);
  }
  return ordered;
}

/** The manifest of the whole batch: a shard's, without its shard (nor its provenance). */
function wholeManifest(manifest: Manifest): Manifest {
  const { shard: _shard, ...whole } = withoutProvenance(manifest);
  return whole;
}

/**
 * runs.csv and series.csv (one header each) and runs.jsonl of every shard in order, written under
 * temporary names and then renamed (series.csv first, as a batch writes it: a folder whose run files
 * are complete has all its series).
 */
function writeRunFiles(out: string, whole: Manifest, shards: readonly ShardFolder[]): void {
  const header: Record<string, string> = { 'runs.csv': csvHeader(whole.columns), [SERIES]: SERIES_COLUMNS.join(',') };
  for (const file of [SERIES, ...RUN_FILES]) {
    const part = join(out, `${file}.part`);
    const fd = openSync(part, 'w');
    try {
      if (header[file] !== undefined) writeSync(fd, `${header[file]}\n`);
      for (const shard of shards) appendFileFrom(fd, join(shard.dir, file), header[file] !== undefined ? 1 : 0);
    } finally {
      closeSync(fd);
    }
    renameSync(part, join(out, file));
  }
}
