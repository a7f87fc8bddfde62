/**
 * Helpers of the CLI tests: they run the real `geneva` binary (packages/lab/bin/geneva.js, which
 * imports the built dist/) in a child process, with real temporary files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The `geneva` binary. */
export const BIN = join(REPO, 'packages', 'lab', 'bin', 'geneva.js');
/** The shipped scenarios. */
export const SCENARIOS = join(REPO, 'scenarios');

/** What a run of the binary gave. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a run. */
export interface RunOptions {
  readonly cwd?: string;
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs `geneva …args` and waits for it (60 s at most).
 *
 * @example
 * const run = geneva(['play', 'rsa-2017', '--json']);
 */
export function geneva(args: readonly string[], options: RunOptions = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (options.env?.['GENEVA_SCENARIOS_DIR'] === undefined) delete env['GENEVA_SCENARIOS_DIR'];
  delete env['GENEVA_DEBUG'];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, env, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The non-empty lines of a text. */
export function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** A new temporary directory, a function that writes a file in it (returning its path), and one that removes it. */
export function tempDir(): { readonly dir: string; readonly file: (name: string, text: string) => string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'geneva-cli-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  };
  return { dir, file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Checks that a run failed the way a user's mistake must: one line on stderr, nothing on stdout, no stack. */
export function oneLineError(run: Run): string {
  const lines = linesOf(run.stderr);
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got ${lines.length}:\n${run.stderr}`);
  if (run.stdout !== '') throw new Error(`expected nothing on stdout, got:\n${run.stdout}`);
  if (/^\s+at /m.test(run.stderr)) throw new Error(`stack trace on stderr:\n${run.stderr}`);
  return lines[0]!;
}
