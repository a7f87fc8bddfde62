/**
 * The engine thread's side: replays journals and lets bots move, so that a large or all-bot game
 * never holds the server's event loop. It runs the very same {@link Room} code as the event loop
 * (a room restored from a snapshot, its records collected instead of written), so a game advanced
 * here is the game that would have been advanced there.
 */
import { parentPort } from 'node:worker_threads';
import type { JournalRecord, SubmitRecord } from '../store/records.js';
import type { EngineJob, EngineReply } from './engine-thread.js';
import { Room } from './room.js';

/** Runs one job. */
function run(job: EngineJob): EngineReply {
  if (job.kind === 'replay') return { id: job.id, ok: true, kind: 'replay', ...Room.replay(job.contents) };
  const records: SubmitRecord[] = [];
  const sink = { append: (record: JournalRecord) => void records.push(record as SubmitRecord), close: () => {} };
  const room = Room.restore(job.create, job.snapshot, sink);
  room.settleNow();
  return { id: job.id, ok: true, kind: 'settle', state: room.state, records };
}

parentPort!.on('message', (job: EngineJob) => {
  let reply: EngineReply;
  try {
    reply = run(job);
  } catch (error) {
    reply = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
