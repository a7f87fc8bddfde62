/**
 * What the console's sections share: the commands a facilitator sends (the server's protocol,
 * without the token the console adds) and the shape of a section that follows the live overview.
 */
import type { ClientMessage, OverviewMessage } from '@geneva/server';

/** Drops the console-added fields from each message type of a union (the union kept apart). */
type WithoutAuth<M> = M extends unknown ? Omit<M, 'token' | 'ref'> : never;

/** A facilitator's command as a section sends it; the console adds the token. */
export type ConsoleCommand = WithoutAuth<Exclude<ClientMessage, { type: 'create' | 'join' | 'submit' }>>;

/** What a section may ask of the console. */
export interface ConsoleActions {
  /** Sends a command; false (and a line in the console's status) when the server is not reachable now. */
  send(command: ConsoleCommand): boolean;
  /** The latest overview (null before the first), read when a button is pressed rather than when drawn. */
  current(): OverviewMessage | null;
  /** Asks the teacher to confirm an action that changes the class for everyone (`window.confirm`). */
  confirm(question: string): boolean;
}

/** A section of the console, redrawn from each overview. */
export interface ConsolePart {
  readonly element: HTMLElement;
  update(overview: OverviewMessage): void;
}
