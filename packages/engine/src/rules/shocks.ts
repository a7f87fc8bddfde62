/**
 * Shocks: scheduled events of the scenario (at the start of a given round or year) and seeded
 * chances each implementation year, drawn in a fixed order: mass event, change of government,
 * election attack, intelligence leak. They enter the log like any other event, so replay holds.
 */
import { A, ARTICLES } from '../scenario/articles.js';
import type { EventKind, ScheduledEvent } from '../scenario/schema.js';
import { chance, nextFloat, nextInt } from '../rng/alea.js';
import { emit } from '../state/emit.js';
import type { GameState, Incident } from '../state/types.js';
import { revealTruth } from './revelation.js';
import { announceChange, raiseEstimatedSalience } from './beliefs.js';

/** Harm of a mass event to each state, × exposure. */
export const MASS_EVENT_HARM = 0.15;
/** Harm of an election attack, × exposure. */
export const ELECTION_HARM = 0.1;
/** Salience a shock adds to the articles it makes urgent (before renormalising). */
export const SHOCK_SALIENCE = 0.05;

/**
 * Applies the scheduled events of this round (negotiation) or year (implementation), except those
 * a facilitator has already triggered early.
 */
export function applyScheduled(state: GameState, when: 'round' | 'year'): void {
  const now = when === 'round' ? state.flow.round : state.flow.year;
  state.scenario.events.forEach((event, k) => {
    if (event[when] === now && !triggeredEarly(state, k)) applyShock(state, event.kind, event);
  });
}

/** Where a scheduled event stands: still to come, come at its time, or triggered early. */
export type ScheduledStatus = 'due' | 'happened' | 'triggered';

/** The status of the scenario's scheduled event `k`. */
export function scheduledStatus(state: GameState, k: number): ScheduledStatus {
  if (triggeredEarly(state, k)) return 'triggered';
  const event = state.scenario.events[k]!;
  const reached = event.round !== undefined ? state.flow.round >= event.round : state.flow.year >= (event.year ?? 0);
  return reached || state.flow.phase === 'concluded' ? 'happened' : 'due';
}

/** Applies the scheduled event `k` now, ahead of its time (the caller has checked it is due). */
export function applyScheduledEvent(state: GameState, k: number): void {
  const event = state.scenario.events[k]!;
  emit(state, 'event-triggered', { value: k, text: event.kind }, null);
  applyShock(state, event.kind, event);
}

function triggeredEarly(state: GameState, k: number): boolean {
  if (state.flow.step.injected?.includes(k)) return true;
  return state.history.some((h) => h.injected?.includes(k) === true);
}

/** Draws this year's chance events, in a fixed order. */
export function drawChanceEvents(state: GameState): void {
  const chances = state.scenario.chances;
  const kinds: EventKind[] = ['mass-event', 'government-change', 'election-attack', 'leak'];
  for (const kind of kinds) if (chance(state.rng, chances[kind])) applyShock(state, kind, undefined);
}

function applyShock(state: GameState, kind: EventKind, scheduled: ScheduledEvent | undefined): void {
  switch (kind) {
    case 'mass-event':
      return massEvent(state, -1, scheduled?.description);
    case 'government-change':
      return governmentChange(state, scheduled);
    case 'election-attack':
      return electionAttack(state, scheduled);
    case 'leak':
      return intelligenceLeak(state, scheduled?.description);
  }
}

function stateIndices(state: GameState): number[] {
  return state.actors.filter((a) => a.kind === 'state').map((a) => a.index);
}

function pickState(state: GameState, id: string | undefined): number {
  if (id !== undefined) return state.actors.findIndex((a) => a.id === id);
  const states = stateIndices(state);
  return states[nextInt(state.rng, states.length)]!;
}

/**
 * Harm to a state: its welfare, the tally and the year's harm; the public record only when the
 * harm is publicly known (an undetected operation's harm must not reveal that it happened).
 */
export function harm(state: GameState, target: number, amount: number, known = true): void {
  if (known) state.world.public.harm[target] = state.world.public.harm[target]! + amount;
  state.world.secret.yearHarm[target] = state.world.secret.yearHarm[target]! + amount;
  state.world.private[target]!.welfare -= amount;
  state.world.tally.civilianHarm += amount;
}

/** Raises the salience of some articles in every state. */
export function raiseSalience(state: GameState, articles: readonly number[], amount: number): void {
  for (const p of state.world.private) {
    if (p.kind !== 'state') continue;
    for (const a of articles) p.salience[a] = p.salience[a]! + amount;
    const total = p.salience.reduce((s, w) => s + w, 0);
    for (let a = 0; a < p.salience.length; a++) p.salience[a] = p.salience[a]! / total;
  }
  raiseEstimatedSalience(state, articles, amount);
}

/** A public incident with no operation behind it that a seat could be blamed for. */
function exogenousIncident(state: GameState, target: number, amount: number, source: Incident['source']): void {
  const incidents = state.world.public.incidents;
  incidents.push({
    id: incidents.length, year: state.flow.year, target, harm: amount, accused: -1, bodyNamed: -1, bodyConfidence: 0,
    answer: 'none', revealedAttacker: -1, source,
  });
  state.world.secret.attackerOf.push(-1);
  state.world.tally.incidents++;
}

/**
 * A mass-casualty cyber event: harm to every state by exposure, and the disclosure and restraint
 * articles jump in salience. `source` is the state whose stockpile leaked (-1: exogenous).
 */
export function massEvent(state: GameState, source: number, description = ''): void {
  for (const i of stateIndices(state)) {
    const amount = MASS_EVENT_HARM * state.actors[i]!.exposure;
    harm(state, i, amount);
  }
  raiseSalience(state, [A.disclosure, A.restraint, A.targets], SHOCK_SALIENCE);
  state.world.tally.massEvents++;
  // Whose stockpile leaked is not known at once: it may come out later like any secret (the year's
  // end reveals unattributed truths at the scenario's reveal rate).
  if (source >= 0) {
    exogenousIncident(state, -1, MASS_EVENT_HARM, 'mass-event');
    state.world.secret.attackerOf[state.world.secret.attackerOf.length - 1] = source;
  }
  emit(state, 'mass-event', { value: MASS_EVENT_HARM, text: description }, null);
  if (source >= 0) emit(state, 'mass-event', { actor: source, text: 'the leaked exploit came from this stockpile' }, []);
}

function governmentChange(state: GameState, scheduled: ScheduledEvent | undefined): void {
  const i = pickState(state, scheduled?.actor);
  // The change is public: the table's estimate moves to the announced type and the truth with it
  // (rules/beliefs.ts), so a state's private deviation from the estimate survives its elections.
  const known = state.world.public.estimates[i]!;
  if (scheduled) {
    ARTICLES.forEach((a, k) => {
      const value = scheduled.ideal?.[a];
      if (value !== undefined) announceChange(state, i, 'ideal', k, value);
    });
    if (scheduled.domesticHurdle !== undefined) announceChange(state, i, 'domesticHurdle', 0, scheduled.domesticHurdle);
    if (scheduled.reservation !== undefined) announceChange(state, i, 'reservation', 0, scheduled.reservation);
  } else {
    const shift = nextFloat(state.rng) < 0.5 ? -0.2 : 0.2;
    announceChange(state, i, 'ideal', A.binding, known.ideal[A.binding]! + shift);
    announceChange(state, i, 'domesticHurdle', 0, known.domesticHurdle + (shift > 0 ? -0.5 : 0.5));
  }
  emit(state, 'government-change', { actor: i, text: scheduled?.description ?? '' }, null);
}

function electionAttack(state: GameState, scheduled: ScheduledEvent | undefined): void {
  const i = pickState(state, scheduled?.actor);
  const amount = ELECTION_HARM * state.actors[i]!.exposure;
  harm(state, i, amount);
  exogenousIncident(state, i, amount, 'election-attack');
  raiseSalience(state, [A.targets], SHOCK_SALIENCE);
  state.world.public.pressure[i] = state.world.public.pressure[i]! + 0.3;
  emit(state, 'election-attack', { actor: i, value: amount, text: scheduled?.description ?? '' }, null);
}

/** An intelligence leak exposes one covert operation whose author was not yet publicly known. */
function intelligenceLeak(state: GameState, description = ''): void {
  const { secret, public: pub } = state.world;
  const hidden = secret.operations.filter((op) => op.incident < 0 || pub.incidents[op.incident]!.revealedAttacker < 0);
  if (hidden.length === 0) {
    emit(state, 'leak', { text: description || 'a leak, but nothing new came out' }, null);
    return;
  }
  const op = hidden[nextInt(state.rng, hidden.length)]!;
  if (op.incident < 0) {
    exogenousIncident(state, op.target, 0, 'operation');
    const incident = pub.incidents[pub.incidents.length - 1]!;
    secret.attackerOf[incident.id] = op.attacker;
    op.incident = incident.id;
  }
  revealTruth(state, op.incident);
  emit(state, 'leak', { actor: op.attacker, other: op.target, value: op.incident, text: description }, null);
}
