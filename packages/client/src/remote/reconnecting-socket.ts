/**
 * The WebSocket every networked screen (a team's seat, the facilitator's console, the projector)
 * keeps to the server that served the page: it joins again whenever the connection opens, reads
 * the server's JSON messages, and after a drop reconnects with a delay that grows from half a
 * second to ten, so a class whose network blinks rejoins by itself without flooding the server.
 */

/** The connection's state, for the line that tells a screen whether it is live. */
export type SocketStatus = 'connecting' | 'open' | 'closed';

/** What a screen can do with its socket while handling a message. */
export interface SocketControl {
  /** Sends a message as JSON; false when the socket is not open (nothing is queued). */
  send(message: object): boolean;
  /** Closes for good: no reconnection (a refused token, a revoked seat). */
  stop(): void;
  /** Drops this connection and reconnects after the current delay (a server asking to slow down). */
  drop(): void;
  /** Starts the delay over: the screen is back in (a join succeeded). */
  resetDelay(): void;
}

/** How a screen talks through its socket. */
export interface SocketHandlers<M> {
  /** The connection (re)opened: join, with whatever the screen holds now. */
  readonly onOpen: (control: SocketControl) => void;
  /** A message from the server (anything that is not JSON is ignored). */
  readonly onMessage: (message: M, control: SocketControl) => void;
  readonly onStatus?: (status: SocketStatus) => void;
}

const FIRST_DELAY_MS = 500;
const LAST_DELAY_MS = 10_000;

/**
 * Opens the screen's socket to `/ws` on this page's server and keeps it open.
 *
 * @example
 * const socket = reconnectingSocket<WatchMessage>({ onOpen: (c) => c.send({ type: 'join', token }), onMessage: show });
 */
export function reconnectingSocket<M>(handlers: SocketHandlers<M>): SocketControl {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
  let socket: WebSocket | null = null;
  let stopped = false;
  let delay = FIRST_DELAY_MS;
  const control: SocketControl = {
    send(message) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    stop() {
      stopped = true;
      socket?.close();
    },
    drop() {
      socket?.close();
    },
    resetDelay() {
      delay = FIRST_DELAY_MS;
    },
  };
  const open = () => {
    handlers.onStatus?.('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.addEventListener('open', () => {
      handlers.onStatus?.('open');
      handlers.onOpen(control);
    });
    ws.addEventListener('message', (event) => {
      let message: M;
      try {
        message = JSON.parse(String(event.data)) as M;
      } catch {
        return; // the server sends JSON only
      }
      handlers.onMessage(message, control);
    });
    ws.addEventListener('close', () => {
      handlers.onStatus?.('closed');
      if (stopped) return;
      setTimeout(open, delay);
      delay = Math.min(LAST_DELAY_MS, delay * 2);
    });
  };
  open();
  return control;
}
