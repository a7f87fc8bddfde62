/**
 * Lobbying. Civil society raises the salience of its focus articles in the states it lobbies and
 * the public pressure on them (advocacy × credibility); firms pull their home state's ideal on the
 * articles that touch them toward their own stance (a neutral firm wants assistance, disclosure and
 * a backdoor ban; a government-aligned one does not). Pressure fades between steps.
 */
import { A } from '../scenario/articles.js';
import { emit } from '../state/emit.js';
import type { GameState } from '../state/types.js';
import { clamp01 } from './math.js';

/** Salience added per lobbying action, × advocacy × credibility, spread over the focus articles. */
export const SALIENCE_PUSH = 0.15;
/** Pressure added per lobbying action, × advocacy × credibility. */
export const PRESSURE_PUSH = 0.4;
/** Share of pressure left after each step. */
export const PRESSURE_RETENTION = 0.85;
/** How far a firm's lobbying moves its home state's ideal, × the firm's market weight. */
export const FIRM_PULL = 0.06;

const FIRM_ARTICLES = [A.assistance, A.disclosure, A.backdoors] as const;

/** Lets pressure fade (called once per lobbying step). */
export function fadePressure(state: GameState): void {
  const pressure = state.world.public.pressure;
  for (let i = 0; i < pressure.length; i++) pressure[i] = pressure[i]! * PRESSURE_RETENTION;
}

/** Applies the lobbying of seats (`targets[i]`: the state ids seat i lobbies). */
export function lobby(state: GameState, targets: readonly (readonly string[] | undefined)[]): void {
  targets.forEach((ids, seat) => {
    if (!ids || ids.length === 0) return;
    for (const id of ids) {
      const j = state.actors.findIndex((a) => a.id === id);
      if (j >= 0) lobbyOne(state, seat, j);
    }
  });
}

function lobbyOne(state: GameState, seat: number, target: number): void {
  const from = state.world.private[seat]!;
  const to = state.world.private[target]!;
  if (to.kind !== 'state') return;
  // Lobbying is public, and so is whom it pushes which way: the table's estimate of the lobbied
  // state's type moves as its truth does (without uncertainty the two stay equal; rules/beliefs.ts).
  const known = state.world.public.estimates[target];
  if (from.kind === 'civil') {
    const strength = from.advocacy * from.credibility;
    for (const a of from.focus) to.salience[a] = to.salience[a]! + (SALIENCE_PUSH * strength) / from.focus.length;
    normalise(to.salience);
    if (known) {
      for (const a of from.focus) known.salience[a] = known.salience[a]! + (SALIENCE_PUSH * strength) / from.focus.length;
      normalise(known.salience);
    }
    state.world.public.pressure[target] = state.world.public.pressure[target]! + PRESSURE_PUSH * strength;
    emit(state, 'lobbied', { actor: seat, other: target, value: strength }, null);
  } else if (from.kind === 'firm') {
    const weight = state.actors[seat]!.capability;
    for (const a of FIRM_ARTICLES) {
      const stance = a === A.assistance ? 0.5 + 0.5 * from.neutrality : from.neutrality;
      to.ideal[a] = clamp01(to.ideal[a]! + FIRM_PULL * weight * (stance - to.ideal[a]!));
      if (known) known.ideal[a] = clamp01(known.ideal[a]! + FIRM_PULL * weight * (stance - known.ideal[a]!));
    }
    emit(state, 'lobbied', { actor: seat, other: target, value: weight }, null);
  }
}

function normalise(weights: number[]): void {
  let total = 0;
  for (const w of weights) total += w;
  for (let a = 0; a < weights.length; a++) weights[a] = weights[a]! / total;
}
