/**
 * A scripted team: builds a legal sheet from its view and request alone (what a client could do),
 * like the engine's safe default, optionally with talk. Deterministic, so a test can compute the
 * same decisions again in-process and compare games.
 */
import type { MessageOrder, Request, Sheet, View } from '@geneva/engine';

/** The safe-default-like sheet for `request`, seen from `view`, with `messages` when the slot is open. */
export function scriptedSheet(view: View, request: Request, messages: readonly MessageOrder[] = []): Sheet {
  const { slots } = request;
  const pub = view.public;
  const seat = view.seat;
  const talk = slots.messages !== undefined && messages.length > 0 ? { messages: messages.slice(0, slots.messages.max) } : {};
  switch (request.phase) {
    case 'drafting':
      return { phase: 'drafting', text: pub.text.slice(), ...talk };
    case 'negotiation':
      return {
        phase: 'negotiation',
        amend: null,
        ...(slots.votes ? { votes: slots.votes.items.map(() => 'yes' as const) } : {}),
        ...(slots.coalition ? { coalition: pub.coalition[seat] ?? null } : {}),
        ...(slots.techAccord ? { techAccord: pub.techAccord[seat] === true } : {}),
        ...talk,
      };
    case 'vote':
      return { phase: 'vote', vote: 'yes', ...talk };
    case 'signature':
      return { phase: 'signature', sign: true, ...talk };
    case 'ratification':
      return { phase: 'ratification', submit: true, ...talk };
    case 'operations':
      return {
        phase: 'operations',
        ...(slots.targets ? { targets: [], disclose: false } : {}),
        ...(slots.share ? { share: true, takedown: false, defendAll: true } : {}),
        ...(slots.backdoor ? { backdoor: 'refuse' as const } : {}),
        ...talk,
      };
    case 'blame':
      return { phase: 'blame', blame: (slots.blame?.items ?? []).map(() => null), ...talk };
    case 'response':
      return { phase: 'response', answers: (slots.answers?.items ?? []).map(() => 'deny' as const), ...talk };
  }
}
