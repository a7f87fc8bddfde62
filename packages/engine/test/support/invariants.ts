/**
 * The model's invariants, checked on any state (the engine's own copy; tests/conformance checks
 * the same through the public API). Returns the problems found, so a failing test prints them all.
 */
import { betaMean } from '../../src/rules/math.js';
import type { GameState } from '../../src/state/types.js';

const EPS = 1e-9;
const unit = (x: number) => Number.isFinite(x) && x >= -EPS && x <= 1 + EPS;

/** Whether the ratifications (not withdrawn) meet the scenario's quorum, by count and capability. */
export function quorumHolds(state: GameState): boolean {
  const { ratifications, capabilityShare } = state.scenario.rules.entryIntoForce;
  const pub = state.world.public;
  let count = 0;
  let bound = 0;
  let total = 0;
  for (const a of state.actors) {
    if (a.kind !== 'state') continue;
    total += a.capability;
    if (pub.ratified[a.index] && !pub.withdrawn[a.index]) {
      count++;
      bound += a.capability;
    }
  }
  return count >= ratifications && (total === 0 ? 0 : bound / total) >= capabilityShare;
}

/** Every invariant problem of a state (empty when all hold). */
export function invariantProblems(state: GameState): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`step ${state.flow.step.index} (${state.flow.phase}): ${what}`);
  const { public: pub, private: facts, secret, tally } = state.world;
  const n = state.actors.length;

  pub.text.forEach((x, a) => unit(x) || fail(`text[${a}] = ${x}`));
  pub.pressure.forEach((x, i) => (Number.isFinite(x) && x >= 0) || fail(`pressure[${i}] = ${x}`));
  pub.harm.forEach((x, i) => (Number.isFinite(x) && x >= 0) || fail(`harm[${i}] = ${x}`));
  for (const p of facts) {
    if (p.trust.length !== n) fail(`trust row ${p.index} has ${p.trust.length} entries`);
    p.trust.forEach((x, j) => unit(x) || fail(`trust[${p.index}][${j}] = ${x}`));
    if (p.trust[p.index] !== 1) fail(`trust[${p.index}][${p.index}] = ${p.trust[p.index]}`);
    if (!(p.bodyAlpha > 0 && p.bodyBeta > 0)) fail(`Beta(${p.bodyAlpha}, ${p.bodyBeta}) of ${p.index}`);
    if (!unit(betaMean(p.bodyAlpha, p.bodyBeta))) fail(`body belief of ${p.index} = ${betaMean(p.bodyAlpha, p.bodyBeta)}`);
    if (p.kind === 'state') {
      p.ideal.forEach((x, a) => unit(x) || fail(`ideal[${p.index}][${a}] = ${x}`));
      p.salience.forEach((x, a) => unit(x) || fail(`salience[${p.index}][${a}] = ${x}`));
      const total = p.salience.reduce((s, w) => s + w, 0);
      if (Math.abs(total - 1) > 1e-6) fail(`salience of ${p.index} sums to ${total}`);
      if (!(p.exploits >= 0)) fail(`exploits of ${p.index} = ${p.exploits}`);
      if (!(p.domesticHurdle >= 0)) fail(`hurdle of ${p.index} = ${p.domesticHurdle}`);
      for (const d of p.detections) if (!unit(d.confidence)) fail(`detection confidence ${d.confidence}`);
    }
  }
  for (const inc of pub.incidents) {
    if (!unit(inc.bodyConfidence)) fail(`incident ${inc.id} body confidence ${inc.bodyConfidence}`);
    if (!(inc.harm >= 0)) fail(`incident ${inc.id} harm ${inc.harm}`);
  }
  for (const e of state.log) {
    if (['ratified', 'ratification-failed', 'detected', 'adopted', 'rejected'].includes(e.type) && !unit(e.value))
      fail(`${e.type} event with probability/share ${e.value}`);
    if ((e.type === 'amendment-passed' || e.type === 'amendment-failed') && !unit(Number(e.text)))
      fail(`${e.type} with share ${e.text}`);
  }

  // Only signatories ratify, the others accede (in an implementation year); only parties withdraw; only states do any of it.
  for (const a of state.actors) {
    const i = a.index;
    const acceded = state.log.some((e) => e.type === 'ratified' && e.actor === i && e.text === 'accession' && e.phase === 'operations');
    if (pub.ratified[i] && !pub.signed[i] && !acceded) fail(`${a.id} ratified without signing or acceding`);
    if (acceded && pub.signed[i]) fail(`${a.id} acceded after signing`);
    if (pub.withdrawn[i] && !pub.ratified[i]) fail(`${a.id} withdrew without ratifying`);
    if (a.kind !== 'state' && (pub.signed[i] || pub.ratified[i])) fail(`${a.kind} ${a.id} signed or ratified`);
  }
  if (!state.flow.adopted && pub.signed.some(Boolean)) fail('a signature on a text never adopted');
  // In force only at quorum (it may lapse later, never the other way round); the body only in force.
  if (state.flow.inForce && !quorumHolds(state)) fail('in force below quorum');
  if (state.flow.bodyActive && !state.flow.inForce) fail('attribution body active without the convention in force');

  // Tallies agree with the records.
  if (tally.covertOpsParties + tally.covertOpsNonParties !== secret.operations.length) fail('operation tally differs from the secret record');
  if (tally.incidents !== pub.incidents.length) fail('incident tally differs from the public record');
  if (secret.attackerOf.length !== pub.incidents.length) fail('attackerOf out of step with incidents');

  // Visibility: the public log is exactly the public events; each private log exactly the events shown to that seat.
  const publicEvents = state.log.filter((e) => e.visibleTo === null);
  if (publicEvents.length !== pub.log.length || publicEvents.some((e, k) => e !== pub.log[k] && JSON.stringify(e) !== JSON.stringify(pub.log[k])))
    fail('public log differs from the public events of the log');
  for (const p of facts) {
    const mine = state.log.filter((e) => e.visibleTo !== null && e.visibleTo.includes(p.index));
    if (mine.length !== p.log.length) fail(`private log of ${p.index} has ${p.log.length} events, ${mine.length} expected`);
  }
  if (pub.log.some((e) => e.type === 'operation')) fail('an operation event in the public log');

  // Requests: one per seat at most, in seat order, for the right kinds.
  const seats = state.flow.step.requests.map((r) => r.seat);
  if (seats.some((s, k) => k > 0 && s <= seats[k - 1]!)) fail(`requests not in strict seat order: ${seats.join(',')}`);
  for (const h of state.history) if (new Set(h.seats).size !== h.seats.length) fail(`step ${h.index} asked a seat twice`);
  return problems;
}
