/**
 * The bounds every connection lives within. They are constants rather than options so that a
 * classroom server and its tests agree on them; each says why it has the value it has.
 */
export const LIMITS = {
  /** Largest message the server reads (bytes): a sheet is well under 4 KB, talk included. */
  messageBytes: 64 * 1024,
  /** Hard cap given to `ws` (bytes): beyond it the socket is closed (code 1009) before parsing. */
  framePayload: 256 * 1024,
  /** Largest HTTP request body (bytes): a game creation with an embedded scenario. */
  httpBody: 512 * 1024,
  /** Token bucket per connection: burst size. A team sends a few messages a minute. */
  burst: 20,
  /** Token bucket per connection: refill per second. */
  refillPerSecond: 10,
  /** Rejected messages in a row after which a flooding connection is closed (code 1008). */
  floodClose: 200,
  /** Games a server holds (each a file on disk and a game in memory). */
  games: 1000,
  /** Longest step timer (seconds). */
  timerSeconds: 3600,
} as const;
