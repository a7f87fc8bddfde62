/**
 * The error a client receives: one line, a stable machine-readable code, and nothing about the
 * state of a game it may not see. Errors go to the offending connection only.
 */

/** The codes of {@link ErrorMessage}: the server's own, then the engine's IllegalDecision codes. */
export type ErrorCode =
  | 'malformed'
  | 'too-large'
  | 'unsupported-media-type'
  | 'too-slow'
  | 'rate-limited'
  | 'unknown-type'
  | 'invalid'
  | 'unauthorized'
  | 'revoked'
  | 'forbidden'
  | 'unknown-scenario'
  | 'bad-scenario'
  | 'bad-seats'
  | 'too-many-games'
  | 'too-many-connections'
  | 'too-many-attempts'
  | 'too-many-creations'
  | 'stale-step'
  | 'paused'
  | 'stand-in'
  | 'bad-step'
  | 'bad-event'
  | 'not-found'
  | 'internal'
  | 'not-your-turn'
  | 'wrong-phase'
  | 'closed-slot'
  | 'bad-value'
  | 'already-decided'
  | 'game-over';

/** A refusal sent to one client. */
export interface ErrorMessage {
  readonly type: 'error';
  readonly code: ErrorCode;
  readonly message: string;
  /** The offending sheet slot, for the engine's refusals (`votes.2`). */
  readonly slot?: string;
  /** The client's `ref` of the refused message, when it gave one. */
  readonly ref?: string | number;
}

/** A refusal raised inside a handler; the connection turns it into an {@link ErrorMessage}. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly slot?: string,
  ) {
    super(message);
  }
}
