/**
 * The scenario's `uncertainty` block: how far each state's true type may lie from the values the
 * scenario publishes. Each field is a standard deviation (a spread) in the field's own units; the
 * table starts from the scenario's values as its estimate, and each run draws the truth around them
 * from its seed (state/types-draw.ts). Zero spreads (the default) give the fixed types of a
 * scenario without the block, bit for bit.
 */
import { z } from 'zod';

/** The type fields that carry a spread, in the order their noise is drawn. */
export const TYPE_FIELDS = ['ideal', 'salience', 'reservation', 'domesticHurdle', 'contentControl', 'contentTolerance'] as const;
/** A type field with a spread. */
export type TypeField = (typeof TYPE_FIELDS)[number];

const id = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, { error: 'ids are short lowercase words (a-z, 0-9, -)' });

/** The bounds of each spread, and what it measures (its units). */
const spreads = {
  ideal: z.number().min(0).max(0.5).describe('standard deviation of each ideal position (0..1 scale)'),
  salience: z.number().min(0).max(1).describe('relative standard deviation of each salience weight, before the weights are normalised'),
  reservation: z.number().min(0).max(0.5).describe('standard deviation of the reservation value (0..1 scale)'),
  domesticHurdle: z.number().min(0).max(5).describe('standard deviation of the ratification hurdle, in logit units'),
  contentControl: z.number().min(0).max(0.5).describe('standard deviation of the preference for content control (0..1 scale)'),
  contentTolerance: z.number().min(0).max(0.5).describe("standard deviation of the legislature's content red line (0..1 scale)"),
};

/** One actor's overrides: any field it names replaces the scenario-wide spread for that actor. */
const actorSpreads = z.strictObject({
  ideal: spreads.ideal.optional(),
  salience: spreads.salience.optional(),
  reservation: spreads.reservation.optional(),
  domesticHurdle: spreads.domesticHurdle.optional(),
  contentControl: spreads.contentControl.optional(),
  contentTolerance: spreads.contentTolerance.optional(),
});

/**
 * The block as a zod schema. Optional in the scenario (an absent block is all zeros, and leaves the
 * scenario's content hash as it was); inside it every field defaults to 0.
 */
export const uncertaintySchema = z
  .strictObject({
    ideal: spreads.ideal.default(0),
    salience: spreads.salience.default(0),
    reservation: spreads.reservation.default(0),
    domesticHurdle: spreads.domesticHurdle.default(0),
    contentControl: spreads.contentControl.default(0),
    contentTolerance: spreads.contentTolerance.default(0),
    actors: z.record(id, actorSpreads).default({}).describe('per-state overrides, keyed by state id'),
  })
  .describe("how uncertain the table is of each state's true type: spreads (standard deviations) around the scenario's values; 0 = common knowledge");

/** A validated `uncertainty` block (defaults filled in). */
export type Uncertainty = z.output<typeof uncertaintySchema>;

/** One state's spreads, every field resolved (its override, else the scenario-wide value, else 0). */
export type Spreads = Readonly<Record<TypeField, number>>;

const NO_SPREADS: Spreads = Object.freeze({ ideal: 0, salience: 0, reservation: 0, domesticHurdle: 0, contentControl: 0, contentTolerance: 0 });

/**
 * The spreads of state `actorId` under `block` (absent: all zero).
 *
 * @example
 * spreadsOf({ ...zeros, reservation: 0.05, actors: { usa: { domesticHurdle: 0.8 } } }, 'usa').domesticHurdle; // 0.8
 */
export function spreadsOf(block: Uncertainty | undefined, actorId: string): Spreads {
  if (block === undefined) return NO_SPREADS;
  const own = block.actors[actorId];
  return {
    ideal: own?.ideal ?? block.ideal,
    salience: own?.salience ?? block.salience,
    reservation: own?.reservation ?? block.reservation,
    domesticHurdle: own?.domesticHurdle ?? block.domesticHurdle,
    contentControl: own?.contentControl ?? block.contentControl,
    contentTolerance: own?.contentTolerance ?? block.contentTolerance,
  };
}

/** Whether `block` gives any state any uncertainty at all (if not, no draw and no learning happens). */
export function anyUncertainty(block: Uncertainty | undefined): boolean {
  if (block === undefined) return false;
  const positive = (s: Partial<Record<TypeField, number>>) => TYPE_FIELDS.some((f) => (s[f] ?? 0) > 0);
  return positive(block) || Object.values(block.actors).some(positive);
}
