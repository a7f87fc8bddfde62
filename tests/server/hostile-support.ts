/**
 * Helpers of the hostile-client tests: a server process started on a scratch folder (stopped and
 * removed after the test), raw WebSocket clients that record every frame and the close, plain HTTP
 * requests with any headers, and the loopback address a limited classroom connects from (127.0.0.1,
 * the facilitator's own, is exempt from the limits per address).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { kill, startServerProcess, type ServerProcess } from './support.js';

/** Starts a server process on a fresh folder; `cleanup` stops it and removes the folder. */
export async function hostileServer(extra: readonly string[] = []): Promise<{ server: ServerProcess; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'geneva-hostile-'));
  const server = await startServerProcess(join(dir, 'data'), extra);
  return {
    server,
    async cleanup() {
      await kill(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The address a test's classroom connects from: a loopback address, so nothing leaves this machine,
 * but not 127.0.0.1, which the limits per address exempt (the facilitator's own computer).
 */
export const CLASSROOM_ADDRESS = '127.0.0.2';

/** The resident memory of a process (bytes), from /proc. */
export function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (match === null) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** A raw WebSocket client: every frame received, parsed, and the close. */
export class RawClient {
  readonly messages: Record<string, unknown>[] = [];
  closed: { code: number; reason: string } | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.messages.push(JSON.parse((data as Buffer).toString('utf8')) as Record<string, unknown>));
    socket.on('close', (code, reason) => (this.closed = { code, reason: reason.toString() }));
    socket.on('error', () => {});
  }

  /** Connects to `baseUrl`'s `/ws` (options: the `ws` client's, e.g. headers). */
  static open(baseUrl: string, options: WebSocket.ClientOptions = {}): Promise<RawClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, options);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new RawClient(socket)));
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) => reject(new Error(`refused: HTTP ${res.statusCode}`)));
    });
  }

  send(data: string | Buffer, binary = false): void {
    this.socket.send(data, { binary });
  }

  /** The first received message matching `predicate` (removed from the list), waiting up to 30 s. */
  async next(predicate: (m: Record<string, unknown>) => boolean, timeoutMs = 30_000): Promise<Record<string, unknown>> {
    let found: Record<string, unknown> | undefined;
    await until(() => {
      const i = this.messages.findIndex(predicate);
      if (i >= 0) found = this.messages.splice(i, 1)[0];
      return i >= 0;
    }, timeoutMs);
    return found!;
  }

  close(): void {
    this.socket.terminate();
  }
}

/** Waits until `check` holds, polling (a busy machine: generous limits, never a fixed sleep). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** An HTTP answer: status, headers and body text. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/** One HTTP request to `baseUrl` with exactly the headers given (node adds only Host and framing). */
export function http(baseUrl: string, method: string, path: string, options: { headers?: OutgoingHttpHeaders; body?: string; localAddress?: string } = {}): Promise<HttpAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers: options.headers ?? {}, ...(options.localAddress ? { localAddress: options.localAddress } : {}) }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The JSON headers of a well-formed API call. */
export const JSON_HEADERS = { 'content-type': 'application/json' } as const;
