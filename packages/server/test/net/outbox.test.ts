/**
 * The outbox of a slow client, on a fake socket whose writes complete only when the test says so:
 * superseded messages are replaced while they wait (a slow client gets the newest view, never a
 * stale one), replies are never dropped, order is kept, and a client too far behind is dropped once.
 */
import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxSocket } from '../../src/net/outbox.js';

/** A socket that holds what it is sent until `drain` writes it out. */
class SlowSocket implements OutboxSocket {
  readonly OPEN = 1;
  readyState = 1;
  readonly sent: string[] = [];
  private pending: { text: string; done: () => void }[] = [];

  get bufferedAmount(): number {
    return this.pending.reduce((sum, p) => sum + p.text.length, 0);
  }

  send(text: string, done: () => void): void {
    this.pending.push({ text, done });
  }

  /** Writes everything held (each write's callback may hand over more). */
  drain(): void {
    while (this.pending.length > 0) {
      const { text, done } = this.pending.shift()!;
      this.sent.push(text);
      done();
    }
  }
}

const big = (label: string) => `${label}:${'x'.repeat(98)}`; // 100 bytes

describe('Outbox', () => {
  it('sends at once while the socket has room', () => {
    const socket = new SlowSocket();
    const outbox = new Outbox(socket, { writeAhead: 250, cap: 1000 }, () => expect.fail('no overflow'));
    outbox.push(big('a'));
    outbox.push(big('b'));
    socket.drain();
    expect(socket.sent.map((t) => t[0])).toEqual(['a', 'b']);
  });

  it('replaces a waiting message by a newer one with the same key, moving it behind the replies queued meanwhile', () => {
    const socket = new SlowSocket();
    const outbox = new Outbox(socket, { writeAhead: 100, cap: 10_000 }, () => expect.fail('no overflow'));
    outbox.push(big('0'), 'view:usa'); // handed to the socket
    outbox.push(big('1'), 'view:usa'); // socket full: waits
    outbox.push(big('2')); // a reply
    outbox.push(big('3'), 'view:usa'); // replaces 1
    outbox.push(big('4'), 'view:rus'); // another seat's view: kept
    for (let i = 0; i < 50; i++) outbox.push(big('5'), 'view:usa'); // a burst: still one waiting
    expect(outbox.behind).toBe(400);
    socket.drain();
    expect(socket.sent.map((t) => t[0])).toEqual(['0', '2', '4', '5']);
  });

  it('drops a client that is more than the cap behind, once, and sends it nothing more', () => {
    const socket = new SlowSocket();
    const behind: number[] = [];
    const outbox = new Outbox(socket, { writeAhead: 150, cap: 500 }, (bytes) => behind.push(bytes));
    for (let i = 0; i < 10; i++) outbox.push(big(String(i))); // replies pile up: 0 and 1 in the socket, 2 to 4 waiting
    expect(behind).toEqual([600]);
    expect(outbox.behind).toBe(200);
    socket.drain();
    expect(socket.sent.map((t) => t[0])).toEqual(['0', '1']);
    outbox.push(big('z'));
    socket.drain();
    expect(socket.sent).toHaveLength(2);
  });
});
