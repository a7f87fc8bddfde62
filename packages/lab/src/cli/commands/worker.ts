/**
 * `geneva worker redis://HOST:PORT [--workers K]`: plays chunks of any batch put on that Redis's
 * queue by `geneva batch … --queue`, on K threads, until stopped (Ctrl-C or SIGTERM: the chunks in
 * hand finish first; a second signal stops at once, and those chunks go back to the queue).
 */
import { Redis } from 'ioredis';
import { startQueueWorker } from '../../queue/queue-worker.js';
import type { RedisTarget } from '../../queue/redis-url.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';

/** The options of `geneva worker`. */
export interface WorkerOptions {
  readonly threads: number;
  /** How long Redis may be out of reach at the start before the worker gives up, in ms. */
  readonly waitMs: number;
  /** How long a chunk's lock lasts (see QueueWorkerOptions.lockMs), in ms. */
  readonly lockMs: number;
}

/**
 * Runs a worker until it is stopped.
 *
 * @throws UserError when Redis cannot be reached within `waitMs`
 */
export async function workerCommand(target: RedisTarget, options: WorkerOptions): Promise<ExitCode> {
  await reachable(target, options.waitMs);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const worker = await startQueueWorker({ target, threads: options.threads, lockMs: options.lockMs, log });
  log(`geneva worker: waiting for batches on ${target.display} with ${options.threads} ${options.threads === 1 ? 'thread' : 'threads'} (Ctrl-C stops after the chunks in hand)`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) process.exit(EXIT.usage);
      stopping = true;
      log('geneva worker: stopping after the chunks in hand (again to stop now)');
      void worker.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}

/** Waits until Redis answers, saying so once, or fails in one line after `waitMs`. */
async function reachable(target: RedisTarget, waitMs: number): Promise<void> {
  const redis = new Redis({ ...target.options, lazyConnect: true, retryStrategy: () => 500 });
  let reason = '';
  redis.on('error', (error: Error) => {
    reason = error.message;
  });
  // Said when the wait has lasted a few seconds: a limit shorter than that leaves only the final line.
  const announce = setTimeout(() => process.stderr.write(`geneva worker: waiting for Redis at ${target.display}${reason === '' ? '' : ` (${reason})`}…\n`), Math.min(3000, waitMs + 1000));
  try {
    const ready = new Promise<boolean>((resolve) => redis.once('ready', () => resolve(true)));
    redis.connect().catch(() => undefined);
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs));
    if (!(await Promise.race([ready, late]))) throw new UserError(`geneva: worker ${target.display}: Redis did not answer for ${Math.round(waitMs / 1000)} s${reason === '' ? '' : ` (${reason})`}`);
  } finally {
    clearTimeout(announce);
    redis.disconnect();
  }
}
