/**
 * Batches on a queue (issue 18), against a real Redis (Debian's redis-server on a free loopback port)
 * and real `geneva worker` processes: the coordinator writes the same bytes as a local batch; a
 * worker killed mid-chunk loses nothing (another takes its chunks once their lock expires) and
 * doubles nothing; a killed coordinator resumes from its files and the queue; a Redis restarted
 * mid-batch is waited for and everything lost with it put back; two batches share one Redis and one
 * worker; a refused Redis, a bad
 * URL and a job that is not a chunk are refused in one line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { BIN, REPO, geneva, oneLineError, tempDir } from '../cli/helpers.js';
import { freePort, startRedis, type RedisUnderTest } from './redis.js';

let redis: RedisUnderTest;
const temp = tempDir();
const workers: ChildProcess[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  await redis?.stop();
  temp.remove();
});

/** A `geneva worker` process on the test Redis, with its stderr collected. */
function startWorker(extra: readonly string[] = []): { child: ChildProcess; log: () => string; ready: Promise<void> } {
  // From the temporary folder: a worker must need nothing of the coordinator's disk.
  const child = spawn(process.execPath, [BIN, 'worker', redis.url, '--workers', '1', ...extra], { cwd: temp.dir, stdio: ['ignore', 'ignore', 'pipe'] });
  workers.push(child);
  let text = '';
  const ready = new Promise<void>((resolve) =>
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('waiting for batches')) resolve();
    }),
  );
  return { child, log: () => text, ready };
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** A local batch of `runs` runs, the reference the queue's files must equal. */
function localBatch(name: string, runs: number, seed: string, extra: readonly string[] = []): string {
  const dir = join(temp.dir, name);
  const run = geneva(['batch', 'rsa-2017', '--runs', String(runs), '--seed', seed, '--workers', '1', '--quiet', '--out', dir, ...extra]);
  expect(run.status, run.stderr).toBe(0);
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const FILES = ['runs.csv', 'runs.jsonl', 'series.csv', 'series-summary.csv', 'points.csv', 'summary.json', 'summary.md'];

/** Runs `geneva batch` in the background; resolves with its exit code and output. */
function batchInBackground(args: readonly string[]): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, 'batch', ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

/** Resolves once `dir`/runs.jsonl holds more than `rows` rows. */
async function rowsWritten(dir: string, rows: number): Promise<void> {
  while (rowCount(dir) <= rows) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The rows in `dir`/runs.jsonl now. */
function rowCount(dir: string): number {
  const file = join(dir, 'runs.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0;
}

describe('a batch on a Redis queue', () => {
  it('is played by two worker processes, refuses a job that is not a chunk, and writes the bytes of a local batch', async () => {
    const a = startWorker();
    const b = startWorker();
    await Promise.all([a.ready, b.ready]);
    // Anyone with access to the Redis may put anything on the queue: a worker refuses it and goes on.
    const queue = new Queue('batches', { connection: { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null }, prefix: 'geneva' });
    await queue.add('chunk', { format: 'geneva-chunk', version: 1, jobs: 'rm -rf /' }, { jobId: 'hostile' });
    const local = localBatch('local-600', 600, '5', ['--parquet']);
    const out = join(temp.dir, 'queued-600');
    // In the background: a synchronous child would hold this process's event loop, and the workers' logs with it.
    const run = await batchInBackground(['rsa-2017', '--runs', '600', '--seed', '5', '--chunk', '50', '--queue', redis.url, '--quiet', '--parquet', '--out', out]).done;
    expect(run.code, run.stderr).toBe(0);
    for (const file of FILES) expect(read(out, file), file).toBe(read(local, file));
    expect(readFileSync(join(out, 'runs.parquet')).equals(readFileSync(join(local, 'runs.parquet')))).toBe(true);
    expect(a.log()).toMatch(/playing batch [0-9a-f]+ \(rsa-2017\)/);
    expect(b.log()).toMatch(/playing batch [0-9a-f]+ \(rsa-2017\)/);
    expect(a.log() + b.log()).toMatch(/refused job hostile: not a chunk of a geneva batch/);
    const hostile = await queue.getJob('hostile');
    expect(await hostile!.getState()).toBe('failed');
    await queue.close();
    await Promise.all([stop(a.child, 'SIGTERM'), stop(b.child, 'SIGTERM')]);
  }, 180_000);

  it('serves two batches at once on one Redis and one worker, each with its own files', async () => {
    const worker = startWorker();
    await worker.ready;
    const [a, b] = [join(temp.dir, 'shared-a'), join(temp.dir, 'shared-b')];
    const both = await Promise.all([
      batchInBackground(['rsa-2017', '--runs', '300', '--seed', '11', '--chunk', '30', '--queue', redis.url, '--quiet', '--out', a]).done,
      batchInBackground(['voluntary-norms', '--runs', '300', '--seed', '12', '--chunk', '30', '--queue', redis.url, '--quiet', '--out', b]).done,
    ]);
    for (const run of both) expect(run.code, run.stderr).toBe(0);
    const localA = localBatch('local-shared-a', 300, '11');
    const localB = join(temp.dir, 'local-shared-b');
    const run = geneva(['batch', 'voluntary-norms', '--runs', '300', '--seed', '12', '--workers', '1', '--quiet', '--out', localB]);
    expect(run.status, run.stderr).toBe(0);
    for (const file of FILES) {
      expect(read(a, file), file).toBe(read(localA, file));
      expect(read(b, file), file).toBe(read(localB, file));
    }
    expect(worker.log()).toMatch(/playing batch [0-9a-f]+ \(rsa-2017\)/);
    expect(worker.log()).toMatch(/playing batch [0-9a-f]+ \(voluntary-norms\)/);
    await stop(worker.child, 'SIGTERM');
  }, 180_000);

  it('carries a strategy file to the workers, who play it in its sandbox from what is in Redis, not from their disk', async () => {
    const worker = startWorker();
    await worker.ready;
    const file = join(REPO, 'examples', 'strategies', 'cautious-state.ts');
    const seat = ['--seat', `usa=${file}`];
    const local = localBatch('local-seat', 120, '9', seat);
    const out = join(temp.dir, 'queued-seat');
    // The worker runs from another folder, where the file's path means nothing.
    const run = await batchInBackground(['rsa-2017', '--runs', '120', '--seed', '9', '--chunk', '40', '--queue', redis.url, '--quiet', '--out', out, ...seat]).done;
    expect(run.code, run.stderr).toBe(0);
    for (const file of FILES) expect(read(out, file), file).toBe(read(local, file));
    // The file played every decision itself: no fault fell back to the safe sheet.
    for (const line of read(out, 'runs.jsonl').trim().split('\n')) expect((JSON.parse(line) as { faults: number }).faults).toBe(0);
    await stop(worker.child, 'SIGTERM');
  }, 180_000);

  it('loses nothing and doubles nothing when a worker is killed with SIGKILL mid-chunk', async () => {
    const first = startWorker(['--lock', '2000']);
    await first.ready;
    const out = join(temp.dir, 'worker-killed');
    const batch = batchInBackground(['rsa-2017', '--runs', '1500', '--seed', '6', '--chunk', '100', '--queue', redis.url, '--quiet', '--out', out]);
    await rowsWritten(out, 100);
    await stop(first.child, 'SIGKILL');
    expect(rowCount(out), 'killed mid-batch').toBeLessThan(1500);
    const second = startWorker(['--lock', '2000']);
    const result = await batch.done;
    expect(result.code, result.stderr).toBe(0);
    const local = localBatch('local-1500', 1500, '6');
    for (const file of FILES) expect(read(out, file), file).toBe(read(local, file));
    await stop(second.child, 'SIGTERM');
  }, 240_000);

  it('continues from its files and the queue when the coordinator is killed and run again with --resume', async () => {
    const worker = startWorker();
    await worker.ready;
    const out = join(temp.dir, 'coordinator-killed');
    const args = ['rsa-2017', '--runs', '1200', '--seed', '7', '--chunk', '100', '--queue', redis.url, '--quiet', '--out', out];
    const batch = batchInBackground(args);
    await rowsWritten(out, 200);
    await stop(batch.child, 'SIGKILL');
    expect(rowCount(out), 'killed mid-batch').toBeLessThan(1200);
    const resumed = geneva(['batch', ...args, '--resume']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(/resumed at run \d+/);
    const local = localBatch('local-1200', 1200, '7');
    for (const file of FILES) expect(read(out, file), file).toBe(read(local, file));
    await stop(worker.child, 'SIGTERM');
  }, 240_000);

  it('waits for a Redis that restarts mid-batch (losing everything on it) and finishes with the same files', async () => {
    const worker = startWorker(['--lock', '2000']);
    await worker.ready;
    const out = join(temp.dir, 'redis-restarted');
    const batch = batchInBackground(['rsa-2017', '--runs', '1500', '--seed', '8', '--chunk', '100', '--queue', redis.url, '--quiet', '--out', out]);
    await rowsWritten(out, 100);
    const port = redis.port;
    await redis.stop();
    expect(rowCount(out), 'restarted mid-batch').toBeLessThan(1500);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    redis = await startRedis(port);
    const result = await batch.done;
    expect(result.code, result.stderr).toBe(0);
    const local = localBatch('local-1500-8', 1500, '8');
    for (const file of FILES) expect(read(out, file), file).toBe(read(local, file));
    await stop(worker.child, 'SIGTERM');
  }, 240_000);

  it('stops in one line when Redis refuses, keeping the folder to resume; refuses a bad URL and --trusted in one line', async () => {
    const port = await freePort();
    const out = join(temp.dir, 'no-redis');
    const refused = geneva(['batch', 'rsa-2017', '--runs', '10', '--queue', `redis://127.0.0.1:${port}`, '--queue-wait', '2', '--quiet', '--out', out]);
    expect(refused.status).not.toBe(0);
    expect(oneLineError(refused)).toMatch(new RegExp(`^geneva: --queue redis://127.0.0.1:${port}: Redis did not answer for 2 s \\(.*ECONNREFUSED.*\\); the runs written so far are kept: run the same command with --resume$`));
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    const url = geneva(['batch', 'rsa-2017', '--runs', '10', '--queue', 'http://user:secret@127.0.0.1:6379']);
    expect(url.status).toBe(2);
    expect(oneLineError(url)).toBe('geneva: --queue http://…@127.0.0.1:6379: unknown scheme http: (expected redis:// or rediss://)');
    const wait = geneva(['batch', 'rsa-2017', '--runs', '10', '--queue', redis.url, '--queue-wait', 'abc']);
    expect(wait.status).toBe(2);
    expect(oneLineError(wait)).toBe('geneva: --queue-wait abc: expected a positive number of seconds');
    const trusted = geneva(['batch', 'rsa-2017', '--runs', '10', '--trusted', '--queue', redis.url]);
    expect(trusted.status).toBe(2);
    expect(oneLineError(trusted)).toMatch(/--trusted runs strategy files unsandboxed, which a queue's workers never do/);
    const worker = geneva(['worker', `redis://127.0.0.1:${port}`, '--wait', '1']);
    expect(worker.status).not.toBe(0);
    expect(oneLineError(worker)).toMatch(new RegExp(`^geneva: worker redis://127.0.0.1:${port}: Redis did not answer for 1 s`));
  }, 120_000);
});
