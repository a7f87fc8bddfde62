/**
 * Helpers of the server tests: the real server (`geneva-server` from source, through tsx) in a
 * child process, a recording WebSocket client, and a scripted team whose decisions depend only on
 * its view, so a game can be replayed in-process for comparison.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Request, Sheet, View } from '@geneva/engine';
import { CHROMIUM_FLAGS } from '../client/support/page.js';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A server process and its address. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything the process wrote so far (stdout and stderr, as they arrive). */
  readonly output: { out: string; err: string };
}

/** The client's production build served by a real server, and a chromium to open it. */
export interface ServedClass {
  /** The scratch folder (the build, the server's data). */
  readonly temp: string;
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** Closes the browser, stops the server and removes the folder. */
  close(): Promise<void>;
}

/**
 * Builds the client into a scratch folder named after `prefix`, serves it with a real server
 * (`extra`: more server flags) and launches chromium.
 */
export async function servedClass(prefix: string, extra: readonly string[] = []): Promise<ServedClass> {
  const temp = mkdtempSync(join(tmpdir(), prefix));
  const out = join(temp, 'client');
  const build = spawnSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: join(REPO, 'packages/client'), encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  const server = await startServerProcess(join(temp, 'data'), ['--client', out, ...extra]);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  return {
    temp,
    server,
    browser,
    async close() {
      await browser.close();
      await kill(server);
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

/** Starts `geneva-server --port 0 --data <dir> [extra flags]` and resolves with its address once it listens. */
export function startServerProcess(dataDir: string, extra: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  return spawnServerProcess(dataDir, extra, env, /listening on (http:\/\/\S+)/);
}

/**
 * Starts `geneva-server` and resolves with its address as soon as a line of its standard output
 * matches `ready` (whose first group is the address); `output` keeps growing after that.
 */
export function spawnServerProcess(dataDir: string, extra: readonly string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'packages/server/src/cli/run.ts'), '--port', '0', '--data', dataDir, ...extra], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const output = { out: '', err: '' };
  return new Promise((resolve, reject) => {
    let resolved = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      output.out += chunk.toString();
      const match = ready.exec(output.out);
      if (match && !resolved) {
        resolved = true;
        resolve({ child, url: match[1]!, output });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output.err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output.err}`)));
  });
}

/** Resolves once `server` has written a line matching `pattern` (to stdout or stderr), or rejects after `timeoutMs`. */
export async function waitForOutput(server: ServerProcess, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  while (!pattern.test(server.output.out + server.output.err)) {
    if (Date.now() - start > timeoutMs) throw new Error(`no output matching ${pattern} within ${timeoutMs} ms: ${server.output.err}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Kills a server process with SIGKILL (no chance to flush or close anything) and waits for it. */
export function kill(server: ServerProcess): Promise<void> {
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

/** A WebSocket client that records and awaits messages by predicate. */
export class Client {
  private readonly unread: Record<string, unknown>[] = [];
  private waiters: (() => void)[] = [];
  private ref = 1;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.unread.push(JSON.parse((data as Buffer).toString('utf8')) as Record<string, unknown>);
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    });
    socket.on('error', () => {});
  }

  /** Connects to a server's `/ws`. */
  static open(url: string): Promise<Client> {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new Client(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends without waiting for an answer. */
  send(message: Record<string, unknown>): void {
    this.socket.send(JSON.stringify({ ...message, ref: this.ref++ }));
  }

  /** Sends and resolves with the answer to it. */
  request(message: Record<string, unknown>): Promise<Record<string, unknown>> {
    const ref = this.ref;
    this.send(message);
    return this.next((m) => m['ref'] === ref);
  }

  /** The first unread message matching `predicate` (waiting up to `timeoutMs`, 30 s by default). */
  next(predicate: (m: Record<string, unknown>) => boolean, timeoutMs = 30_000): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such message within ${timeoutMs / 1000} s`)), timeoutMs);
      const check = () => {
        const i = this.unread.findIndex(predicate);
        if (i < 0) return void this.waiters.push(check);
        clearTimeout(timer);
        resolve(this.unread.splice(i, 1)[0]!);
      };
      check();
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** A scripted team: yes to everything, no operations, silence on incidents (from its view alone). */
export function scriptedSheet(view: View, request: Request): Sheet {
  const { slots } = request;
  const pub = view.public;
  switch (request.phase) {
    case 'drafting':
      return { phase: 'drafting', text: pub.text.slice() };
    case 'negotiation':
      return {
        phase: 'negotiation',
        amend: null,
        ...(slots.votes ? { votes: slots.votes.items.map(() => 'yes' as const) } : {}),
        ...(slots.coalition ? { coalition: pub.coalition[view.seat] ?? null } : {}),
        ...(slots.techAccord ? { techAccord: true } : {}),
      };
    case 'vote':
      return { phase: 'vote', vote: 'yes' };
    case 'signature':
      return { phase: 'signature', sign: true };
    case 'ratification':
      return { phase: 'ratification', submit: true };
    case 'operations':
      return {
        phase: 'operations',
        ...(slots.targets ? { targets: [], disclose: true } : {}),
        ...(slots.share ? { share: true, takedown: true, defendAll: true } : {}),
        ...(slots.backdoor ? { backdoor: 'refuse' as const } : {}),
      };
    case 'blame':
      return { phase: 'blame', blame: (slots.blame?.items ?? []).map(() => null) };
    case 'response':
      return { phase: 'response', answers: (slots.answers?.items ?? []).map(() => 'admit' as const) };
  }
}
