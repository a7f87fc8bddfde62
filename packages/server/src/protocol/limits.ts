/**
 * The bounds every connection lives within. They are constants rather than options so that a
 * classroom server and its tests agree on them; each says why it has the value it has. The limits
 * per client address are only defaults: a test gives the server smaller ones (`AddressLimits`).
 */
export const LIMITS = {
  /** Largest message the server reads (bytes): a sheet is well under 4 KB, talk included. */
  messageBytes: 64 * 1024,
  /** Hard cap given to `ws` (bytes): beyond it the socket is closed (code 1009) before parsing. */
  framePayload: 256 * 1024,
  /** Largest HTTP request body (bytes): a game creation with an embedded scenario (at most 128 KB). */
  httpBody: 256 * 1024,
  /**
   * Seconds an HTTP request body may take to arrive (408 beyond, and the connection is closed):
   * 256 KB take well under a second on a classroom network; a client that trickles a body
   * ("slow loris") holds a connection only this long.
   */
  httpBodySeconds: 10,
  /** Seconds a request's headers may take to arrive (Node's `headersTimeout`; 408 beyond). */
  httpHeadersSeconds: 10,
  /**
   * Simultaneous plain HTTP connections from one address (idle keep-alive ones included), beyond
   * which a new one is answered 503 and closed. A class behind one NAT loading the client at once
   * (30 laptops, a few connections each, closed after 5 s idle) stays under it; one machine cannot
   * hold the server's connections.
   */
  httpConnectionsPerAddress: 128,
  /**
   * Bytes the server hands a client's socket ahead of what the client has read; beyond, messages
   * wait in the connection's outbox, where a newer view replaces an unsent older one.
   */
  writeAheadBytes: 64 * 1024,
  /**
   * Bytes a client may fall behind (socket and outbox) before its connection is closed (code 1013).
   * Views and overviews never pile up (the newest replaces the older), so only replies it asked for
   * and does not read can reach it: a save file is ~370 KB, a view ~110 KB at a game's end.
   */
  behindBytes: 2 * 1024 * 1024,
  /** Token bucket per connection: burst size. A team sends a few messages a minute. */
  burst: 20,
  /** Token bucket per connection: refill per second. */
  refillPerSecond: 10,
  /** Rejected messages in a row after which a flooding connection is closed (code 1008). */
  floodClose: 200,
  /**
   * A created scenario (`scenarioData`) at most: actors, negotiation rounds, implementation years
   * and bytes (as JSON). About twice the largest shipped scenario on each count (28 actors, 10
   * rounds, 7 years, 27 KB) and more in bytes: a class's own scenario fits, and a game's cost (every
   * bot's every decision, replayed at each restart) stays within what a classroom server plays.
   */
  scenario: { actors: 64, rounds: 20, years: 15, bytes: 128 * 1024 },
  /** Games a server holds (each a file on disk and a game in memory). */
  games: 1000,
  /** Longest step timer (seconds). */
  timerSeconds: 3600,
  /**
   * Simultaneous WebSocket connections from one address. Generous: a classroom behind one NAT
   * shares an address (30 teams with two laptops each and the console fit).
   */
  connectionsPerAddress: 64,
  /**
   * Wrong join codes or tokens one connection may try before it must wait: then 1 s, 2 s, 4 s…
   * (at most {@link LIMITS.joinBackoffMaxSeconds}) after each further failure. A team's typos
   * stay below it; a student guessing codes slows only their own connection.
   */
  freeFailedJoins: 5,
  /** The longest wait between two failed joins of one connection (seconds). */
  joinBackoffMaxSeconds: 60,
  /**
   * Distinct wrong join codes or tokens from one address per window, beyond which its joins are
   * refused unchecked: a last resort against a script opening connection after connection. A
   * repeat counts once (a class retrying a stale link or a revoked token never reaches it), and
   * 300 typos in 10 minutes is far above a class's; guessing a ~50-bit code at that pace is hopeless.
   */
  failedJoinsPerAddress: 300,
  /** The window of {@link LIMITS.failedJoinsPerAddress} (seconds). */
  failedJoinWindowSeconds: 600,
  /** Games one address may create per window: a facilitator sets up a few games a class. */
  gamesPerAddress: 30,
  /** The window of {@link LIMITS.gamesPerAddress} (seconds). */
  gameWindowSeconds: 3600,
} as const;
