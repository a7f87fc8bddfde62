/**
 * `--workers` defaults to the machine's available parallelism (os.availableParallelism(): the CPUs
 * this process may run on), not a constant: checked with the process held to one CPU by taskset
 * (util-linux), where a constant 2 would still show 2.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from './helpers.js';

/** The default of `--workers` in a command's help, run under `prefix` (e.g. taskset). */
function defaultWorkers(command: string, prefix: readonly string[] = []): string | undefined {
  const argv = [...prefix, process.execPath, BIN, command, '--help'];
  const run = spawnSync(argv[0]!, argv.slice(1), { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return /--workers <k>\s+worker threads \(default: "(\d+)"\)/.exec(run.stdout)?.[1];
}

describe('the default number of workers', () => {
  for (const command of ['batch', 'tournament']) {
    it(`is every available CPU for ${command}`, () => {
      expect(defaultWorkers(command)).toBe(String(availableParallelism()));
      expect(defaultWorkers(command, ['taskset', '-c', '0'])).toBe('1');
    });
  }
});
