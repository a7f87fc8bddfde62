/**
 * The outcome metrics of a game (finished or not): flat numbers and booleans an analyst can put in
 * a table, plus the id lists and the final text.
 */
import { A, ARTICLES, type ArticleId } from '../scenario/articles.js';
import { betaMean } from '../rules/math.js';
import type { GameState, RollCall } from '../state/types.js';

/** The outcome of a game. Field names are stable: batches and tools key on them. */
export interface Outcome {
  adopted: boolean;
  /** Round of adoption, 0 if never adopted. */
  adoptedRound: number;
  signatories: number;
  ratifications: number;
  inForce: boolean;
  /** Share of world offensive capability held by parties at the end. */
  capabilityBound: number;
  incidents: number;
  civilianHarm: number;
  covertOpsParties: number;
  covertOpsNonParties: number;
  attributionsCorrect: number;
  attributionsFalse: number;
  attributionsDenied: number;
  /** Mean over actors of the Beta mean of their trust in the attribution body. */
  attributionTrust: number;
  withdrawals: number;
  techAccordSigners: number;
  contentScope: number;
  binding: number;
  welfareStates: number;
  welfareFirms: number;
  welfareCivil: number;
  /** Welfare of every actor, by id. */
  welfareBy: Record<string, number>;
  massEvents: number;
  pledgesMade: number;
  pledgesKept: number;
  pledgesBroken: number;
  faults: number;
  signedBy: string[];
  ratifiedBy: string[];
  /** The states among `ratifiedBy` that acceded in an implementation year without having signed. */
  accededBy: string[];
  techAccordBy: string[];
  /** How the states voted in the last vote on the text (its roll call; empty lists if none was held). */
  textVoteYes: string[];
  textVoteNo: string[];
  textVoteAbstain: string[];
  /** Final position of every article. */
  text: Record<ArticleId, number>;
}

/**
 * Computes the outcome metrics of a state.
 *
 * @example
 * const o = outcomeOf(finalState);
 * console.log(o.inForce, o.ratifiedBy.join(', '));
 */
export function outcomeOf(state: GameState): Outcome {
  const { public: pub, private: facts, tally } = state.world;
  const states = state.actors.filter((a) => a.kind === 'state');
  const totalCap = states.reduce((s, a) => s + a.capability, 0);
  const parties = states.filter((a) => state.flow.inForce && pub.ratified[a.index] && !pub.withdrawn[a.index]);
  const welfare = (kind: string) => {
    const of = state.actors.filter((a) => a.kind === kind);
    return of.length === 0 ? 0 : round6(of.reduce((s, a) => s + facts[a.index]!.welfare, 0) / of.length);
  };
  const ids = (pick: (i: number) => boolean) => state.actors.filter((a) => pick(a.index)).map((a) => a.id);
  const textVote = lastTextVote(pub.rollCalls);
  return {
    adopted: state.flow.adopted,
    adoptedRound: state.flow.adoptedRound,
    signatories: pub.signed.filter(Boolean).length,
    ratifications: pub.ratified.filter(Boolean).length,
    inForce: state.flow.inForce,
    capabilityBound: round6(totalCap > 0 ? parties.reduce((s, a) => s + a.capability, 0) / totalCap : 0),
    incidents: tally.incidents,
    civilianHarm: round6(tally.civilianHarm),
    covertOpsParties: tally.covertOpsParties,
    covertOpsNonParties: tally.covertOpsNonParties,
    attributionsCorrect: tally.attributionsCorrect,
    attributionsFalse: tally.attributionsFalse,
    attributionsDenied: tally.attributionsDenied,
    attributionTrust: round6(facts.reduce((s, p) => s + betaMean(p.bodyAlpha, p.bodyBeta), 0) / facts.length),
    withdrawals: tally.withdrawals,
    techAccordSigners: pub.techAccord.filter(Boolean).length,
    contentScope: round6(pub.text[A.content]!),
    binding: round6(pub.text[A.binding]!),
    welfareStates: welfare('state'),
    welfareFirms: welfare('firm'),
    welfareCivil: welfare('civil'),
    welfareBy: Object.fromEntries(state.actors.map((a) => [a.id, round6(facts[a.index]!.welfare)])),
    massEvents: tally.massEvents,
    pledgesMade: tally.pledgesMade,
    pledgesKept: tally.pledgesKept,
    pledgesBroken: tally.pledgesBroken,
    faults: tally.faults,
    signedBy: ids((i) => pub.signed[i] === true),
    ratifiedBy: ids((i) => pub.ratified[i] === true),
    accededBy: ids((i) => pub.ratified[i] === true && !pub.signed[i]),
    techAccordBy: ids((i) => pub.techAccord[i] === true),
    textVoteYes: ids((i) => textVote?.votes[i] === 'yes'),
    textVoteNo: ids((i) => textVote?.votes[i] === 'no'),
    textVoteAbstain: ids((i) => textVote?.votes[i] === 'abstain'),
    text: Object.fromEntries(ARTICLES.map((a, k) => [a, round6(pub.text[k]!)])) as Record<ArticleId, number>,
  };
}

/** The roll call of the last vote on the whole text, if any. */
function lastTextVote(calls: readonly RollCall[]): RollCall | undefined {
  for (let k = calls.length - 1; k >= 0; k--) if (calls[k]!.amendment === -1) return calls[k];
  return undefined;
}

/** Rounds to 6 decimals, so outcomes print and compare cleanly across tools. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
