/**
 * The shape of an order sheet on the wire. It checks types and sizes only (strictly: an unknown
 * field is refused, so nothing unexpected reaches the engine); which values are legal *now* is the
 * engine's business (`applyDecision` checks the sheet against the seat's request: one source of
 * legality).
 */
import { z } from 'zod';
import { PHASES } from '@geneva/engine';

const id = z.string().min(1).max(64);
const ids = z.array(id).max(64);
const vote = z.enum(['yes', 'no', 'abstain']);
const decisionPhases = PHASES.filter((p) => p !== 'concluded') as [string, ...string[]];

/** A message order (public when `to` is empty). */
const message = z.strictObject({ to: ids, text: z.string().max(2000) });
/** A pledge order. */
const pledge = z.strictObject({ kind: id, to: ids, target: z.union([id, z.number().int()]).optional() });

/** Any sheet of any phase, structurally. */
export const sheetSchema = z.strictObject({
  phase: z.enum(decisionPhases),
  text: z.array(z.number()).max(32).optional(),
  amend: z.strictObject({ article: id, direction: z.union([z.literal(1), z.literal(-1)]) }).nullable().optional(),
  votes: z.array(vote).max(256).optional(),
  coalition: z.enum(['friends', 'sovereignty']).nullable().optional(),
  lobby: ids.optional(),
  techAccord: z.boolean().optional(),
  vote: vote.optional(),
  sign: z.boolean().optional(),
  submit: z.boolean().optional(),
  targets: ids.optional(),
  disclose: z.boolean().optional(),
  requestBackdoor: z.boolean().optional(),
  withdraw: z.boolean().optional(),
  share: z.boolean().optional(),
  takedown: z.boolean().optional(),
  defendAll: z.boolean().optional(),
  backdoor: z.enum(['accept', 'refuse']).optional(),
  blame: z.array(id.nullable()).max(256).optional(),
  answers: z.array(z.enum(['admit', 'deny'])).max(256).optional(),
  messages: z.array(message).max(16).optional(),
  pledges: z.array(pledge).max(16).optional(),
});
