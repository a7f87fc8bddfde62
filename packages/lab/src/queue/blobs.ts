/**
 * Content-addressed files in Redis: a batch's setup (the scenario, the sweep's design, the strategy
 * files' sandbox code) is stored under the SHA-256 of its text, so workers need no shared disk, two
 * batches with the same setup share it, and a worker can check that what it read is what was written.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { blobKey } from './names.js';

/** How long a setup stays in Redis after its batch last wrote it (a resumed batch writes it again). */
const KEEP_SECONDS = 7 * 24 * 3600;

/** The SHA-256 of a text, in hex. */
export function blobHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Stores `text` (again) and returns its hash. */
export async function putBlob(redis: Redis, text: string): Promise<string> {
  const hash = blobHash(text);
  await redis.set(blobKey(hash), text, 'EX', KEEP_SECONDS);
  return hash;
}

/** Stores `text` again only if Redis lost it (a restart without persistence): a cheap check each time. */
export async function keepBlob(redis: Redis, text: string, hash: string): Promise<void> {
  if ((await redis.exists(blobKey(hash))) === 0) await putBlob(redis, text);
}

/**
 * The text stored under `hash`, or null when it is not there (expired, or Redis was restarted).
 *
 * @throws Error when what is stored does not have that hash (a tampered file)
 */
export async function getBlob(redis: Redis, hash: string): Promise<string | null> {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a file hash: ${hash.slice(0, 80)}`);
  const text = await redis.get(blobKey(hash));
  if (text === null) return null;
  if (blobHash(text) !== hash) throw new Error(`the file ${hash.slice(0, 12)}… in Redis does not match its hash (tampered with)`);
  return text;
}
