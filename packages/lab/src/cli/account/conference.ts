/**
 * Summaries of the conference's decisions: the vote on the text (with who voted against),
 * signature and ratification (who did, who did not).
 */
import { describeEvent, type GameEvent } from '@geneva/engine';
import type { AccountContext } from './context.js';
import { listLine } from './format.js';

/** The seats of the events of one type. */
function seatsOf(events: readonly GameEvent[], type: GameEvent['type']): number[] {
  return events.filter((e) => e.type === type).map((e) => e.actor);
}

/** The result of a vote on the text, with the seats that voted no or abstained. */
export function voteSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const result = events.find((e) => e.type === 'adopted' || e.type === 'rejected');
  if (result === undefined) return [];
  const votes = events.filter((e) => e.type === 'text-vote');
  const against = context.names(votes.filter((e) => e.text === 'no').map((e) => e.actor));
  const abstained = context.names(votes.filter((e) => e.text === 'abstain').map((e) => e.actor));
  const sentence = describeEvent(result, context.state.actors);
  const details = [
    ...(against.length > 0 ? [`against: ${against.join(', ')}`] : []),
    ...(abstained.length > 0 ? [`abstained: ${abstained.join(', ')}`] : []),
  ];
  return [`${capitalise(sentence)}${details.length > 0 ? `; ${details.join('; ')}` : ''}`];
}

/** Who signed, and which states did not. */
export function signatureSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const signed = seatsOf(events, 'signed');
  const unsigned = context.states.filter((s) => !signed.includes(s));
  return [listLine('Signed', context.names(signed)), ...(unsigned.length > 0 ? [listLine('Did not sign', context.names(unsigned))] : [])];
}

/** Who ratified, who acceded (a state that had not signed), and whose legislature refused (with the chance it had). */
export function ratificationSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const refused = events.filter((e) => e.type === 'ratification-failed').map((e) => `${context.name(e.actor)} (the table had given it ${Math.round(e.value * 100)}%)`);
  const ratified = events.filter((e) => e.type === 'ratified');
  const signatories = ratified.filter((e) => e.text !== 'accession').map((e) => e.actor);
  const acceded = ratified.filter((e) => e.text === 'accession').map((e) => e.actor);
  return [
    ...(signatories.length > 0 || acceded.length === 0 ? [listLine('Ratified', context.names(signatories))] : []),
    ...(acceded.length > 0 ? [listLine('Acceded', context.names(acceded))] : []),
    ...(refused.length > 0 ? [listLine('Refused by the legislature', refused)] : []),
  ];
}

/** The first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
