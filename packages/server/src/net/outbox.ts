/**
 * What the server has yet to send one client, kept small. A client that reads slowly (or never)
 * would otherwise make the server hold every message sent to it: views are ~100 KB at a game's end,
 * and each `join` sends one. So messages wait here rather than in the socket's buffer once the
 * socket holds {@link OutboxLimits.writeAhead} bytes; a message that supersedes an earlier one (the
 * seat's new view, clock, overview or public table) replaces it while it waits, so a slow client
 * gets the latest of each and never a stale one; and a client that falls more than
 * {@link OutboxLimits.cap} bytes behind anyway (it keeps asking for replies it does not read) is
 * dropped: `onOverflow` closes it.
 */

/** The part of a WebSocket (`ws`) the outbox uses. */
export interface OutboxSocket {
  /** Bytes handed to the socket and not yet written to the network. */
  readonly bufferedAmount: number;
  readonly readyState: number;
  readonly OPEN: number;
  /** Sends a text frame; `done` runs once it is written (or failed). */
  send(data: string, done: (error?: Error) => void): void;
}

/** The bounds of an outbox (bytes). */
export interface OutboxLimits {
  /** Bytes the socket may hold before messages wait in the outbox (where they can be superseded). */
  readonly writeAhead: number;
  /** Bytes waiting (socket and outbox) beyond which another message drops the client. */
  readonly cap: number;
}

interface Waiting {
  /** What the message supersedes, and is superseded by (undefined: a reply, never dropped). */
  readonly key: string | undefined;
  readonly text: string;
  readonly bytes: number;
}

/** One client's outgoing messages. */
export class Outbox {
  private readonly waiting: Waiting[] = [];
  private waitingBytes = 0;
  private overflowed = false;

  constructor(
    private readonly socket: OutboxSocket,
    private readonly limits: OutboxLimits,
    private readonly onOverflow: (behindBytes: number) => void,
  ) {}

  /** Bytes waiting for this client: in the socket and here. */
  get behind(): number {
    return this.waitingBytes + this.socket.bufferedAmount;
  }

  /**
   * Queues `text` to send, replacing a waiting message with the same `supersedes` key (it moves to
   * the end: it is sent after everything queued before it was made). When the client was already
   * more than the cap behind, nothing is queued and `onOverflow` runs, once.
   */
  push(text: string, supersedes?: string): void {
    if (this.overflowed || this.socket.readyState !== this.socket.OPEN) return;
    if (supersedes !== undefined) this.drop(supersedes);
    const behind = this.behind;
    if (behind > this.limits.cap) return this.overflow(behind);
    const bytes = Buffer.byteLength(text, 'utf8');
    this.waiting.push({ key: supersedes, text, bytes });
    this.waitingBytes += bytes;
    this.flush();
  }

  /** Hands waiting messages to the socket while it holds less than the write-ahead. */
  private flush(): void {
    while (this.waiting.length > 0 && this.socket.readyState === this.socket.OPEN && this.socket.bufferedAmount < this.limits.writeAhead) {
      const next = this.waiting.shift()!;
      this.waitingBytes -= next.bytes;
      // Written: the socket has room again, so the next waiting message may go.
      this.socket.send(next.text, () => this.flush());
    }
  }

  private drop(key: string): void {
    const i = this.waiting.findIndex((w) => w.key === key);
    if (i < 0) return;
    this.waitingBytes -= this.waiting[i]!.bytes;
    this.waiting.splice(i, 1);
  }

  private overflow(behind: number): void {
    this.overflowed = true;
    this.waiting.length = 0;
    this.waitingBytes = 0;
    this.onOverflow(behind);
  }
}
