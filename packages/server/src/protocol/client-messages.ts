/**
 * What a client may send, as zod schemas: every incoming message is parsed by
 * {@link clientMessageSchema} before anything else looks at it. Every message that acts on a game
 * carries the token of the seat or facilitator acting (no connection-level login: a message is
 * authorised by itself, so a socket that joined one seat cannot act for another).
 */
import { z } from 'zod';
import { PHASES } from '@geneva/engine';
import { LIMITS } from './limits.js';
import { sheetSchema } from './sheet-schema.js';

/** A secret token (base64url). */
const token = z.string().min(16).max(128);
/** A client's correlation id, echoed in the answer. */
const ref = z.union([z.string().max(64), z.number().int()]).optional();
const seconds = z.number().positive().max(LIMITS.timerSeconds);
const decisionPhases = PHASES.filter((p) => p !== 'concluded') as [string, ...string[]];

/**
 * Step timers: a default per step, and overrides by phase (seconds; no timer when absent); and
 * `absent`: a bot stands in for a team none of whose devices has been connected for that long, and
 * hands the seat back when the team reconnects (none when absent).
 */
export const timerSchema = z.strictObject({
  seconds: seconds.optional(),
  phases: z.partialRecord(z.enum(decisionPhases), seconds).optional(),
  absent: seconds.optional(),
});

/** Creating a game: a shipped scenario by id or the scenario's data, a seed, the human seats. */
export const createSchema = z.strictObject({
  type: z.literal('create'),
  ref,
  scenario: z.string().min(1).max(64).optional(),
  scenarioData: z.record(z.string(), z.unknown()).optional(),
  seed: z.union([z.string().max(64), z.number().int()]).optional(),
  humans: z.array(z.string().min(1).max(64)).max(64),
  timer: timerSchema.optional(),
});

/** Joining a seat (with its join code, or its token when reconnecting), or watching as facilitator. */
export const joinSchema = z.strictObject({
  type: z.literal('join'),
  ref,
  code: z.string().min(4).max(32).optional(),
  token: token.optional(),
});

/** A seat's order sheet for the step it names. */
export const submitSchema = z.strictObject({
  type: z.literal('submit'),
  ref,
  token,
  step: z.number().int().nonnegative(),
  sheet: sheetSchema,
});

/**
 * Facilitator controls without arguments; `start`: the step timers start without waiting for every
 * team to join; `finish`: bots stand in for every team and the game plays to its end; `save`: the
 * game as a save file.
 */
export const controlSchema = z.strictObject({
  type: z.enum(['pause', 'resume', 'replay', 'watch-link', 'start', 'finish', 'save']),
  ref,
  token,
});

/** Facilitator: resolve the step now (absent seats get the safe default), naming the step meant. */
export const forceSchema = z.strictObject({
  type: z.literal('force'),
  ref,
  token,
  step: z.number().int().nonnegative(),
});

/** Facilitator: a bot stands in for a human seat (`bot`), or the seat goes back to its team (`human`). */
export const replaceSchema = z.strictObject({
  type: z.literal('replace'),
  ref,
  token,
  seat: z.string().min(1).max(64),
  by: z.enum(['bot', 'human']),
});

/** Facilitator: trigger the scenario's scheduled event `event` (its index) now, in the step named. */
export const injectSchema = z.strictObject({
  type: z.literal('inject'),
  ref,
  token,
  step: z.number().int().nonnegative(),
  event: z.number().int().nonnegative().max(1000),
});

/**
 * Facilitator: go back to the start of an earlier step (`rollback`: this game goes on from there;
 * `fork`: a new game, with new join codes, starts from there and this one is left as it is).
 */
export const rewindSchema = z.strictObject({
  type: z.enum(['rollback', 'fork']),
  ref,
  token,
  step: z.number().int().nonnegative(),
});

/** Facilitator: new step timers, from the current step on (an empty object: no timer). */
export const timerChangeSchema = z.strictObject({
  type: z.literal('timer'),
  ref,
  token,
  timer: timerSchema,
});

/** Facilitator: a new join code and token for a seat whose code went to the wrong team (the old ones stop working). */
export const reissueSchema = z.strictObject({
  type: z.literal('reissue'),
  ref,
  token,
  seat: z.string().min(1).max(64),
});

/** Every message a client may send. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  createSchema,
  joinSchema,
  submitSchema,
  controlSchema,
  forceSchema,
  replaceSchema,
  injectSchema,
  rewindSchema,
  timerChangeSchema,
  reissueSchema,
]);

/** The message types the server knows (to tell an unknown type from a malformed known one). */
export const CLIENT_MESSAGE_TYPES: readonly string[] = [
  'create',
  'join',
  'submit',
  'pause',
  'resume',
  'replay',
  'force',
  'replace',
  'inject',
  'rollback',
  'fork',
  'timer',
  'reissue',
  'watch-link',
  'start',
  'finish',
  'save',
];

/** A parsed client message. */
export type ClientMessage = z.infer<typeof clientMessageSchema>;
/** A parsed game creation. */
export type CreateRequest = z.infer<typeof createSchema>;
/** Parsed step timers. */
export type TimerConfig = z.infer<typeof timerSchema>;
