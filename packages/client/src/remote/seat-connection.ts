/**
 * A team's connection to the game server (docs/server.md): it joins its seat with the code of its
 * link, keeps the token the server gives back (so a reload or a dropped network rejoins the same
 * seat), and reconnects (reconnecting-socket.ts). What arrives is the seat's own view and request only.
 */
import type { Sheet } from '@geneva/engine';
import type { ServerMessage } from '@geneva/server';
import { reconnectingSocket, type SocketControl, type SocketStatus } from './reconnecting-socket.js';

/** What the server sends a seat (its protocol types, docs/server.md). */
export type SeatMessage = Extract<ServerMessage, { type: 'joined' | 'view' | 'clock' | 'accepted' | 'error' | 'notice' }>;

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
export function connectSeat(code: string, onMessage: (message: SeatMessage) => void, onStatus: (status: SocketStatus) => void): SeatConnection {
  let token = readToken(code);
  const join = (control: SocketControl) => control.send(token === null ? { type: 'join', code } : { type: 'join', token });
  const socket = reconnectingSocket<SeatMessage>({
    onOpen: join,
    onStatus,
    onMessage(message, control) {
      if (message.type === 'joined') {
        token = message.token;
        writeToken(code, token);
        control.resetDelay();
      }
      // The facilitator gave the seat new credentials: this device no longer holds it, and must not retry.
      if (message.type === 'error' && message.code === 'revoked') {
        token = null;
        writeToken(code, null);
        onMessage(message);
        control.stop();
        return;
      }
      // A stored token the server no longer knows (another game, a wiped server): join with the code.
      if (message.type === 'error' && message.code === 'unauthorized' && token !== null) {
        token = null;
        writeToken(code, null);
        join(control);
        return;
      }
      onMessage(message);
    },
  });
  return {
    submit(step, sheet) {
      if (token !== null) socket.send({ type: 'submit', token, step, sheet });
    },
    close: () => socket.stop(),
  };
}

/** Keeps the token a join page obtained for `code`, so the team's screen opens holding the seat. */
export function rememberSeatToken(code: string, token: string): void {
  writeToken(code, token);
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
