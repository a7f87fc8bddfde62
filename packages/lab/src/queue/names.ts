/** Where Geneva's batches live in Redis: one queue that every batch shares, under one key prefix. */

/** The key prefix of the queue, the batches' files and the workers' heartbeats. */
export const PREFIX = 'geneva';
/** The queue every batch puts its chunks on, and every `geneva worker` takes them from. */
export const QUEUE = 'batches';
/** The key of a content-addressed file (a batch's setup: scenario, design, strategy files). */
export function blobKey(hash: string): string {
  return `${PREFIX}:blob:${hash}`;
}
