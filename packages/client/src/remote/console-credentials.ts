/**
 * A console's credentials: the facilitator token and the teams' join codes of a game, kept in the
 * browser that created the game (the server gives them once and keeps only their hashes). The
 * set-up screen keeps a new game's here, the console a fork's, in the same way.
 */
import type { CreatedMessage } from '@geneva/server';

/** What this browser keeps of a created game for its console. */
export interface ConsoleCredentials {
  readonly gameId: string;
  readonly facilitatorToken: string;
  readonly seats: readonly { readonly seat: string; readonly name: string; readonly code: string; readonly link: string }[];
}

/** Where a created game's credentials are kept. */
export const consoleKey = (gameId: string) => `geneva.console.${gameId}`;

/**
 * Keeps a created game's credentials for its console (`/?console=<gameId>`); returns whether the
 * browser kept them (storage may be full or disabled).
 *
 * @example
 * if (keepCredentials(created)) location.assign(consolePath(created.gameId));
 */
export function keepCredentials(created: Pick<CreatedMessage, 'gameId' | 'facilitatorToken'> & { readonly seats?: ConsoleCredentials['seats'] }): boolean {
  // Only what the console needs: a seat's token belongs on the team's device, not here.
  const credentials: ConsoleCredentials = {
    gameId: created.gameId,
    facilitatorToken: created.facilitatorToken,
    seats: (created.seats ?? []).map(({ seat, name, code, link }) => ({ seat, name, code, link })),
  };
  try {
    localStorage.setItem(consoleKey(created.gameId), JSON.stringify(credentials));
    return true;
  } catch {
    return false;
  }
}

/** The credentials of `gameId` kept in this browser, or null. */
export function readCredentials(gameId: string): ConsoleCredentials | null {
  try {
    const data = JSON.parse(localStorage.getItem(consoleKey(gameId)) ?? 'null') as ConsoleCredentials | null;
    return data !== null && data.gameId === gameId ? data : null;
  } catch {
    return null;
  }
}

/** The address of a game's console on this server. */
export const consolePath = (gameId: string) => `/?console=${encodeURIComponent(gameId)}`;
