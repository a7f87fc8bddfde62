/**
 * Talk: public statements, private messages and pledges. A private message or pledge is seen by
 * its sender and recipients only. Pledges are structured promises; the rules that see the matching
 * action call {@link settlePledges} to mark them kept or broken as it happens.
 */
import { emit, type EventFields } from '../state/emit.js';
import { pledgeEventText } from '../state/describe.js';
import type { GameState, Pledge, PledgeKind, RatifyCondition } from '../state/types.js';
import type { PledgeOrder, Talk } from '../flow/sheets.js';

/** Records the messages and pledges of every sheet of the step, in seat order. */
export function recordTalk(state: GameState, sheets: readonly (Talk | null)[]): void {
  sheets.forEach((sheet, seat) => {
    if (sheet?.messages) for (const m of sheet.messages) sendMessage(state, seat, m.to, m.text);
    if (sheet?.pledges) for (const p of sheet.pledges) makePledge(state, seat, p);
  });
}

function indicesOf(state: GameState, ids: readonly string[]): number[] {
  return ids.map((id) => state.actors.findIndex((a) => a.id === id)).filter((i) => i >= 0);
}

function sendMessage(state: GameState, from: number, toIds: readonly string[], text: string): void {
  const to = indicesOf(state, toIds);
  const message = { step: state.flow.step.index, from, to, text };
  if (to.length === 0) {
    state.world.public.statements.push(message);
    emit(state, 'statement', { actor: from, text }, null);
    return;
  }
  const audience = [from, ...to.filter((i) => i !== from)];
  for (const i of audience) state.world.private[i]!.inbox.push({ ...message, to: [...to] });
  emit(state, 'message', { actor: from, other: to[0]!, text }, audience);
}

function makePledge(state: GameState, by: number, order: PledgeOrder): void {
  const { kind, target } = order;
  const to = indicesOf(state, order.to);
  const targetIndex =
    kind === 'support-amendment' ? Number(target) : typeof target === 'string' ? state.actors.findIndex((a) => a.id === target) : -1;
  const id = state.world.secret.pledges.length;
  const step = state.flow.step.index;
  // Object literals of fixed shapes (no spreads): pledges are made in most games' first round.
  const pledge: Pledge =
    kind === 'ratify-if'
      ? { id, step, by, to, kind, target: targetIndex, condition: { states: indicesOf(state, order.states ?? []), atLeast: order.atLeast ?? 1 }, status: 'open' }
      : { id, step, by, to, kind, target: targetIndex, status: 'open' };
  state.world.secret.pledges.push(pledge);
  state.world.tally.pledgesMade++;
  for (const i of audienceOf(pledge)) pledgeList(state, pledge, i).push(copyOf(pledge));
  emit(state, 'pledge', pledgeFields(state, pledge), pledge.to.length === 0 ? null : audienceOf(pledge));
}

/** A seat's copy of a pledge (its own `to` list; the condition is never changed, so it is shared). */
function copyOf(p: Pledge): Pledge {
  const to = p.to.slice();
  return p.condition === undefined
    ? { id: p.id, step: p.step, by: p.by, to, kind: p.kind, target: p.target, status: p.status }
    : { id: p.id, step: p.step, by: p.by, to, kind: p.kind, target: p.target, condition: p.condition, status: p.status };
}

/** Whether the condition of a `ratify-if` pledge holds: enough of its states have ratified and not withdrawn. */
export function conditionMet(pub: { readonly ratified: readonly boolean[]; readonly withdrawn: readonly boolean[] }, condition: RatifyCondition): boolean {
  let count = 0;
  for (const i of condition.states) if (pub.ratified[i] && !pub.withdrawn[i]) count++;
  return count >= condition.atLeast;
}

/**
 * Settles the pledges a step of ratification decides: a pledge to ratify, or to ratify on a
 * condition, is kept by a submission; a conditional one is broken when its condition held as the
 * step opened and its maker could submit and did not. One whose condition never holds stays open.
 */
export function settleConditionalPledges(state: GameState, eligible: readonly boolean[], submitted: readonly boolean[]): void {
  if (!hasOpenPledges(state)) return;
  const pub = state.world.public;
  settlePledgesOfKind(state, 'ratify', (p) => (submitted[p.by] ? true : null));
  settlePledgesOfKind(state, 'ratify-if', (p) => {
    if (submitted[p.by] || pub.ratified[p.by]) return true;
    return eligible[p.by] && p.condition !== undefined && conditionMet(pub, p.condition) ? false : null;
  });
}

/** A pledge's event fields: its maker, target, and kind (with a conditional pledge's states and number). */
function pledgeFields(state: GameState, pledge: Pledge): EventFields {
  const states = pledge.condition?.states.map((i) => state.actors[i]!.id);
  return { actor: pledge.by, other: pledge.target, value: pledge.condition?.atLeast ?? 0, text: pledgeEventText(pledge.kind, states) };
}

function audienceOf(pledge: Pledge): number[] {
  return pledge.to.length === 0 ? [-1] : [pledge.by, ...pledge.to.filter((i) => i !== pledge.by)];
}

function pledgeList(state: GameState, pledge: Pledge, i: number): Pledge[] {
  return i < 0 ? state.world.public.pledges : state.world.private[i]!.pledges;
}

/**
 * Marks the open pledges of `kind` made by `by` (and matching `target`, when given) kept or broken,
 * in the canonical record and in every copy a seat holds.
 */
export function settlePledges(state: GameState, by: number, kind: PledgeKind, kept: (pledge: Pledge) => boolean | null): void {
  settlePledgesOfKind(state, kind, (pledge) => (pledge.by === by ? kept(pledge) : null));
}

/**
 * Settles the open pledges of `kind` by anyone in one pass: `kept(pledge)` says kept (true), broken
 * (false) or not yet decided (null).
 */
export function settlePledgesOfKind(state: GameState, kind: PledgeKind, kept: (pledge: Pledge) => boolean | null): void {
  if (!hasOpenPledges(state)) return;
  for (const pledge of state.world.secret.pledges) {
    if (pledge.kind !== kind || pledge.status !== 'open') continue;
    const verdict = kept(pledge);
    if (verdict === null) continue;
    const status = verdict ? 'kept' : 'broken';
    pledge.status = status;
    if (verdict) state.world.tally.pledgesKept++;
    else state.world.tally.pledgesBroken++;
    for (const i of audienceOf(pledge)) {
      const copy = pledgeList(state, pledge, i).find((p) => p.id === pledge.id);
      if (copy) copy.status = status;
    }
    emit(state, verdict ? 'pledge-kept' : 'pledge-broken', pledgeFields(state, pledge), pledge.to.length === 0 ? null : audienceOf(pledge));
  }
}

/** Whether any pledges are open (a cheap guard for the hot path). */
export function hasOpenPledges(state: GameState): boolean {
  return state.world.tally.pledgesMade > state.world.tally.pledgesKept + state.world.tally.pledgesBroken;
}
