/**
 * The provenance of a batch folder: which command wrote it, when, for how long, on which machine and
 * with which versions. Unlike the rest of the manifest it differs each time the same batch is played,
 * so it sits apart (`manifest.provenance`), and every comparison of batches (resume, merge, the
 * queue's batch id, the tests that compare folders byte for byte) leaves it out.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, hostname } from 'node:os';
import { ENGINE_VERSION } from '@geneva/engine';

/** The lab's version, from its package.json (three folders up from src/cli/batch and dist/cli/batch alike). */
const LAB_VERSION = ((): string => {
  try {
    const data = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof data.version === 'string' ? data.version : 'unknown';
  } catch {
    return 'unknown';
  }
})();

/** One command that wrote to the folder: `geneva batch` (first or resumed) or `geneva merge`. */
export interface Session {
  /** The command line after `geneva`, with any Redis password masked. */
  readonly command: readonly string[];
  /** ISO 8601, UTC. */
  readonly startedAt: string;
  /** ISO 8601, UTC; null while the command runs (or if it was interrupted). */
  readonly endedAt: string | null;
  /** From start to end, in seconds (3 decimals); null while it runs. */
  readonly wallSeconds: number | null;
  readonly node: string;
  readonly host: string;
  readonly platform: string;
  readonly arch: string;
  readonly cores: number;
  readonly engine: string;
  readonly lab: string;
}

/** The manifest's `provenance`: the first command, then each `--resume` (and, for a merge, the shards' own). */
export interface Provenance extends Session {
  readonly resumes: readonly Session[];
  /** A merged batch: the provenance of each shard, in shard order. */
  readonly shards?: readonly (Provenance | null)[];
}

/**
 * A command line with the password of any Redis URL in it masked, as the queue's messages show it.
 *
 * @example
 * maskedCommand(['batch', 'rsa-2017', '--queue', 'redis://me:secret@10.0.0.5:6379']); // [..., 'redis://me:***@10.0.0.5:6379']
 */
export function maskedCommand(args: readonly string[]): string[] {
  return args.map((arg) => arg.replace(/(rediss?:\/\/[^:@/\s]*):[^@\s]*@/gi, '$1:***@'));
}

/**
 * The session of a command started at `startedMs` (ms since the epoch), not ended yet.
 *
 * @example
 * const session = sessionStarted(['batch', 'rsa-2017', '--runs', '100'], Date.now());
 */
export function sessionStarted(args: readonly string[], startedMs: number): Session {
  return {
    command: maskedCommand(args),
    startedAt: new Date(startedMs).toISOString(),
    endedAt: null,
    wallSeconds: null,
    node: process.version,
    host: hostname(),
    platform: process.platform,
    arch: process.arch,
    cores: availableParallelism(),
    engine: ENGINE_VERSION,
    lab: LAB_VERSION,
  };
}

/**
 * The session ended at `endedMs`.
 *
 * @example
 * sessionEnded(session, Date.now()).wallSeconds; // 12.345
 */
export function sessionEnded(session: Session, endedMs: number): Session {
  const wall = (endedMs - Date.parse(session.startedAt)) / 1000;
  return { ...session, endedAt: new Date(endedMs).toISOString(), wallSeconds: Math.round(wall * 1000) / 1000 };
}

/**
 * The provenance after this session: a new batch's, or a resumed one's with the session appended
 * (the first start time kept). A folder written before provenance existed starts its record here.
 *
 * @example
 * provenanceWith(undefined, session); // { ...session, resumes: [] }
 */
export function provenanceWith(before: Provenance | undefined, session: Session, resumed: boolean): Provenance {
  if (before === undefined || !resumed) return { ...session, resumes: [] };
  return { ...before, resumes: [...(before.resumes ?? []), session] };
}

