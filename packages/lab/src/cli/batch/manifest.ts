/**
 * manifest.json: what a batch is (the scenario with its hash, the sweep and its design, the seed
 * and the design seed, the seats, the tool version and the columns), written before the first run,
 * and how it was made (`provenance`: command line, times, machine, versions), completed when the
 * command ends. `--resume` and `replay --batch` rebuild everything from it; resuming with another
 * scenario or sweep is refused. Everything but `provenance` is a function of the command's inputs.
 */
import { join } from 'node:path';
import { contentHash, type Scenario } from '@geneva/engine';
import { type Design, type ShardRange, type Sweep } from '../../index.js';
import { UserError, messageOf } from '../errors.js';
import { readTextFile, writeFileAtomic } from '../io.js';
import type { Provenance } from './provenance.js';

/** The manifest of a batch. */
export interface Manifest {
  readonly format: 'geneva-batch';
  readonly version: 1;
  readonly engine: string;
  readonly scenario: { readonly id: string; readonly hash: string; readonly source: string; readonly data: Scenario };
  readonly sweep: { readonly file: string; readonly hash: string; readonly content: Sweep } | null;
  readonly seed: string;
  /** The seed the sweep's design was drawn with (absent without a sweep, and in folders older than design seeds: then `seed`). */
  readonly designSeed?: string;
  readonly runs: number;
  /** How run i is played. */
  readonly seeds: string;
  readonly design: Design;
  /** Seats overridden with `--seat` (strategy files by absolute path). */
  readonly seats: Readonly<Record<string, string>>;
  /** The content hash of each strategy file, so a resumed batch plays the same strategies. */
  readonly strategyHashes: Readonly<Record<string, string>>;
  readonly budgetMs: number;
  readonly columns: readonly string[];
  /** A shard of the batch (`--shard K/N`): the runs it plays, `first` … `end − 1`. Absent: every run. */
  readonly shard?: { readonly index: number; readonly count: number } & ShardRange;
  /** Who made the folder, when and where: differs each time, so comparisons leave it out (see {@link withoutProvenance}). */
  readonly provenance?: Provenance;
}

/**
 * The manifest without its provenance: the part that the same command gives byte for byte, which
 * comparisons and the queue's batch id use.
 *
 * @example
 * contentHash(withoutProvenance(manifest)); // the same for a batch and its resumption
 */
export function withoutProvenance(manifest: Manifest): Omit<Manifest, 'provenance'> {
  const { provenance: _provenance, ...rest } = manifest;
  return rest;
}

/** The runs a batch folder holds or will hold: `first` … `end − 1`. */
export function runsOf(manifest: Manifest): ShardRange {
  return manifest.shard === undefined ? { first: 0, end: manifest.runs } : { first: manifest.shard.first, end: manifest.shard.end };
}

const FILE = 'manifest.json';

/** The manifest's path in a batch folder. */
export function manifestPath(dir: string): string {
  return join(dir, FILE);
}

/** Writes the manifest (atomically). */
export function writeManifest(dir: string, manifest: Manifest): void {
  writeFileAtomic(manifestPath(dir), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Reads a batch folder's manifest.
 *
 * @throws UserError (exit 2) naming the file when it is missing, not JSON or not a batch manifest
 */
export function readManifest(dir: string): Manifest {
  const path = manifestPath(dir);
  const text = readTextFile(path);
  let data: Partial<Manifest>;
  try {
    data = JSON.parse(text) as Partial<Manifest>;
  } catch (error) {
    throw new UserError(`${path}: not JSON (${messageOf(error)})`);
  }
  if (data.format !== 'geneva-batch') throw new UserError(`${path}: not a Geneva batch manifest (no "format": "geneva-batch")`);
  if (data.version !== 1) throw new UserError(`${path}: batch format version ${String(data.version)} is not supported (1)`);
  if (typeof data.scenario?.data !== 'object' || data.scenario.hash !== contentHash(data.scenario.data)) throw new UserError(`${path}: scenario: missing or altered (its hash does not match)`);
  if (!Array.isArray(data.design?.paths) || !Array.isArray(data.design.points) || typeof data.runs !== 'number' || !Array.isArray(data.columns))
    throw new UserError(`${path}: design, runs or columns: missing or malformed`);
  const provenance = data.provenance as { resumes?: unknown } | undefined;
  if (provenance !== undefined && (typeof provenance !== 'object' || provenance === null || !Array.isArray(provenance.resumes))) throw new UserError(`${path}: provenance: malformed (an object with a list of resumes)`);
  const shard = data.shard;
  if (shard !== undefined && !(Number.isInteger(shard.first) && Number.isInteger(shard.end) && 0 <= shard.first && shard.first <= shard.end && shard.end <= data.runs))
    throw new UserError(`${path}: shard: malformed (runs ${String(shard.first)}–${String(shard.end)} of ${data.runs})`);
  return data as Manifest;
}

/**
 * Why a batch may not be resumed with these settings, or null: it must be the same engine version,
 * scenario, sweep, seed, design seed, runs, seats (and strategy files' content), budget and shard.
 */
export function resumeProblem(on: Manifest, now: Manifest): string | null {
  const other = batchDifference(on, now);
  if (other !== null) return other;
  return shardText(on) !== shardText(now) ? `it is ${shardText(on)}, not ${shardText(now)}` : null;
}

/**
 * How the batch `on` differs from `now`, whichever shard of it each is, or null: the engine version,
 * scenario, sweep, seed, runs, seats (and strategy files' content) and budget.
 */
export function batchDifference(on: Manifest, now: Manifest): string | null {
  if (on.engine !== now.engine) return `it was run with engine ${on.engine}, and this is ${now.engine} (a batch is pinned to its engine version)`;
  if (on.scenario.hash !== now.scenario.hash)
    return `it was run with scenario ${on.scenario.id} (${on.scenario.source}, hash ${on.scenario.hash}), not ${now.scenario.id} (${now.scenario.source}, hash ${now.scenario.hash})`;
  if ((on.sweep?.hash ?? null) !== (now.sweep?.hash ?? null)) return `it was run ${on.sweep === null ? 'without a sweep' : `with the sweep ${on.sweep.file} (hash ${on.sweep.hash})`}, not ${now.sweep === null ? 'without one' : `${now.sweep.file} (hash ${now.sweep.hash})`}`;
  if (on.seed !== now.seed) return `it was run with --seed ${on.seed}, not ${now.seed}`;
  if (on.sweep !== null && designSeed(on) !== designSeed(now)) return `its design was drawn with the design seed ${designSeed(on)}, not ${designSeed(now)}`;
  if (on.runs !== now.runs) return `it has ${on.runs} runs, not ${now.runs}`;
  if (JSON.stringify(on.seats) !== JSON.stringify(now.seats)) return `it was run with other seats (${JSON.stringify(on.seats)})`;
  const changed = Object.keys(now.strategyHashes).find((file) => on.strategyHashes?.[file] !== now.strategyHashes[file]);
  if (changed !== undefined) return `the strategy file ${changed} has changed since the batch began`;
  if (on.budgetMs !== now.budgetMs) return `it was run with --budget ${on.budgetMs}, not ${now.budgetMs}`;
  return null;
}

/** The seed a batch's design was drawn with (the batch seed in folders older than design seeds). */
function designSeed(manifest: Manifest): string {
  return manifest.designSeed ?? manifest.seed;
}

/** Which part of its batch a folder holds, in words. */
export function shardText(manifest: Manifest): string {
  return manifest.shard === undefined ? 'the whole batch' : `shard ${manifest.shard.index}/${manifest.shard.count} (runs ${manifest.shard.first}–${manifest.shard.end - 1})`;
}
