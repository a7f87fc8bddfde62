/**
 * Geneva's classroom server: runs the engine authoritatively, serves each seat only its own view
 * over WebSockets, journals every accepted action to disk, and gives the facilitator a console.
 *
 * @packageDocumentation
 */

/** Starting and stopping a server. */
export { startServer, type ServerOptions, type RunningServer } from './net/server.js';
/** The wire protocol: what clients send (zod schemas) and what the server answers. */
export { clientMessageSchema, createSchema, timerSchema, injectSchema, rewindSchema, timerChangeSchema, type ClientMessage, type CreateRequest, type TimerConfig } from './protocol/client-messages.js';
export { sheetSchema } from './protocol/sheet-schema.js';
export type {
  ServerMessage,
  CreatedMessage,
  ReissuedMessage,
  WatchLinkMessage,
  PublicMessage,
  JoinedMessage,
  ViewMessage,
  ClockMessage,
  AcceptedMessage,
  OverviewMessage,
  SeatOverview,
  ReplayMessage,
  NoticeMessage,
  SaveMessage,
  Notice,
  SeatCredentials,
  SeatControl,
  EventOverview,
  StepOverview,
  ForkOrigin,
} from './protocol/server-messages.js';
export type { ErrorMessage, ErrorCode } from './protocol/errors.js';
/** The bounds of every connection, and the limits per client address. */
export { LIMITS } from './protocol/limits.js';
export { AddressLimits, type AddressLimitOptions } from './net/address-limits.js';
/** Journals on disk. */
export { readJournal, journalFiles, type JournalContents } from './store/journal.js';
export type { JournalRecord, CreateRecord, ActionRecord } from './store/records.js';
/** The server's command line. */
export { main } from './cli/main.js';
