/**
 * A projector's connection to the game server (docs/server.md): it joins with the read-only watch
 * token of its link and receives the game's public view whenever something public changes. The
 * token stays in the URL, not in storage: it is the link itself, and a projector's browser is
 * often a shared machine. A dropped network reconnects (reconnecting-socket.ts); a refused token
 * stops trying, since asking again cannot make it valid.
 */
import type { ServerMessage } from '@geneva/server';
import { reconnectingSocket, type SocketStatus } from './reconnecting-socket.js';

/** What the server sends a watcher (its protocol types, docs/server.md). */
export type WatchMessage = Extract<ServerMessage, { type: 'joined' | 'public' | 'error' | 'notice'  }>;

/** The connection's state, for the line that tells the room whether the table is live. */
export type WatchStatus = SocketStatus;

/**
 * The refusals that end the connection: the token is malformed (`invalid`: the watcher sends
 * nothing but its join) or is not, or no longer, a watch token of a game on this server.
 */
const FINAL: ReadonlySet<string> = new Set(['invalid', 'unauthorized', 'forbidden', 'revoked']);

/** Whether the server refused the watch token for good (the connection then stops trying). */
export function refusesToken(message: WatchMessage): boolean {
  return message.type === 'error' && FINAL.has(message.code);
}

/** A live watch connection. */
export interface WatchConnection {
  close(): void;
}

/**
 * Connects to the server that served this page and watches the game of `token`.
 *
 * @example
 * connectWatcher(token, (m) => m.type === 'public' && show(m.view), (s) => status(s));
 */
export function connectWatcher(token: string, onMessage: (message: WatchMessage) => void, onStatus: (status: WatchStatus) => void): WatchConnection {
  const socket = reconnectingSocket<WatchMessage>({
    onOpen: (control) => control.send({ type: 'join', token }),
    onStatus,
    onMessage(message, control) {
      // The delay starts over when a join succeeds, not merely when a socket opens: a server that
      // refuses for a while (too many attempts from this address) is not asked again at once.
      if (message.type === 'joined') control.resetDelay();
      onMessage(message);
      if (refusesToken(message)) control.stop();
      else if (message.type === 'error' && message.code === 'too-many-attempts') control.drop();
    },
  });
  return { close: () => socket.stop() };
}
