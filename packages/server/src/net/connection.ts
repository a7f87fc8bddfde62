/**
 * One client's WebSocket: every incoming message is size-checked, rate-limited, parsed and
 * validated (zod) before it reaches a game, and every refusal is one `error` message to this client
 * alone. Nothing a client sends can throw out of the handler or touch another game.
 */
import type { Sheet } from '@geneva/engine';
import type { WebSocket, RawData } from 'ws';
import type { Registry } from '../games/registry.js';
import { CLIENT_MESSAGE_TYPES, clientMessageSchema, type ClientMessage } from '../protocol/client-messages.js';
import { RequestError, type ErrorMessage } from '../protocol/errors.js';
import { LIMITS } from '../protocol/limits.js';
import { checkScenarioSize } from '../protocol/scenario-limits.js';
import { recoverRef, refOf, type Ref } from '../protocol/ref.js';
import { replayMessage, saveMessage } from '../protocol/outgoing.js';
import { isLoopback } from './addresses.js';
import type { ServerMessage } from '../protocol/server-messages.js';
import type { AddressLimits } from './address-limits.js';
import { createdMessage } from './created.js';
import type { Hub, Peer } from './hub.js';
import { JoinBackoff } from './join-backoff.js';
import { Outbox } from './outbox.js';
import { TokenBucket } from './rate-limit.js';

/** What a connection needs from the server. */
export interface ConnectionContext {
  readonly registry: Registry;
  readonly hub: Hub;
  /** The address to build join and projector links on (a reachable one: see addresses.ts). */
  readonly baseUrl: string;
  /** The addresses the class can reach the server on, for the console to choose from. */
  readonly addresses: readonly string[];
  /** The client's address (its socket's remote address), for the limits per address. */
  readonly address: string | undefined;
  readonly limits: AddressLimits;
  readonly log: (line: string) => void;
}

/** Serves one WebSocket. */
export class Connection implements Peer {
  private readonly bucket = new TokenBucket(LIMITS.burst, LIMITS.refillPerSecond);
  private refusedInARow = 0;
  private readonly outbox: Outbox;
  private readonly joins = new JoinBackoff();

  constructor(
    private readonly socket: WebSocket,
    private readonly context: ConnectionContext,
  ) {
    this.outbox = new Outbox(socket, { writeAhead: LIMITS.writeAheadBytes, cap: LIMITS.behindBytes }, (behind) => this.tooSlow(behind));
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    socket.on('close', () => context.hub.leave(this));
    // ws reports protocol errors (an oversized frame) here before closing; nothing else to do.
    socket.on('error', () => {});
  }

  /**
   * Sends a message if the socket is open, through the outbox: a message with a `supersedes` key
   * replaces an unsent one with the same key, and a client too far behind is dropped.
   */
  send(message: ServerMessage, supersedes?: string): void {
    this.outbox.push(JSON.stringify(message), supersedes);
  }

  /**
   * The client fell more than {@link LIMITS.behindBytes} behind: closed with a reason it reads if
   * it catches up, and cut a few seconds later if it does not (`ws` would wait 30 s for its answer).
   */
  private tooSlow(behind: number): void {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    this.context.log(`closed a connection from ${this.context.address ?? 'an unknown address'}: ${mb(behind)} MB were waiting for it (at most ${mb(LIMITS.behindBytes)} MB): it does not read what it is sent`);
    this.socket.close(1013, `too slow: more than ${mb(LIMITS.behindBytes)} MB waiting`);
    setTimeout(() => this.socket.terminate(), 5_000).unref();
  }

  private receive(data: RawData, isBinary: boolean): void {
    let ref: Ref | undefined;
    try {
      // The token is taken first, so every message counts; every refusal carries the message's
      // `ref` when one can be read, even from a message that is refused unparsed.
      const allowed = this.bucket.take();
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      const text = bytes.toString('utf8');
      if (bytes.length > LIMITS.messageBytes) {
        ref = recoverRef(text);
        throw new RequestError('too-large', `a message is at most ${LIMITS.messageBytes} bytes`);
      }
      const raw = parseJson(text);
      ref = raw === NOT_JSON ? recoverRef(text) : refOf(raw);
      if (isBinary) throw new RequestError('malformed', 'messages are JSON text');
      if (raw === NOT_JSON) throw new RequestError('malformed', 'not JSON');
      if (!allowed) throw new RequestError('rate-limited', `at most ${LIMITS.refillPerSecond} messages a second`);
      this.handle(parse(raw), ref);
      this.refusedInARow = 0;
    } catch (error) {
      this.refuse(error, ref);
    }
  }

  private refuse(error: unknown, ref: Ref | undefined): void {
    let message: ErrorMessage;
    if (error instanceof RequestError) {
      message = { type: 'error', code: error.code, message: error.message, ...(error.slot ? { slot: error.slot } : {}), ...(ref === undefined ? {} : { ref }) };
    } else {
      this.context.log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      message = { type: 'error', code: 'internal', message: 'the server failed on this message', ...(ref === undefined ? {} : { ref }) };
    }
    this.send(message);
    if (++this.refusedInARow >= LIMITS.floodClose) this.socket.close(1008, 'too many refused messages');
  }

  private handle(message: ClientMessage, ref: Ref | undefined): void {
    const { registry, hub, limits, address } = this.context;
    const echo = ref === undefined ? {} : { ref };
    switch (message.type) {
      case 'create': {
        if (message.scenarioData !== undefined) checkScenarioSize(message.scenarioData);
        const created = limits.create(address, () => registry.create(message));
        this.send(createdMessage(created, this.context.baseUrl, ref));
        hub.joinConsole(this, created.room);
        return;
      }
      case 'join': {
        if ((message.code === undefined) === (message.token === undefined)) throw new RequestError('invalid', 'join takes a code or a token');
        // Only `join` takes a join code (~50 bits, the secret worth guessing), so only its failures
        // count: against this connection first (backoff), then, distinct ones, against its address.
        // Every other message's token is 192 random bits.
        const secret = message.code !== undefined ? `code:${message.code.toUpperCase()}` : `token:${message.token!}`;
        const identity = this.joins.attempt(() => limits.attempt(address, () => (message.code !== undefined ? registry.byCode(message.code) : registry.byToken(message.token!)), secret));
        const { room } = identity;
        if (identity.role === 'facilitator') {
          const addresses = this.context.addresses;
          const loopbackOnly = addresses.every((a) => isLoopback(new URL(a).hostname));
          this.send({ type: 'joined', ...echo, gameId: room.id, role: 'facilitator', token: message.token!, addresses, loopbackOnly });
          return hub.joinConsole(this, room);
        }
        if (identity.role === 'watcher') {
          this.send({ type: 'joined', ...echo, gameId: room.id, role: 'watcher', token: message.token! });
          return hub.joinWatcher(this, room);
        }
        const token = message.token ?? registry.openSession(room, identity.seat);
        this.send({ type: 'joined', ...echo, gameId: room.id, role: 'seat', seat: identity.seat, token });
        return hub.joinSeat(this, room, identity.seat);
      }
      case 'submit': {
        const identity = registry.byToken(message.token);
        if (identity.role !== 'seat') throw new RequestError('forbidden', 'only a seat submits sheets');
        // The schema checked the sheet's shape; the engine checks it against the seat's request.
        identity.room.submit(identity.seat, message.step, message.sheet as unknown as Sheet);
        return this.send({ type: 'accepted', ...echo, what: 'submit', step: message.step });
      }
      default: {
        const identity = registry.byToken(message.token);
        if (identity.role !== 'facilitator') throw new RequestError('forbidden', `only the facilitator may ${message.type}`);
        const { room } = identity;
        if (message.type === 'replay') return this.send(replayMessage(room, ref));
        if (message.type === 'save') return this.send(saveMessage(room, ref));
        if (message.type === 'watch-link') {
          const token = registry.openWatcher(room);
          const link = `${this.context.baseUrl}/?watch=${encodeURIComponent(token)}`;
          return this.send({ type: 'watch-link', ...echo, gameId: room.id, token, link });
        }
        if (message.type === 'fork') {
          // The fork's console opens with the fork's token (in a page of its own): this one stays on its game.
          const created = limits.create(address, () => registry.fork(room, message.step));
          return this.send(createdMessage(created, this.context.baseUrl, ref));
        }
        if (message.type === 'reissue') {
          // The seat's current clients lose it before the change, so none sees one more view.
          room.humanSeat(message.seat);
          hub.dropSeat(room, message.seat, 'the facilitator gave this seat a new join code: ask for it');
          const seat = registry.reissue(room, message.seat);
          const link = `${this.context.baseUrl}/?join=${encodeURIComponent(seat.code)}`;
          return this.send({ type: 'reissued', ...echo, gameId: room.id, seat: { ...seat, link } });
        }
        const step = room.step;
        if (message.type === 'force') room.force(message.step, 'facilitator');
        else if (message.type === 'replace') room.replace(message.seat, message.by);
        else if (message.type === 'inject') room.inject(message.step, message.event);
        else if (message.type === 'rollback') room.rollback(message.step);
        else if (message.type === 'timer') room.setTimer(message.timer);
        else if (message.type === 'pause') room.pause();
        else if (message.type === 'start') room.startClock();
        else if (message.type === 'finish') room.finish();
        else room.resume();
        return this.send({ type: 'accepted', ...echo, what: message.type, step });
      }
    }
  }
}

/**
 * Turns a socket away before serving it: one `error` line saying why, then a close (code 1008,
 * policy) with a short reason, for clients that only see the close.
 */
export function turnAway(socket: WebSocket, error: RequestError, reason: string): void {
  socket.on('error', () => {});
  const message: ErrorMessage = { type: 'error', code: error.code, message: error.message };
  socket.send(JSON.stringify(message));
  socket.close(1008, reason);
}

/** Validates a parsed message, telling an unknown type from a malformed known one. */
function parse(raw: unknown): ClientMessage {
  const type = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>)['type'] : undefined;
  if (typeof type !== 'string') throw new RequestError('invalid', 'a message is a JSON object with a "type"');
  if (!CLIENT_MESSAGE_TYPES.includes(type)) throw new RequestError('unknown-type', `unknown message type "${type.slice(0, 40)}"`);
  const result = clientMessageSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
  throw new RequestError('invalid', `${type}: ${where}${issue?.message ?? 'invalid'}`);
}

/** What {@link parseJson} returns for a text that is not JSON. */
const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}
