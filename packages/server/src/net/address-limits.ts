/**
 * Limits per client address, on top of the limits per connection: how many WebSockets and HTTP
 * connections one address holds open, how many distinct wrong join codes or tokens it may try
 * before its joins are refused unchecked (a generous last resort: a classroom behind one NAT shares
 * an address; each connection backs off on its own first, see join-backoff.ts), and how many games
 * it may create. One machine can then neither exhaust the server nor guess join codes, however many
 * connections it opens.
 *
 * An address is tracked only while it has a connection open or a recent failure or creation; the
 * table is swept as it is used (no timer), so a long-running server does not grow.
 */
import { RequestError, type ErrorCode } from '../protocol/errors.js';
import { LIMITS } from '../protocol/limits.js';
import { addressKey, isLoopback } from './client-address.js';
import { RecentFailures } from './recent-failures.js';
import { SlidingWindow } from './sliding-window.js';

/** The limits of one address. */
export interface AddressLimitOptions {
  /** Simultaneous WebSocket connections. */
  readonly connections: number;
  /** Simultaneous plain HTTP connections (an upgraded one counts as a WebSocket instead). */
  readonly httpConnections: number;
  /** Distinct wrong join codes or tokens allowed per {@link attemptWindowSeconds} (a repeat counts once). */
  readonly failedAttempts: number;
  readonly attemptWindowSeconds: number;
  /** Games created per {@link creationWindowSeconds}. */
  readonly creations: number;
  readonly creationWindowSeconds: number;
  /**
   * Whether this computer (127.0.0.0/8, ::1) goes unlimited. It can stop the server anyway, the
   * load test plays from it, and behind a reverse proxy on this machine every client has its
   * address: limiting it would limit the whole class as one client.
   */
  readonly exemptLoopback: boolean;
}

/** The defaults, from {@link LIMITS}. */
export const DEFAULT_ADDRESS_LIMITS: AddressLimitOptions = {
  connections: LIMITS.connectionsPerAddress,
  httpConnections: LIMITS.httpConnectionsPerAddress,
  failedAttempts: LIMITS.failedJoinsPerAddress,
  attemptWindowSeconds: LIMITS.failedJoinWindowSeconds,
  creations: LIMITS.gamesPerAddress,
  creationWindowSeconds: LIMITS.gameWindowSeconds,
  exemptLoopback: true,
};

/** A refusal by a limit per address, with the seconds after which trying again may succeed. */
export class AddressLimitError extends RequestError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}

/** A WebSocket, or a plain HTTP connection (keep-alive included). */
export type ConnectionKind = 'websocket' | 'http';

/** What is known of one address. */
interface AddressEntry {
  /** Open connections by kind. */
  readonly open: Record<ConnectionKind, number>;
  readonly failures: RecentFailures;
  readonly creations: SlidingWindow;
}

/** The limits of every client address of one server. */
export class AddressLimits {
  /** The limits in force (the defaults overridden by the constructor's options). */
  readonly options: AddressLimitOptions;
  private readonly entries = new Map<string, AddressEntry>();
  private sweptAt: number;
  /** Numbers the failures of unnamed secrets, each of which counts. */
  private anonymous = 0;

  /**
   * @param options overrides of {@link DEFAULT_ADDRESS_LIMITS}
   * @param clock milliseconds, monotonic (a test passes its own)
   */
  constructor(
    options: Partial<AddressLimitOptions> = {},
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.options = { ...DEFAULT_ADDRESS_LIMITS, ...options };
    if (!Number.isInteger(this.options.connections) || this.options.connections < 1) throw new RangeError('connections per address: at least 1');
    if (!Number.isInteger(this.options.httpConnections) || this.options.httpConnections < 1) throw new RangeError('HTTP connections per address: at least 1');
    // Fail now rather than at the first client: each window checks its own bounds.
    new RecentFailures(this.options.failedAttempts, this.options.attemptWindowSeconds * 1000);
    new SlidingWindow(this.options.creations, this.options.creationWindowSeconds * 1000);
    this.sweptAt = clock();
  }

  /** How many addresses are tracked now. */
  get size(): number {
    return this.entries.size;
  }

  /** The most connections of `kind` one address may hold open. */
  maxOpen(kind: ConnectionKind): number {
    return kind === 'websocket' ? this.options.connections : this.options.httpConnections;
  }

  /**
   * Counts a new connection of `kind` (default a WebSocket) from `remote`. False when the address
   * already has as many as allowed: the caller turns the connection away, and nothing is counted.
   */
  connect(remote: string | undefined, kind: ConnectionKind = 'websocket'): boolean {
    const key = this.keyOf(remote);
    if (key === null) return true;
    const entry = this.entry(key);
    const allowed = entry.open[kind] < this.maxOpen(kind);
    if (allowed) entry.open[kind] += 1;
    else this.release(key, entry);
    return allowed;
  }

  /** Uncounts a connection counted by {@link connect} (it closed, or an HTTP one became a WebSocket). */
  disconnect(remote: string | undefined, kind: ConnectionKind = 'websocket'): void {
    const key = this.keyOf(remote);
    const entry = key === null ? undefined : this.entries.get(key);
    if (key === null || entry === undefined) return;
    entry.open[kind] = Math.max(0, entry.open[kind] - 1);
    this.release(key, entry);
  }

  /**
   * Runs `check`, the lookup of `secret` (a join code or token), for `remote`, unless the address
   * tried too many distinct wrong secrets lately: then it refuses (`too-many-attempts`) without
   * running it, so a guess cannot even be tested. A refusal of `check` as `unauthorized` counts as a
   * failure of `secret` (once however often it is retried; every time when no secret is given); a
   * success counts nothing.
   *
   * @throws AddressLimitError `too-many-attempts`, or what `check` throws
   */
  attempt<T>(remote: string | undefined, check: () => T, secret?: string): T {
    const key = this.keyOf(remote);
    if (key === null) return check();
    const entry = this.entry(key);
    try {
      this.refuseWhileFull(entry.failures, 'too-many-attempts', 'too many wrong join codes from this address');
      return check();
    } catch (error) {
      if (error instanceof RequestError && error.code === 'unauthorized') entry.failures.record(secret ?? `#${this.anonymous++}`, this.clock());
      throw error;
    } finally {
      this.release(key, entry);
    }
  }

  /**
   * Runs `create`, a game creation, for `remote`, unless the address has created too many games
   * lately (`too-many-creations`). Only a creation that succeeds counts: a mistyped scenario costs
   * the facilitator nothing.
   *
   * @throws AddressLimitError `too-many-creations`, or what `create` throws
   */
  create<T>(remote: string | undefined, create: () => T): T {
    const key = this.keyOf(remote);
    if (key === null) return create();
    const entry = this.entry(key);
    try {
      this.refuseWhileFull(entry.creations, 'too-many-creations', `at most ${this.options.creations} games in ${this.options.creationWindowSeconds} s from one address`);
      const created = create();
      entry.creations.record(this.clock());
      return created;
    } finally {
      this.release(key, entry);
    }
  }

  /** The key `remote` is counted under, or null when it goes unlimited. */
  private keyOf(remote: string | undefined): string | null {
    return this.options.exemptLoopback && isLoopback(remote) ? null : addressKey(remote);
  }

  /** The entry of `key`, made if need be (sweeping first, so the new entry is not swept). */
  private entry(key: string): AddressEntry {
    const found = this.entries.get(key);
    if (found !== undefined) return found;
    this.sweepNowAndThen();
    const made: AddressEntry = {
      open: { websocket: 0, http: 0 },
      failures: new RecentFailures(this.options.failedAttempts, this.options.attemptWindowSeconds * 1000),
      creations: new SlidingWindow(this.options.creations, this.options.creationWindowSeconds * 1000),
    };
    this.entries.set(key, made);
    return made;
  }

  /** Forgets `key` if it is idle now. */
  private release(key: string, entry: AddressEntry): void {
    if (this.idle(entry, this.clock())) this.entries.delete(key);
  }

  private idle(entry: AddressEntry, now: number): boolean {
    return entry.open.websocket === 0 && entry.open.http === 0 && entry.failures.empty(now) && entry.creations.empty(now);
  }

  /** Throws while `window` is full, saying when to try again. */
  private refuseWhileFull(window: SlidingWindow | RecentFailures, code: ErrorCode, what: string): void {
    const waitMs = window.wait(this.clock());
    if (waitMs <= 0) return;
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new AddressLimitError(code, `${what}: try again in ${seconds} s`, seconds);
  }

  /**
   * Drops the entries that went idle as their failures and creations aged out (an address that
   * stops coming back is never touched again), at most once per failure window: the table then
   * holds only the addresses active within the last two windows, and a sweep costs little.
   */
  private sweepNowAndThen(): void {
    const now = this.clock();
    if (now - this.sweptAt < this.options.attemptWindowSeconds * 1000) return;
    for (const [key, entry] of this.entries) if (this.idle(entry, now)) this.entries.delete(key);
    this.sweptAt = now;
  }
}
