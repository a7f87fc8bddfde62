/**
 * A projector's connection to the game server (docs/server.md): it joins with the read-only watch
 * token of its link and receives the game's public view whenever something public changes. The
 * token stays in the URL, not in storage: it is the link itself, and a projector's browser is
 * often a shared machine. A dropped network reconnects with a growing delay; a refused token
 * stops trying, since asking again cannot make it valid.
 */
import type { ServerMessage } from '@geneva/server';

/** What the server sends a watcher (its protocol types, docs/server.md). */
export type WatchMessage = Extract<ServerMessage, { type: 'joined' | 'public' | 'error' }>;

/** The connection's state, for the line that tells the room whether the table is live. */
export type WatchStatus = 'connecting' | 'open' | 'closed';

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
  let socket: WebSocket | null = null;
  let closed = false;
  let retry = 500;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  const open = () => {
    onStatus('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      onStatus('open');
      ws.send(JSON.stringify({ type: 'join', token }));
    });
    ws.addEventListener('message', (event) => {
      let message: WatchMessage;
      try {
        message = JSON.parse(String(event.data)) as WatchMessage;
      } catch {
        return; // the server sends JSON only; anything else is ignored
      }
      // The delay grows until a join succeeds, not merely until a socket opens: a server that
      // refuses for a while (too many attempts from this address) is not asked again at once.
      if (message.type === 'joined') retry = 500;
      if (refusesToken(message)) closed = true;
      onMessage(message);
      if (message.type === 'error' && (closed || message.code === 'too-many-attempts')) ws.close();
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
    close() {
      closed = true;
      socket?.close();
    },
  };
}
