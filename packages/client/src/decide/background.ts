/**
 * The background of an actor for a student: the sentences of the scenario's notes that tell its
 * history, without the modellers' working (parameter values, calibration, which bot plays it,
 * "placed in round 3 because…"). Notes are written for scenario authors; a team reads only what a
 * diplomat's briefing would say.
 */
import { builtinStrategies } from '@geneva/engine';

// Words that mark a sentence as the modellers' reasoning rather than the actor's story.
const MODELLERS = /\b(bots?|strategy|strategies|salience|hurdle|reservation|ideal|calibrat\w*|parameters?|modell?ed|modell?ing|prior|logit|placed in|weights?|scenario|IISS tier|exposure|neutrality|capability)\b|\d\.\d/i;

/**
 * The plain sentences of `notes`.
 *
 * @example
 * background('Preferred voluntary norms. Hence the highest hurdle (2.8) and a realist bot.'); // ['Preferred voluntary norms.']
 */
export function background(notes: string | undefined): readonly string[] {
  if (notes === undefined) return [];
  const names = builtinStrategies.flatMap((s) => [s.id, s.name.toLowerCase()]);
  return (notes.replace(/\s+/g, ' ').match(/[^.!?]+(?:[.!?]+|$)/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !MODELLERS.test(s) && !names.some((n) => s.toLowerCase().includes(n)));
}
