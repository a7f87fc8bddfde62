/**
 * Covert operations, chosen secretly each implementation year. Each draws one exploit from the
 * stockpile; it succeeds, harms civilians and gains the attacker something; it may be detected (more
 * so with shared threat intelligence), and detection does not mean identification (Baliga, Bueno de
 * Mesquita & Wolitzky 2020): the victim's services name the right attacker, a wrong one (false flag)
 * or nobody. If the convention created an attribution body and the victim is a party, the body
 * investigates too; it names a state only above its evidence bar.
 */
import { A } from '../scenario/articles.js';
import { chance, nextFloat, nextInt } from '../rng/alea.js';
import { emit } from '../state/emit.js';
import type { GameState, StatePrivate } from '../state/types.js';
import type { OperationsSheet } from '../flow/sheets.js';
import { isParty } from '../flow/requests.js';
import type { Defences } from './firms.js';
import { clamp01 } from './math.js';
import { harm } from './shocks.js';
import { settlePledges } from './talk.js';

/** Access the body has to evidence held by a non-party attacker, relative to a party. */
export const NON_PARTY_ACCESS = 0.6;

/** Chance that an operation of `attacker` against `target` succeeds. */
export function successChance(state: GameState, attacker: number, target: number, d: Defences): number {
  const me = state.world.private[attacker] as StatePrivate;
  const bonus = state.scenario.rules.backdoorGain * Math.min(3, me.backdoors);
  return clamp01(0.35 + 0.5 * me.capability + bonus - 0.4 * d.defence[target]! - 0.2 * state.actors[target]!.capability);
}

/** Chance that `target` detects an operation against it. */
export function detectionChance(state: GameState, attacker: number, target: number, d: Defences): number {
  const { rules } = state.scenario;
  return clamp01(rules.detection + rules.intelDetection * d.intel + 0.2 * state.actors[target]!.capability - 0.1 * state.actors[attacker]!.capability);
}

/** Accuracy of the victim's own identification. */
export function nationalAccuracy(state: GameState, target: number, d: Defences): number {
  return clamp01(state.scenario.rules.nationalAccuracy * (0.6 + 0.4 * state.actors[target]!.capability) + 0.2 * d.intel);
}

/**
 * Accuracy of the attribution body for an operation by `attacker` against `target`: its design
 * (the attribution article) × its access to evidence, full on a party's territory and reduced on a
 * non-party's, on the victim's side as on the attacker's; plus shared threat intelligence.
 */
export function bodyAccuracy(state: GameState, attacker: number, target: number, d: Defences): number {
  const access = (isParty(state, attacker) ? 1 : NON_PARTY_ACCESS) * (isParty(state, target) ? 1 : NON_PARTY_ACCESS);
  return clamp01(state.scenario.rules.bodyAccuracy * state.world.public.text[A.attribution]! * access + 0.1 * d.intel);
}

/**
 * What a successful operation is worth to its attacker: `opGain × capability`, and for a party
 * `× (1 − restraint × binding)`: the convention's weapons restraint binds the tools it may use.
 */
export function operationGain(state: GameState, attacker: number): number {
  const { rules } = state.scenario;
  const text = state.world.public.text;
  const bound = isParty(state, attacker) ? text[A.restraint]! * text[A.binding]! : 0;
  return rules.opGain * (state.world.private[attacker] as StatePrivate).capability * (1 - bound);
}

/** Runs every ordered operation (attackers in seat order, targets in seat order). */
export function runOperations(state: GameState, sheets: readonly (OperationsSheet | null)[], d: Defences): void {
  for (const actor of state.actors) {
    const targets = sheets[actor.index]?.targets;
    if (actor.kind !== 'state' || !targets || targets.length === 0) continue;
    // Targets in seat order, whatever order the sheet lists them in.
    for (const target of state.actors) if (targets.includes(target.id)) runOperation(state, actor.index, target.index, d);
  }
}

function runOperation(state: GameState, attacker: number, target: number, d: Defences): void {
  const { rules } = state.scenario;
  const { world } = state;
  const me = world.private[attacker] as StatePrivate;
  me.exploits = Math.max(0, me.exploits - 1);
  const byParty = isParty(state, attacker);
  const success = chance(state.rng, successChance(state, attacker, target, d));
  const detected = chance(state.rng, detectionChance(state, attacker, target, d));
  let damage = 0;
  if (success) {
    // Firms take down the infrastructure of the operations they detect, not of the others.
    damage = rules.opHarm * state.actors[target]!.exposure * (detected ? 1 - 0.5 * d.takedown : 1) * d.exposure;
    harm(state, target, damage, detected);
    me.welfare += operationGain(state, attacker);
  }
  const incident = detected ? openIncident(state, attacker, target, damage, d) : -1;
  world.secret.operations.push({ id: world.secret.operations.length, year: state.flow.year, attacker, target, success, detected, incident, byParty });
  me.operations.push({ year: state.flow.year, target, success });
  if (byParty) world.tally.covertOpsParties++;
  else world.tally.covertOpsNonParties++;
  settlePledges(state, attacker, 'no-operations', (p) => (p.target < 0 || p.target === target ? false : null));
  emit(state, 'operation', { actor: attacker, other: target, value: damage, text: success ? 'success' : 'failure' }, []);
}

function openIncident(state: GameState, attacker: number, target: number, damage: number, d: Defences): number {
  const { world } = state;
  const id = world.public.incidents.length;
  world.public.incidents.push({
    id, year: state.flow.year, target, harm: damage, accused: -1, bodyNamed: -1, bodyConfidence: 0, answer: 'none',
    revealedAttacker: -1, source: 'operation',
  });
  world.secret.attackerOf.push(attacker);
  world.tally.incidents++;
  const accuracy = nationalAccuracy(state, target, d);
  const suspect = identify(state, attacker, target, accuracy);
  const victim = world.private[target] as StatePrivate;
  const detection = { incident: id, year: state.flow.year, suspect, confidence: accuracy };
  victim.detections.push(detection);
  victim.toBlame.push(detection);
  emit(state, 'incident', { actor: target, value: damage, other: id }, null);
  emit(state, 'detected', { actor: target, other: suspect, value: accuracy, text: `incident ${id}` }, [target]);
  if (state.flow.bodyActive) investigate(state, id, attacker, target, d);
  return id;
}

/** An identification: right with `accuracy`, else a false flag (a wrong state) or nobody. */
function identify(state: GameState, attacker: number, target: number, accuracy: number): number {
  if (chance(state.rng, accuracy)) return attacker;
  if (!chance(state.rng, state.scenario.rules.falseFlag)) return -1;
  const others = state.actors.filter((a) => a.kind === 'state' && a.index !== attacker && a.index !== target);
  return others.length === 0 ? -1 : others[nextInt(state.rng, others.length)]!.index;
}

function investigate(state: GameState, incident: number, attacker: number, target: number, d: Defences): void {
  const accuracy = bodyAccuracy(state, attacker, target, d);
  const suspect = identify(state, attacker, target, accuracy);
  // Its confidence is what it can know: how often a suspect it identifies is the attacker, given
  // its accuracy and the false-flag rate (identify: right with `accuracy`, else a wrong state with
  // `falseFlag`), ±20% for the case; never whether this suspect is right.
  const falseFlag = state.scenario.rules.falseFlag;
  const posterior = accuracy <= 0 ? 0 : accuracy / (accuracy + (1 - accuracy) * falseFlag);
  const confidence = clamp01(posterior * (0.8 + 0.4 * nextFloat(state.rng)));
  const named = suspect >= 0 && confidence >= state.scenario.rules.evidenceBar ? suspect : -1;
  state.world.secret.bodyFindings.push({ incident, named, confidence: named >= 0 ? confidence : 0 });
}
