/**
 * Summaries of a negotiation round: coalitions, the tech accord, pledges, statements and the
 * amendments voted, one line each instead of one line per seat.
 */
import { ARTICLES, pledgePromise, type GameEvent } from '@geneva/engine';
import { pledgeOfEvent } from '@geneva/engine/tooling';
import type { AccountContext } from './context.js';
import { pct } from './format.js';

/** Events of one type. */
function ofType(events: readonly GameEvent[], type: GameEvent['type']): GameEvent[] {
  return events.filter((e) => e.type === type);
}

/** `key — a, b; key2 — c` over events grouped by their text. */
function byText(events: readonly GameEvent[], context: AccountContext, label: (text: string) => string): string {
  const groups = new Map<string, number[]>();
  for (const e of events) groups.set(e.text, [...(groups.get(e.text) ?? []), e.actor]);
  return [...groups].map(([text, seats]) => `${label(text)} — ${context.names(seats).join(', ')}`).join('; ');
}

/** Who joined or left which coalition. */
export function coalitionSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const moves = ofType(events, 'coalition');
  return [`Coalitions: ${byText(moves, context, (c) => (c === 'none' ? 'left their coalition' : c))}`];
}

/** Who joined or left the tech accord. */
export function techAccordSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  return [`Tech accord: ${byText(ofType(events, 'tech-accord'), context, (t) => t)}`];
}

/** The public pledges, by kind. */
export function pledgeSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  // One group per promise (kind, target and condition), in words: 'to ratify the convention once …'.
  const groups = new Map<string, { promise: string; seats: number[] }>();
  for (const e of ofType(events, 'pledge')) {
    const key = `${e.text}|${e.other}|${e.value}`;
    const group = groups.get(key) ?? { promise: promiseOf(e, context), seats: [] };
    group.seats.push(e.actor);
    groups.set(key, group);
  }
  return [`Public pledges: ${[...groups.values()].map((g) => `${g.promise} — ${context.names(g.seats).join(', ')}`).join('; ')}`];
}

function promiseOf(e: GameEvent, context: AccountContext): string {
  const { kind, condition } = pledgeOfEvent(e.text, e.value);
  return pledgePromise(kind, e.other, context.state.actors, {}, condition);
}

/**
 * Who made public statements; those made at a vote on the text in full, since they say why a state
 * voted as it did (a state holding out for its amendment).
 */
export function statementSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const statements = ofType(events, 'statement');
  const atVote = statements.filter((e) => e.phase === 'vote');
  const others = statements.filter((e) => e.phase !== 'vote');
  return [
    ...(others.length > 0 ? [`Public statements by: ${context.names(others.map((e) => e.actor)).join(', ')}`] : []),
    ...atVote.map((e) => `${context.name(e.actor)} said publicly: “${e.text}”`),
  ];
}

/** The amendments that passed (with their direction, sponsor and vote) and those that failed. */
export function amendmentSummary(events: readonly GameEvent[], context: AccountContext): string[] {
  const passed = ofType(events, 'amendment-passed').map((e) => `${amendment(e, context)} (${context.name(e.actor)}, ${pct(Number(e.text))} yes)`);
  const failed = ofType(events, 'amendment-failed').map((e) => amendment(e, context));
  const parts = [...(passed.length > 0 ? [`passed ${passed.join(', ')}`] : []), ...(failed.length > 0 ? [`failed ${failed.join(', ')}`] : [])];
  return [`Amendments: ${parts.join('; ')}`];
}

/** `article +` or `article −`: the article of a voted amendment and the way it pushed. */
function amendment(voted: GameEvent, context: AccountContext): string {
  const article = ARTICLES[voted.value] ?? '?';
  const tabled = context.events.findLast(
    (e) => e.type === 'amendment-tabled' && e.step < voted.step && e.actor === voted.actor && e.value === voted.value,
  );
  const sign = tabled?.text.trim().replace('-', '−') ?? '';
  return sign === '' ? article : `${article} ${sign}`;
}
