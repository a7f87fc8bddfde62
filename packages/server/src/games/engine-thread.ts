/**
 * One worker thread that runs the engine's long work for the whole server: replaying journals at
 * start-up and letting the bots of a large or all-bot game play. The event loop hands it a room's
 * plain data and goes on answering requests; jobs run one after the other (the machine has few
 * cores, and a class's own steps are played on the event loop, where they take milliseconds).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GameState } from '@geneva/engine';
import type { JournalContents } from '../store/journal.js';
import type { CreateRecord, SubmitRecord } from '../store/records.js';
import type { ReplayStop } from './room.js';
import type { RoomSnapshot } from './room-snapshot.js';

/** What the engine thread is asked. */
export type EngineJob =
  | { readonly id: number; readonly kind: 'replay'; readonly contents: JournalContents }
  | { readonly id: number; readonly kind: 'settle'; readonly create: CreateRecord; readonly snapshot: RoomSnapshot };

/** What it answers. */
export type EngineReply =
  | { readonly id: number; readonly ok: true; readonly kind: 'replay'; readonly snapshot: RoomSnapshot; readonly stopped: ReplayStop | null }
  | { readonly id: number; readonly ok: true; readonly kind: 'settle'; readonly state: GameState; readonly records: readonly SubmitRecord[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

type Pending = { resolve: (reply: EngineReply) => void; reject: (error: Error) => void };

/** The server's engine thread, started at its first job. */
export class EngineThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** Replays a journal (see `Room.replay`). */
  async replay(contents: JournalContents): Promise<{ snapshot: RoomSnapshot; stopped: ReplayStop | null }> {
    const reply = await this.run({ id: this.nextId++, kind: 'replay', contents });
    if (reply.kind !== 'replay') throw new Error('the engine thread answered another job');
    return reply;
  }

  /** Lets the bots and stand-ins of a room move (see `Room.settleNow`): the new state and the stand-ins' records. */
  async settle(create: CreateRecord, snapshot: RoomSnapshot): Promise<{ state: GameState; records: readonly SubmitRecord[] }> {
    const reply = await this.run({ id: this.nextId++, kind: 'settle', create, snapshot });
    if (reply.kind !== 'settle') throw new Error('the engine thread answered another job');
    return reply;
  }

  /** Stops the thread (jobs in flight fail). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private run(job: EngineJob): Promise<Extract<EngineReply, { ok: true }>> {
    const worker = this.worker ?? this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(job.id, {
        resolve: (reply) => (reply.ok ? resolve(reply) : reject(new Error(reply.message))),
        reject,
      });
      worker.ref();
      worker.postMessage(job);
    });
  }

  private start(): Worker {
    const worker = import.meta.url.endsWith('.ts') ? sourceWorker() : new Worker(new URL('./engine-worker.js', import.meta.url));
    // An idle engine thread must not keep a stopping server alive (it is held while it has work).
    worker.unref();
    worker.on('message', (reply: EngineReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      pending?.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the engine thread stopped (exit ${code})`)));
    this.worker = worker;
    return worker;
  }
}

/**
 * The worker when the server runs from its TypeScript source (tsx, vitest): a small bootstrap
 * registers tsx's loader in the thread, then imports the worker's source.
 */
function sourceWorker(): Worker {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const source = new URL('./engine-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}));`, { eval: true });
}

let shared: EngineThread | null = null;

/** The process's engine thread (one for every game and server of the process). */
export function engineThread(): EngineThread {
  shared ??= new EngineThread();
  return shared;
}
