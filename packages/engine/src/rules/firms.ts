/**
 * Private first responders. Each year a firm shares threat intelligence (raises detection and
 * attribution accuracy for everyone), takes down attacker infrastructure (lowers the damage of
 * operations), defends customers everywhere or only at home, and answers its home government's
 * backdoor request (a backdoor raises the home state's capability and everyone's exposure).
 */
import { emit } from '../state/emit.js';
import type { FirmPrivate, GameState } from '../state/types.js';
import type { OperationsSheet } from '../flow/sheets.js';
import { settlePledges } from './talk.js';

/** The year's defensive posture of the private sector, as the operations rules use it. */
export interface Defences {
  /** Intelligence-weighted share of firms sharing threat intelligence, 0..1. */
  readonly intel: number;
  /** Intelligence-weighted share of firms taking down attacker infrastructure, 0..1. */
  readonly takedown: number;
  /** Per state: how well firms present in its market defend it, 0..1. */
  readonly defence: readonly number[];
  /** Harm multiplier from the backdoors in circulation (≥ 1). */
  readonly exposure: number;
}

/** Welfare a firm loses by refusing its government a backdoor, × its exposure to pressure. */
export const REFUSAL_COST = 0.05;

/** Share of protection a firm gives customers outside its home state when it defends only at home. */
export const HOME_ONLY_COVER = 0.3;

/**
 * The defences implied by the firms' public policies (sharing, defending everywhere), without
 * applying anything: what an analysis of the present state uses. Takedowns are not public and count
 * as none.
 */
export function publicDefences(state: GameState): Defences {
  return defencesFrom(state, 0);
}

/** The defences of the firms' current policies, with the year's takedown share. */
function defencesFrom(state: GameState, takedown: number): Defences {
  const pub = state.world.public;
  let intelTotal = 0;
  let sharing = 0;
  const cover = new Array<number>(state.actors.length).fill(0);
  const presence = new Array<number>(state.actors.length).fill(0);
  for (const actor of state.actors) {
    const firm = state.world.private[actor.index];
    if (firm?.kind !== 'firm') continue;
    intelTotal += firm.intel;
    if (pub.sharing[actor.index]) sharing += firm.intel;
    for (const s of state.actors) {
      if (s.kind !== 'state') continue;
      const weight = firm.intel * firm.market[s.index]!;
      presence[s.index]! += weight;
      cover[s.index]! += weight * (pub.defendsAll[actor.index] || actor.home === s.index ? 1 : HOME_ONLY_COVER);
    }
  }
  let backdoors = 0;
  for (const p of state.world.private) if (p.kind === 'state') backdoors += p.backdoors;
  return {
    intel: intelTotal > 0 ? sharing / intelTotal : 0,
    takedown,
    defence: cover.map((c, i) => (presence[i]! > 0 ? (c / presence[i]!) * Math.min(1, presence[i]!) : 0)),
    exposure: 1 + state.scenario.rules.backdoorExposure * backdoors,
  };
}

/** Applies the firms' orders for the year and returns the resulting defences. */
export function runFirms(state: GameState, sheets: readonly (OperationsSheet | null)[]): Defences {
  const pub = state.world.public;
  let intelTotal = 0;
  let takedown = 0;
  for (const actor of state.actors) {
    const firm = state.world.private[actor.index];
    if (firm?.kind !== 'firm') continue;
    const sheet = sheets[actor.index];
    // A slot left out keeps last year's policy (as the fallback does).
    pub.sharing[actor.index] = sheet?.share ?? pub.sharing[actor.index] === true;
    pub.defendsAll[actor.index] = sheet?.defendAll ?? pub.defendsAll[actor.index] === true;
    intelTotal += firm.intel;
    if (sheet?.takedown) takedown += firm.intel;
    answerBackdoor(state, actor.index, firm, sheet?.backdoor);
  }
  return defencesFrom(state, intelTotal > 0 ? takedown / intelTotal : 0);
}

function answerBackdoor(state: GameState, seat: number, firm: FirmPrivate, answer: 'accept' | 'refuse' | undefined): void {
  if (!firm.backdoorRequested) return;
  firm.backdoorRequested = false;
  const home = state.actors[seat]!.home;
  const accepts = answer === 'accept';
  // A refusal costs a firm exposed to its government's pressure (contracts, licences, audits).
  if (!accepts) firm.welfare -= REFUSAL_COST * firm.pressure;
  if (accepts) {
    firm.backdoorsGranted++;
    state.world.secret.yearBackdoors[seat]!++;
    const gov = state.world.private[home];
    if (gov?.kind === 'state') gov.backdoors++;
  }
  settlePledges(state, seat, 'refuse-backdoors', () => (accepts ? false : null));
  emit(state, accepts ? 'backdoor-granted' : 'backdoor-refused', { actor: seat, other: home }, [seat, home]);
}

/** Passes this year's backdoor requests of states to their home firms (answered next year). */
export function requestBackdoors(state: GameState, sheets: readonly (OperationsSheet | null)[]): void {
  for (const actor of state.actors) {
    const firm = state.world.private[actor.index];
    if (firm?.kind !== 'firm' || sheets[actor.home]?.requestBackdoor !== true) continue;
    firm.backdoorRequested = true;
    emit(state, 'backdoor-requested', { actor: actor.home, other: actor.index }, [actor.home, actor.index]);
  }
}
