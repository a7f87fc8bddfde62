/**
 * The result of the game in a few sentences: whether the text was adopted and came into force,
 * who is bound at the end, and the record of incidents and attributions.
 */
import type { Outcome } from '@geneva/engine';
import type { AccountContext } from './context.js';
import { INDENT, listLine, num, wrap } from './format.js';

/**
 * The lines of the result.
 *
 * @example
 * resultLines(context, outcomeOf(state));
 */
export function resultLines(context: AccountContext, outcome: Outcome): string[] {
  const withdrawn = context.events.filter((e) => e.type === 'withdrawal').map((e) => e.actor);
  const ids = (list: readonly string[]) => context.state.actors.filter((a) => list.includes(a.id)).map((a) => a.index);
  const parties = outcome.inForce ? ids(outcome.ratifiedBy).filter((s) => !withdrawn.includes(s)) : [];
  return [
    fateOf(context, outcome),
    listLine('Signed', context.names(ids(outcome.signedBy))),
    listLine('Ratified', context.names(ids(outcome.ratifiedBy))),
    ...(withdrawn.length > 0 ? [listLine('Withdrew', context.names(withdrawn))] : []),
    listLine('Bound at the end', context.names(parties)),
    listLine('Tech accord at the end', context.names(ids(outcome.techAccordBy))),
    `Incidents: ${outcome.incidents} made public, ${outcome.massEvents} mass event${outcome.massEvents === 1 ? '' : 's'}, civilian harm ${num(outcome.civilianHarm)}; ` +
      `covert operations: ${outcome.covertOpsParties} by parties, ${outcome.covertOpsNonParties} by non-parties`,
    `Public attributions: ${outcome.attributionsCorrect} correct, ${outcome.attributionsFalse} false, ${outcome.attributionsDenied} denied by the accused; ` +
      `trust in the attribution body ${num(outcome.attributionTrust)}`,
    `Pledges: ${outcome.pledgesMade} made, ${outcome.pledgesKept} kept, ${outcome.pledgesBroken} broken`,
  ].flatMap((line) => wrap(INDENT + line));
}

/** One sentence on the fate of the text. */
function fateOf(context: AccountContext, outcome: Outcome): string {
  const yearOf = (type: string) => context.events.find((e) => e.type === type)?.year;
  if (!outcome.adopted) return 'The text was never adopted.';
  const adopted = `The text was adopted in round ${outcome.adoptedRound}`;
  if (!context.events.some((e) => e.type === 'in-force')) return `${adopted} but never came into force.`;
  const lapsed = yearOf('lapsed');
  if (!outcome.inForce) return `${adopted} and came into force, then ${lapsed === undefined ? 'ended' : `lapsed in year ${lapsed}`}.`;
  return `${adopted}, came into force and was still in force at the end.`;
}
