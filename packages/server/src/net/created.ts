/**
 * The answer to a game creation: the facilitator's token and, per human seat, its join code,
 * token and link. Shown once: the server keeps only hashes.
 */
import type { Created } from '../games/registry.js';
import type { CreatedMessage } from '../protocol/server-messages.js';

/** The `created` message for a new game; links point at `baseUrl` (`http://host:port`). */
export function createdMessage(created: Created, baseUrl: string, ref?: string | number): CreatedMessage {
  const { from } = created.room.create;
  return {
    type: 'created',
    ...(ref === undefined ? {} : { ref }),
    gameId: created.room.id,
    facilitatorToken: created.facilitatorToken,
    seats: created.seats.map((s) => ({ ...s, link: `${baseUrl}/?join=${encodeURIComponent(s.code)}` })),
    ...(from === undefined ? {} : { forkOf: { gameId: from.gameId, step: from.step } }),
  };
}
