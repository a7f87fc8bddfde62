/**
 * A team's connection to the game server (docs/server.md): it joins its seat with the code of its
 * link, keeps the token the server gives back (so a reload or a dropped network rejoins the same
 * seat), and reconnects with a growing delay. What arrives is the seat's own view and request only.
 */
import type { Sheet } from '@geneva/engine';
import type { ServerMessage } from '@geneva/server';

/** What the server sends a seat (its protocol types, docs/server.md). */
export type SeatMessage = Extract<ServerMessage, { type: 'joined' | 'view' | 'clock' | 'accepted' | 'error' }>;

/** Where the seat's token is kept between reloads (per join code, so two tabs can hold two seats). */
const tokenKey = (code: string) => `geneva.seat.${code}`;

/** A live seat connection. */
export interface SeatConnection {
  /** Sends the seat's sheet for `step`. */
  submit(step: number, sheet: Sheet): void;
  close(): void;
}

/**
 * Connects to the server that served this page and joins the seat of `code`.
 *
 * @example
 * const seat = connectSeat('BVTZN-RH7JF', (m) => m.type === 'view' && show(m.view));
 */
export function connectSeat(code: string, onMessage: (message: SeatMessage) => void, onStatus: (status: 'connecting' | 'open' | 'closed') => void): SeatConnection {
  let socket: WebSocket | null = null;
  let token = readToken(code);
  let closed = false;
  let retry = 500;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  const open = () => {
    onStatus('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      retry = 500;
      onStatus('open');
      ws.send(JSON.stringify(token === null ? { type: 'join', code } : { type: 'join', token }));
    });
    ws.addEventListener('message', (event) => {
      let message: SeatMessage;
      try {
        message = JSON.parse(String(event.data)) as SeatMessage;
      } catch {
        return; // the server sends JSON only; anything else is ignored
      }
      if (message.type === 'joined') {
        token = message.token;
        writeToken(code, token);
      }
      // The facilitator gave the seat new credentials: this device no longer holds it, and must not retry.
      if (message.type === 'error' && message.code === 'revoked') {
        token = null;
        writeToken(code, null);
        closed = true;
        onMessage(message);
        ws.close();
        return;
      }
      // A stored token the server no longer knows (another game, a wiped server): join with the code.
      if (message.type === 'error' && message.code === 'unauthorized' && token !== null) {
        token = null;
        writeToken(code, null);
        ws.send(JSON.stringify({ type: 'join', code }));
        return;
      }
      onMessage(message);
    });
    ws.addEventListener('close', () => {
      onStatus('closed');
      if (closed) return;
      setTimeout(open, retry);
      retry = Math.min(10_000, retry * 2);
    });
  };
  open();
  return {
    submit(step, sheet) {
      if (token !== null && socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'submit', token, step, sheet }));
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}

function readToken(code: string): string | null {
  try {
    return localStorage.getItem(tokenKey(code));
  } catch {
    return null;
  }
}

function writeToken(code: string, token: string | null): void {
  try {
    if (token === null) localStorage.removeItem(tokenKey(code));
    else localStorage.setItem(tokenKey(code), token);
  } catch {
    // Storage disabled: a reload joins with the code again.
  }
}
