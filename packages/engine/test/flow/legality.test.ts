import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSheet, sameOption } from '../../src/flow/legality.js';
import { buildRequests, type Request } from '../../src/flow/requests.js';
import { fallbackSheet } from '../../src/flow/fallback.js';
import { blankSheet, type Sheet } from '../../src/flow/sheets.js';
import { randomSheet } from '../../src/strategies/random-player.js';
import { rngOf } from '../../src/strategies/strategy.js';
import { seedRng } from '../../src/rng/alea.js';
import type { DecisionPhase, GameState } from '../../src/state/types.js';
import { freshState, seat, stateFacts } from '../support/scenarios.js';

/** The requests of a fresh rsa-2017 state put in `phase` (with a pending amendment, a detection, an accusation). */
function requestsIn(phase: DecisionPhase): { state: GameState; requests: Request[] } {
  const state = freshState('rsa-2017');
  state.flow.phase = phase;
  state.world.public.pending.push({ id: 0, by: 0, article: 5, delta: 0.1, round: 1 }, { id: 1, by: 1, article: 6, delta: -0.1, round: 1 });
  state.world.public.signed[seat(state, 'fra')] = true;
  stateFacts(state, 'fra').toBlame.push({ incident: 0, year: 1, suspect: seat(state, 'rus'), confidence: 0.7 });
  stateFacts(state, 'rus').accusations.push({ incident: 0, by: seat(state, 'fra') });
  return { state, requests: buildRequests(state) };
}

function requestOf(phase: DecisionPhase, actor: string): Request {
  const r = requestsIn(phase).requests.find((q) => q.actor === actor);
  if (!r) throw new Error(`${actor} has no request in ${phase}`);
  return r;
}

describe('requests', () => {
  it('ask only the chair to draft, only states to vote and sign, only signatories to ratify', () => {
    expect(requestsIn('drafting').requests.map((r) => r.actor)).toEqual(['deu']);
    const { state } = requestsIn('vote');
    const states = state.actors.filter((a) => a.kind === 'state').map((a) => a.id);
    expect(requestsIn('vote').requests.map((r) => r.actor)).toEqual(states);
    expect(requestsIn('signature').requests.map((r) => r.actor)).toEqual(states);
    expect(requestsIn('ratification').requests.map((r) => r.actor)).toEqual(['fra']);
    expect(requestsIn('blame').requests.map((r) => r.actor)).toEqual(['fra']);
    expect(requestsIn('response').requests.map((r) => r.actor)).toEqual(['rus']);
    expect(requestsIn('negotiation').requests).toHaveLength(state.actors.length);
    expect(requestsIn('operations').requests).toHaveLength(state.actors.length);
  });

  it('open the withdrawal slot only to parties and the backdoor answer only to a firm that was asked', () => {
    const { state } = requestsIn('operations');
    const fra = seat(state, 'fra');
    state.flow.inForce = true;
    state.world.public.ratified[fra] = true;
    const ms = seat(state, 'microsoft');
    const firm = state.world.private[ms]!;
    if (firm.kind === 'firm') firm.backdoorRequested = true;
    const requests = buildRequests(state);
    expect(requests.find((r) => r.actor === 'fra')!.slots.withdraw).toBeDefined();
    expect(requests.find((r) => r.actor === 'deu')!.slots.withdraw).toBeUndefined();
    expect(requests.find((r) => r.actor === 'microsoft')!.slots.backdoor).toBeDefined();
    expect(requests.find((r) => r.actor === 'google')!.slots.backdoor).toBeUndefined();
  });

  it('bound the operations a state may order by the rules and its exploit stock', () => {
    const { state } = requestsIn('operations');
    stateFacts(state, 'bra').exploits = 1.5;
    stateFacts(state, 'usa').exploits = 40;
    const requests = buildRequests(state);
    expect(requests.find((r) => r.actor === 'bra')!.slots.targets!.max).toBe(1);
    expect(requests.find((r) => r.actor === 'usa')!.slots.targets!.max).toBe(state.scenario.rules.maxOperations);
    expect(requests.find((r) => r.actor === 'usa')!.slots.targets!.options).not.toContain('usa');
  });
});

describe('checkSheet', () => {
  it('accepts the fallback, the blank and random sheets of every request', () => {
    for (const phase of ['drafting', 'negotiation', 'vote', 'signature', 'ratification', 'operations', 'blame', 'response'] as const) {
      const { state, requests } = requestsIn(phase);
      requests.forEach((r, k) => {
        expect(checkSheet(r, fallbackSheet(state, r)), `${phase} ${r.actor} fallback`).toBeNull();
        expect(checkSheet(r, blankSheet(phase)), `${phase} ${r.actor} blank`).toBeNull();
        for (let s = 0; s < 5; s++) expect(checkSheet(r, randomSheet(r, rngOf(seedRng(`${phase}-${k}-${s}`))))).toBeNull();
      });
    }
  });

  it('names the slot of each kind of error', () => {
    const vote = requestOf('vote', 'usa');
    expect(checkSheet(vote, { phase: 'signature', sign: true })).toMatchObject({ code: 'wrong-phase', slot: 'phase' });
    expect(checkSheet(vote, { phase: 'vote', vote: 'maybe' } as unknown as Sheet)).toMatchObject({ code: 'bad-value', slot: 'vote' });
    expect(checkSheet(vote, { phase: 'vote', sign: true } as unknown as Sheet)).toMatchObject({ code: 'closed-slot', slot: 'sign' });
    expect(checkSheet(vote, null as unknown as Sheet)).toMatchObject({ code: 'bad-value', slot: '' });

    const neg = requestOf('negotiation', 'usa');
    expect(checkSheet(neg, { phase: 'negotiation', votes: ['yes'] })).toMatchObject({ code: 'bad-value', slot: 'votes' });
    expect(checkSheet(neg, { phase: 'negotiation', votes: ['yes', 'perhaps'] } as unknown as Sheet)).toMatchObject({ slot: 'votes.1' });
    expect(checkSheet(neg, { phase: 'negotiation', amend: { article: 'content', direction: 2 } } as unknown as Sheet)).toMatchObject({ slot: 'amend.direction' });
    expect(checkSheet(neg, { phase: 'negotiation', amend: { article: 'content', direction: 1 } })).toBeNull();
    expect(checkSheet(neg, { phase: 'negotiation', amend: { article: 'nope', direction: 1 } } as unknown as Sheet)).toMatchObject({ slot: 'amend.article' });
    expect(checkSheet(neg, { phase: 'negotiation', amend: 'content+' } as unknown as Sheet)).toMatchObject({ slot: 'amend' });
    expect(checkSheet(neg, { phase: 'negotiation', lobby: ['rus'] })).toMatchObject({ code: 'closed-slot', slot: 'lobby' });
    expect(checkSheet(neg, { phase: 'negotiation', messages: [{ to: ['usa'], text: 'me' }] })).toMatchObject({ slot: 'messages.0.to' });
    expect(checkSheet(neg, { phase: 'negotiation', messages: [{ to: ['nobody'], text: 'x' }] })).toMatchObject({ slot: 'messages.0.to' });
    expect(checkSheet(neg, { phase: 'negotiation', messages: [{ to: [], text: '' }] })).toMatchObject({ slot: 'messages.0.text' });
    expect(checkSheet(neg, { phase: 'negotiation', messages: [{ to: [], text: 'x'.repeat(501) }] })).toMatchObject({ slot: 'messages.0.text' });
    const four = Array.from({ length: 4 }, () => ({ to: [], text: 'hi' }));
    expect(checkSheet(neg, { phase: 'negotiation', messages: four })).toMatchObject({ slot: 'messages' });
    expect(checkSheet(neg, { phase: 'negotiation', pledges: [{ kind: 'refuse-backdoors', to: [] }] })).toMatchObject({ slot: 'pledges.0.kind' });
    expect(checkSheet(neg, { phase: 'negotiation', pledges: [{ kind: 'support-amendment', to: [], target: 7 }] })).toMatchObject({ slot: 'pledges.0.target' });
    expect(checkSheet(neg, { phase: 'negotiation', pledges: [{ kind: 'support-amendment', to: [], target: 1 }] })).toBeNull();
    expect(checkSheet(neg, { phase: 'negotiation', pledges: [{ kind: 'no-operations', to: [], target: 'microsoft' }] })).toMatchObject({ slot: 'pledges.0.target' });
    expect(checkSheet(neg, { phase: 'negotiation', pledges: [{ kind: 'no-operations', to: ['rus'], target: 'rus' }] })).toBeNull();

    const civil = requestOf('negotiation', 'accessnow');
    expect(checkSheet(civil, { phase: 'negotiation', lobby: ['usa', 'usa'] })).toMatchObject({ slot: 'lobby' });
    expect(checkSheet(civil, { phase: 'negotiation', lobby: ['usa', 'rus', 'chn'] })).toMatchObject({ slot: 'lobby' });
    expect(checkSheet(civil, { phase: 'negotiation', lobby: ['usa', 'google'] })).toMatchObject({ slot: 'lobby.1' });
    expect(checkSheet(civil, { phase: 'negotiation', pledges: [] })).toBeNull(); // empty talk is fine even where closed
    expect(checkSheet(civil, { phase: 'negotiation', pledges: [{ kind: 'sign', to: [] }] })).toMatchObject({ code: 'closed-slot', slot: 'pledges' });

    const draft = requestOf('drafting', 'deu');
    const bounds = draft.slots.text!;
    const text = bounds.min.map((lo, a) => (lo + bounds.max[a]!) / 2);
    expect(checkSheet(draft, { phase: 'drafting', text })).toBeNull();
    expect(checkSheet(draft, { phase: 'drafting', text: text.slice(1) })).toMatchObject({ slot: 'text' });
    expect(checkSheet(draft, { phase: 'drafting', text: text.map((x, a) => (a === 3 ? bounds.max[3]! + 0.05 : x)) })).toMatchObject({ slot: 'text.3' });
    expect(checkSheet(draft, { phase: 'drafting', text: text.map((x, a) => (a === 0 ? Number.NaN : x)) })).toMatchObject({ slot: 'text.0' });

    const blame = requestOf('blame', 'fra');
    expect(checkSheet(blame, { phase: 'blame', blame: ['fra'] })).toMatchObject({ slot: 'blame.0' });
    expect(checkSheet(blame, { phase: 'blame', blame: ['rus'] })).toBeNull();
    expect(checkSheet(blame, { phase: 'blame', blame: [null] })).toBeNull();
    const response = requestOf('response', 'rus');
    expect(checkSheet(response, { phase: 'response', answers: ['maybe'] } as unknown as Sheet)).toMatchObject({ slot: 'answers.0' });

    const ops = requestOf('operations', 'usa');
    expect(checkSheet(ops, { phase: 'operations', targets: ['usa'] })).toMatchObject({ slot: 'targets.0' });
    expect(checkSheet(ops, { phase: 'operations', withdraw: true })).toMatchObject({ code: 'closed-slot', slot: 'withdraw' });
    expect(checkSheet(ops, { phase: 'operations', share: true })).toMatchObject({ code: 'closed-slot', slot: 'share' });
  });

  it('refuses keys named like Object.prototype members as closed slots (JSON from a client), with a typed error', () => {
    const vote = requestOf('vote', 'usa');
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const sheet = JSON.parse(`{"phase":"vote","${key}":1}`) as Sheet;
      expect(checkSheet(vote, sheet), key).toMatchObject({ code: 'closed-slot', slot: key });
    }
  });

  it('describes any offending value without throwing, even one that cannot be printed', () => {
    const unprintable = JSON.parse('{"toString":null}') as unknown;
    const neg = requestOf('negotiation', 'usa');
    const votes = { phase: 'negotiation', votes: [unprintable, 'yes'] } as unknown as Sheet;
    expect(checkSheet(neg, votes)).toMatchObject({ code: 'bad-value', slot: 'votes.0' });
    const to = { phase: 'negotiation', messages: [{ to: [unprintable], text: 'x' }] } as unknown as Sheet;
    expect(checkSheet(neg, to)).toMatchObject({ code: 'bad-value', slot: 'messages.0.to' });
    const civil = requestOf('negotiation', 'accessnow');
    expect(checkSheet(civil, { phase: 'negotiation', lobby: [unprintable] } as unknown as Sheet)).toMatchObject({ slot: 'lobby.0' });
    expect(checkSheet(neg, { phase: unprintable } as unknown as Sheet)).toMatchObject({ code: 'wrong-phase', slot: 'phase' });
  });

  it('refuses a message or pledge that names a recipient twice (it would reach the recipient twice)', () => {
    const neg = requestOf('negotiation', 'usa');
    expect(checkSheet(neg, { phase: 'negotiation', messages: [{ to: ['gbr', 'gbr'], text: 'twice' }] })).toMatchObject({ code: 'bad-value', slot: 'messages.0.to' });
    expect(checkSheet(neg, { phase: 'negotiation', pledges: [{ kind: 'sign', to: ['fra', 'gbr', 'fra'] }] })).toMatchObject({ code: 'bad-value', slot: 'pledges.0.to' });
    expect(checkSheet(neg, { phase: 'negotiation', messages: [{ to: ['gbr', 'fra'], text: 'once each' }] })).toBeNull();
  });

  it('compares option objects by their fields', () => {
    expect(sameOption({ article: 'content', direction: 1 }, { direction: 1, article: 'content' })).toBe(true);
    expect(sameOption({ article: 'content', direction: 1 }, { article: 'content', direction: 1, extra: 0 })).toBe(false);
    expect(sameOption(null, {})).toBe(false);
  });

  it('gives every error a non-empty message and a slot that exists in the request (property)', () => {
    const { requests } = requestsIn('negotiation');
    const usa = requests.find((r) => r.actor === 'usa')!;
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(usa.slots)), fc.anything(), (key, value) => {
        const problem = checkSheet(usa, { phase: 'negotiation', [key]: value } as unknown as Sheet);
        if (problem === null) return;
        expect(problem.message.length).toBeGreaterThan(0);
        expect(problem.slot === key || problem.slot.startsWith(`${key}.`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
