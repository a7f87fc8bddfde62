/**
 * The game server: one HTTP server on one port, serving the built client, the JSON API under
 * `/api/` and the WebSocket endpoint `/ws`. It loads every game of the data folder before it
 * listens, so a restarted server resumes every game where it was.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { Registry } from '../games/registry.js';
import { defaultScenariosDir, loadScenarios } from '../games/scenarios.js';
import { RequestError } from '../protocol/errors.js';
import { LIMITS } from '../protocol/limits.js';
import { AddressLimits } from './address-limits.js';
import { linkBase, reachableAddresses } from './addresses.js';
import { Connection, turnAway } from './connection.js';
import { serveApi } from './http-api.js';
import { Hub } from './hub.js';
import { HttpConnections } from './http-connections.js';
import { foreignOrigin } from './origin.js';
import { defaultClientDir, plain, serveStatic } from './static-files.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Interface to listen on (default `127.0.0.1`: nobody else reaches it until you say so). */
  readonly host?: string;
  /** Port (default 8080; 0 for any free port). */
  readonly port?: number;
  /** The folder of game journals (created if missing). */
  readonly dataDir: string;
  /** The built client (default `packages/client/dist`). */
  readonly clientDir?: string;
  /** The folder of shipped scenarios (default the repository's `scenarios/`). */
  readonly scenariosDir?: string;
  /** Where log lines go (default stderr). */
  readonly log?: (line: string) => void;
  /** The limits per client address (default: {@link LIMITS}' values; a test passes smaller ones). */
  readonly addressLimits?: AddressLimits;
  /** Called once the server listens, before the games of the data folder are loaded (it answers meanwhile). */
  readonly onListening?: (url: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port`. */
  readonly url: string;
  /** The addresses the class can reach (every non-internal IPv4 on `0.0.0.0`; else the one bound). */
  readonly addresses: readonly string[];
  readonly port: number;
  readonly registry: Registry;
  /** Stops listening, closes every socket and journal. */
  close(): Promise<void>;
}

/**
 * Starts a server and resolves once it listens.
 *
 * @example
 * const server = await startServer({ dataDir: './geneva-data', port: 0 });
 * console.log(server.url); // http://127.0.0.1:40123
 * await server.close();
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const host = options.host ?? '127.0.0.1';
  const clientDir = options.clientDir ?? defaultClientDir();
  const registry = new Registry(options.dataDir, loadScenarios(options.scenariosDir ?? defaultScenariosDir(), log), log);
  const hub = new Hub();
  const limits = options.addressLimits ?? new AddressLimits();
  // Known once listening (the port may be 0 until then); the handlers run only after.
  let addresses: readonly string[] = [];
  const linksFor = (req: IncomingMessage) => linkBase(baseUrlOf(req, host), addresses);

  const connections = new HttpConnections(limits);
  const timeouts = { headersTimeout: LIMITS.httpHeadersSeconds * 1000, requestTimeout: (LIMITS.httpHeadersSeconds + LIMITS.httpBodySeconds) * 1000, connectionsCheckingInterval: 1000 };
  const http: Server = createServer(timeouts, (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/')) void serveApi(registry, limits, linksFor(req), req, res);
    else if (path === '/ws') plain(res, 426, 'this is the WebSocket endpoint');
    else serveStatic(clientDir, req, res);
  });
  http.on('connection', (socket: Socket) => connections.admit(socket));
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.framePayload });
  http.on('upgrade', (req, socket, head) => {
    // From here on the connection is a WebSocket (or gone): the WebSocket limit counts it.
    connections.release(req.socket);
    if ((req.url ?? '').split('?')[0] !== '/ws') return void socket.destroy();
    const foreign = foreignOrigin(req);
    if (foreign !== null) return refuseUpgrade(socket, 403, 'Forbidden', foreign);
    // Read once: the same address must be uncounted when the socket closes.
    const address = req.socket.remoteAddress;
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!limits.connect(address)) {
        const error = new RequestError('too-many-connections', `at most ${limits.options.connections} connections at once from one address`);
        return turnAway(ws, error, 'too many connections from this address');
      }
      ws.once('close', () => limits.disconnect(address));
      new Connection(ws, { registry, hub, baseUrl: linksFor(req), addresses, address, limits, log });
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 8080, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  addresses = reachableAddresses(host, port);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  options.onListening?.(url);
  // Replayed in the engine thread: the server answers (the static page, other games) meanwhile.
  const games = await registry.loadAll();
  if (games > 0) log(`resumed ${games} game${games === 1 ? '' : 's'} from ${options.dataDir}`);
  return {
    url,
    addresses,
    port,
    registry,
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
      registry.close();
    },
  };
}

/** Answers an upgrade request with a plain HTTP refusal of one line, and closes the connection. */
function refuseUpgrade(socket: Duplex, status: number, title: string, line: string): void {
  const body = `${line}\n`;
  socket.on('error', () => {});
  socket.end(`HTTP/1.1 ${status} ${title}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** The address a client used to reach us (its Host header), for the join links we hand out. */
function baseUrlOf(req: IncomingMessage, host: string): string {
  const hostHeader = req.headers.host;
  return `http://${hostHeader !== undefined && /^[\w.:[\]-]{1,255}$/.test(hostHeader) ? hostHeader : host}`;
}
