/**
 * A WebSocket client for tests: keeps every message it receives (raw and parsed, for the
 * information-hiding checks), and waits for messages by predicate instead of sleeping.
 */
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/index.js';

/** A test client on `/ws`. */
export class TestClient {
  /** Every text frame received, as sent. */
  readonly raw: string[] = [];
  /** Every message received, parsed. */
  readonly messages: ServerMessage[] = [];
  /** Messages not yet taken by `next` or `request`, in arrival order. */
  private readonly unread: ServerMessage[] = [];
  private nextRef = 1;
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = (data as Buffer).toString('utf8');
      this.raw.push(text);
      const message = JSON.parse(text) as ServerMessage;
      this.messages.push(message);
      this.unread.push(message);
      this.wake();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
    socket.on('error', () => {});
  }

  /** Connects to a server's `/ws`. */
  static open(baseUrl: string): Promise<TestClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new TestClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends a message (an object is JSON-encoded; a string or buffer goes as is). */
  send(message: object | string | Buffer): void {
    this.socket.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message));
  }

  /** Sends a message with a fresh `ref` and resolves with the answer carrying that ref. */
  async request<T extends ServerMessage = ServerMessage>(message: Record<string, unknown>): Promise<T> {
    const ref = this.nextRef++;
    this.send({ ...message, ref });
    return this.find((m) => 'ref' in m && m.ref === ref) as Promise<T>;
  }

  /** The first unread message matching `predicate`, waiting for it if need be (it is then read). */
  next<T extends ServerMessage>(predicate: (m: ServerMessage) => m is T, timeoutMs?: number): Promise<T>;
  next(predicate: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  next(predicate: (m: ServerMessage) => boolean, timeoutMs = 30_000): Promise<ServerMessage> {
    return this.find(predicate, timeoutMs);
  }

  /** Resolves when the socket is closed. */
  async whenClosed(timeoutMs = 10_000): Promise<{ code: number; reason: string }> {
    await this.until(() => this.closed !== null, timeoutMs, 'close');
    return this.closed!;
  }

  /** Closes the socket. */
  close(): void {
    this.socket.close();
  }

  private async find(predicate: (m: ServerMessage) => boolean, timeoutMs = 30_000): Promise<ServerMessage> {
    let found: ServerMessage | undefined;
    await this.until(
      () => {
        const i = this.unread.findIndex(predicate);
        if (i < 0) return false;
        found = this.unread.splice(i, 1)[0];
        return true;
      },
      timeoutMs,
      'message',
    );
    return found!;
  }

  private until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms (last: ${this.raw.at(-1)?.slice(0, 200) ?? 'none'})`)), timeoutMs);
      const check = () => {
        if (done()) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
