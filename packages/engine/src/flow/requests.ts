/**
 * Requests: what each seat must decide in the current step, slot by slot. A request is the one
 * source of legality: it validates a submitted sheet (legality.ts), drives the client's controls and
 * lets the random player sample. A slot a request does not list is closed to that seat.
 */
import { ARTICLES, type ArticleId } from '../scenario/articles.js';
import type { ActorKind } from '../scenario/schema.js';
import type { DecisionPhase, GameState, PledgeKind, StatePrivate } from '../state/types.js';
import type { Vote } from './sheets.js';
import { eligibleToRatify } from '../rules/ratification.js';

/** Pick one of the options. */
export interface ChoiceSlot<T> {
  readonly type: 'choice';
  readonly options: readonly T[];
}
/** Table one amendment — `{ article, direction }`, one of `articles` moved one step in one of `directions` — or none (null). */
export interface AmendmentSlot {
  readonly type: 'amendment';
  readonly articles: readonly ArticleId[];
  readonly directions: readonly (1 | -1)[];
}
/** Pick up to `max` distinct options. */
export interface SubsetSlot {
  readonly type: 'subset';
  readonly options: readonly string[];
  readonly max: number;
}
/** One choice per item, in order: `items` names what each entry is about. */
export interface ListSlot<T> {
  readonly type: 'list';
  readonly items: readonly string[];
  readonly options: readonly T[];
}
/** A number per article, each within its bounds. */
export interface VectorSlot {
  readonly type: 'vector';
  readonly min: readonly number[];
  readonly max: readonly number[];
}
/** Up to `max` messages, each at most `maxLength` characters, to any of `recipients` but oneself (or public). */
export interface MessagesSlot {
  readonly type: 'messages';
  readonly max: number;
  readonly maxLength: number;
  readonly recipients: readonly string[];
}
/** Up to `max` pledges of the listed kinds. */
export interface PledgesSlot {
  readonly type: 'pledges';
  readonly max: number;
  readonly kinds: readonly PledgeKind[];
  readonly recipients: readonly string[];
  /** Valid amendment ids for `support-amendment`. */
  readonly amendments: readonly number[];
  /** Valid states for `no-operations`. */
  readonly states: readonly string[];
}

/** The slots of a request; only those present are open. */
export interface Slots {
  text?: VectorSlot;
  amend?: AmendmentSlot;
  votes?: ListSlot<Vote>;
  coalition?: ChoiceSlot<'friends' | 'sovereignty' | null>;
  lobby?: SubsetSlot;
  techAccord?: ChoiceSlot<boolean>;
  vote?: ChoiceSlot<Vote>;
  sign?: ChoiceSlot<boolean>;
  submit?: ChoiceSlot<boolean>;
  targets?: SubsetSlot;
  disclose?: ChoiceSlot<boolean>;
  requestBackdoor?: ChoiceSlot<boolean>;
  withdraw?: ChoiceSlot<boolean>;
  share?: ChoiceSlot<boolean>;
  takedown?: ChoiceSlot<boolean>;
  defendAll?: ChoiceSlot<boolean>;
  backdoor?: ChoiceSlot<'accept' | 'refuse'>;
  blame?: ListSlot<string | null>;
  answers?: ListSlot<'admit' | 'deny'>;
  messages?: MessagesSlot;
  pledges?: PledgesSlot;
}

/** What one seat must decide in the current step. */
export interface Request {
  readonly seat: number;
  readonly actor: string;
  readonly kind: ActorKind;
  readonly phase: DecisionPhase;
  readonly step: number;
  readonly round: number;
  readonly year: number;
  readonly slots: Slots;
}

/** Limits on talk. */
export const TALK_LIMITS = { messages: 3, maxLength: 500, pledges: 3 } as const;

const VOTES: readonly Vote[] = ['yes', 'no', 'abstain'];
const BOOLS: readonly boolean[] = [true, false];
const COALITIONS = [null, 'friends', 'sovereignty'] as const;
const ANSWERS = ['admit', 'deny'] as const;
// The pledge kinds open in each situation (constants: asked for every seat of every step).
const DRAFTING_PLEDGES: readonly PledgeKind[] = ['vote-yes', 'sign'];
const VOTE_PLEDGES: readonly PledgeKind[] = ['sign', 'ratify', 'ratify-if'];
const SIGNATURE_PLEDGES: readonly PledgeKind[] = ['ratify', 'ratify-if'];
const NEGOTIATION_PLEDGES: readonly PledgeKind[] = ['support-amendment', 'vote-yes', 'sign', 'ratify', 'ratify-if', 'no-operations'];
const FIRM_PLEDGES: readonly PledgeKind[] = ['refuse-backdoors'];
const OPERATIONS_PLEDGES: readonly PledgeKind[] = ['no-operations'];
const ACCESSION_PLEDGES: readonly PledgeKind[] = ['no-operations', 'ratify-if'];
const NO_PLEDGES: readonly PledgeKind[] = [];
const BOOL_SLOT: ChoiceSlot<boolean> = { type: 'choice', options: BOOLS };
const VOTE_SLOT: ChoiceSlot<Vote> = { type: 'choice', options: VOTES };
const AMEND_SLOT: AmendmentSlot = { type: 'amendment', articles: ARTICLES, directions: [1, -1] };

/** Everything a request builder needs, computed once per step; slots are shared between seats. */
interface StepContext {
  readonly state: GameState;
  readonly stateIds: readonly string[];
  readonly allIds: readonly string[];
  readonly talk: Map<readonly PledgeKind[], Pick<Slots, 'messages' | 'pledges'>>;
  readonly votes: ListSlot<Vote>;
  /** Slots shared by every seat of the same role in this step. */
  readonly shared: Map<string, Slots>;
  /** Which states may submit the text in this step (computed when first asked). */
  eligible?: readonly boolean[];
}

/**
 * Builds the requests of the current step, in seat order. Empty in `concluded`, and for steps
 * in which nobody has anything to decide (the flow then resolves them at once).
 */
export function buildRequests(state: GameState): Request[] {
  const phase = state.flow.phase;
  if (phase === 'concluded') return [];
  const ctx: StepContext = {
    state,
    stateIds: state.roster.stateIds,
    allIds: state.roster.ids,
    talk: new Map(),
    shared: new Map(),
    votes: { type: 'list', items: state.world.public.pending.map((a) => `amendment ${a.id}`), options: VOTES },
  };
  const requests: Request[] = [];
  for (const actor of state.actors) {
    const slots = slotsFor(ctx, phase, actor.index);
    if (slots === null) continue;
    const { round, year } = state.flow;
    requests.push({ seat: actor.index, actor: actor.id, kind: actor.kind, phase, step: state.flow.step.index, round, year, slots });
  }
  // Not frozen here: the engine's own strategies read requests by reference, and game/bots.ts
  // freezes a request, with the slot lists seats share, before any other strategy sees it (one that
  // wrote to it would change other seats' requests). Inside immer's produce, the draft is frozen
  // deeply as it is finalised.
  return requests;
}

function slotsFor(ctx: StepContext, phase: DecisionPhase, i: number): Slots | null {
  const { state } = ctx;
  const kind = state.actors[i]!.kind;
  switch (phase) {
    case 'drafting':
      return i === chairIndex(state) ? withTalk({ text: draftBounds(state) }, talk(ctx, i, DRAFTING_PLEDGES)) : null;
    case 'negotiation':
      return negotiationSlots(ctx, i);
    case 'vote':
      return kind === 'state' ? shared(ctx, 'vote', () => withTalk({ vote: VOTE_SLOT }, talk(ctx, i, VOTE_PLEDGES))) : null;
    case 'signature':
      return kind === 'state' ? shared(ctx, 'sign', () => withTalk({ sign: BOOL_SLOT }, talk(ctx, i, SIGNATURE_PLEDGES))) : null;
    case 'ratification':
      return kind === 'state' && state.world.public.signed[i] ? shared(ctx, 'submit', () => ({ submit: BOOL_SLOT })) : null;
    case 'operations':
      return operationsSlots(ctx, i);
    case 'blame': {
      const me = state.world.private[i]!;
      if (me.kind !== 'state' || me.toBlame.length === 0) return null;
      const options = [null, ...otherStates(ctx, i)];
      return { blame: { type: 'list', items: me.toBlame.map((d) => `incident ${d.incident}`), options } };
    }
    case 'response': {
      const me = state.world.private[i]!;
      if (me.kind !== 'state' || me.accusations.length === 0) return null;
      return { answers: { type: 'list', items: me.accusations.map((a) => `incident ${a.incident}`), options: ANSWERS } };
    }
  }
}

/** Slots shared by every seat of one role in this step (built once). */
function shared(ctx: StepContext, key: string, build: () => Slots): Slots {
  let slots = ctx.shared.get(key);
  if (slots === undefined) {
    slots = build();
    ctx.shared.set(key, slots);
  }
  return slots;
}

/** Adds the talk slots to a fresh slots object (assignment, not spread: these objects are hot). */
function withTalk(slots: Slots, talkSlots: Pick<Slots, 'messages' | 'pledges'>): Slots {
  if (talkSlots.messages) slots.messages = talkSlots.messages;
  if (talkSlots.pledges) slots.pledges = talkSlots.pledges;
  return slots;
}

function negotiationSlots(ctx: StepContext, i: number): Slots {
  const actor = ctx.state.actors[i]!;
  const key = actor.kind === 'firm' ? `firm:${actor.home}` : actor.kind;
  const shared = ctx.shared.get(key);
  if (shared) return shared;
  const slots = newNegotiationSlots(ctx, i);
  ctx.shared.set(key, slots);
  return slots;
}

function newNegotiationSlots(ctx: StepContext, i: number): Slots {
  const { state } = ctx;
  const actor = state.actors[i]!;
  const amend = AMEND_SLOT;
  if (actor.kind === 'state') {
    const talkSlots = talk(ctx, i, NEGOTIATION_PLEDGES);
    return { amend, votes: ctx.votes, coalition: { type: 'choice', options: COALITIONS }, messages: talkSlots.messages!, pledges: talkSlots.pledges! };
  }
  if (actor.kind === 'firm') {
    const talkSlots = talk(ctx, i, FIRM_PLEDGES);
    return {
      amend,
      lobby: { type: 'subset', options: [state.actors[actor.home]!.id], max: 1 },
      techAccord: { type: 'choice', options: BOOLS },
      messages: talkSlots.messages!,
      pledges: talkSlots.pledges!,
    };
  }
  return { amend, lobby: { type: 'subset', options: ctx.stateIds, max: 2 }, messages: talk(ctx, i, NO_PLEDGES).messages! };
}

function operationsSlots(ctx: StepContext, i: number): Slots {
  const { state } = ctx;
  const me = state.world.private[i]!;
  if (me.kind === 'state') {
    const max = Math.min(state.scenario.rules.maxOperations, Math.floor(me.exploits));
    const slots: Slots = { targets: { type: 'subset', options: otherStates(ctx, i), max }, disclose: BOOL_SLOT };
    withTalk(slots, talk(ctx, i, OPERATIONS_PLEDGES));
    if (state.roster.hasFirms[i]) slots.requestBackdoor = BOOL_SLOT;
    if (isParty(state, i)) slots.withdraw = BOOL_SLOT;
    if (mayRatifyNow(ctx, i)) {
      slots.submit = BOOL_SLOT;
      withTalk(slots, talk(ctx, i, ACCESSION_PLEDGES));
    }
    return slots;
  }
  if (me.kind === 'firm') {
    const key = me.backdoorRequested ? 'firm-ops-backdoor' : 'firm-ops';
    return shared(ctx, key, () => {
      const slots: Slots = { share: BOOL_SLOT, takedown: BOOL_SLOT, defendAll: BOOL_SLOT };
      withTalk(slots, talk(ctx, i, FIRM_PLEDGES));
      if (me.backdoorRequested) slots.backdoor = { type: 'choice', options: ['accept', 'refuse'] };
      return slots;
    });
  }
  return shared(ctx, 'civil-ops', () => withTalk({ lobby: { type: 'subset', options: ctx.stateIds, max: 2 } }, talk(ctx, i, NO_PLEDGES)));
}

/** Whether state i may submit the text in this step (an implementation year's ratification or accession). */
function mayRatifyNow(ctx: StepContext, i: number): boolean {
  if (!ctx.state.flow.adopted || !ctx.state.scenario.rules.accession) return false;
  ctx.eligible ??= eligibleToRatify(ctx.state);
  return ctx.eligible[i] === true;
}

/** The ids of the states other than seat i (states only). */
function otherStates(ctx: StepContext, i: number): readonly string[] {
  return ctx.state.roster.otherStates[i]!;
}

/** Talk slots, shared by every seat with the same pledge kinds (a seat may not address itself). */
function talk(ctx: StepContext, _i: number, kinds: readonly PledgeKind[]): Pick<Slots, 'messages' | 'pledges'> {
  const cached = ctx.talk.get(kinds);
  if (cached) return cached;
  const recipients = ctx.allIds;
  const slots: Pick<Slots, 'messages' | 'pledges'> = {
    messages: { type: 'messages', max: TALK_LIMITS.messages, maxLength: TALK_LIMITS.maxLength, recipients },
  };
  if (kinds.length > 0) {
    slots.pledges = {
      type: 'pledges',
      max: TALK_LIMITS.pledges,
      kinds,
      recipients,
      amendments: ctx.state.world.public.pending.map((a) => a.id),
      states: ctx.stateIds,
    };
  }
  ctx.talk.set(kinds, slots);
  return slots;
}

function draftBounds(state: GameState): VectorSlot {
  const latitude = state.scenario.rules.draftingLatitude;
  const draft = ARTICLES.map((a) => state.scenario.articles[a].draft);
  return {
    type: 'vector',
    min: draft.map((x) => Math.max(0, x - latitude)),
    max: draft.map((x) => Math.min(1, x + latitude)),
  };
}

/** The chair's seat index. */
export function chairIndex(state: GameState): number {
  return state.actors.findIndex((a) => a.id === state.scenario.rules.chair);
}

/** Whether seat i is a party: ratified, not withdrawn, and the convention in force. */
export function isParty(state: GameState, i: number): boolean {
  const pub = state.world.public;
  return state.flow.inForce && pub.ratified[i] === true && pub.withdrawn[i] !== true;
}

/** Narrows a seat's private facts to a state's (undefined for firms and civil society). */
export function statePrivate(state: GameState, i: number): StatePrivate | undefined {
  const p = state.world.private[i];
  return p?.kind === 'state' ? p : undefined;
}
